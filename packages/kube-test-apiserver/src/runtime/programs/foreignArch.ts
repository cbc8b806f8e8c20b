// The entrypoint of an image built only for arm64, started on our amd64 node: the kernel cannot
// execute the binary, and the runtime reports it the way runc does (on the container's stderr,
// exit code 255). Stands in for a binary of the wrong architecture.
process.stderr.write('exec /usr/local/bin/app: exec format error\n');
process.exit(255);

export {};
