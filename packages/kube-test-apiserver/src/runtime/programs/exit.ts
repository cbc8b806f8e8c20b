// Prints a line to each stream, then exits with the code given as the first argument, the
// EXIT_CODE variable or the image tag (`podwright/exit:3`), after EXIT_DELAY_MS if set.
const tag = process.env.PODWRIGHT_IMAGE_TAG ?? '';
const code = Number(process.argv[2] ?? process.env.EXIT_CODE ?? (/^\d+$/.test(tag) ? tag : 0));
const delay = Number(process.env.EXIT_DELAY_MS ?? 0);

process.stdout.write(`starting, will exit with code ${code}\n`);
process.stderr.write(`exit: something went wrong (code ${code})\n`);
setTimeout(() => process.exit(code), delay);

export {};
