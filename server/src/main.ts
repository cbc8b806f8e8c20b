// Entry point of dist/server.js (also the `podwright-language-server` binary): reads the command
// line first, so `--help`, `--version` and usage errors answer at once, without loading the
// Kubernetes model or opening a connection; then starts the server (server.ts) on the transport asked for.
import { parseServerArgs, SERVER_NAME, usageText, USAGE_LINE } from './serverArgs';
import { VERSION } from './version';

const args = parseServerArgs(process.argv.slice(2));
switch (args.kind) {
  case 'help':
    process.stdout.write(usageText(VERSION));
    break;
  case 'version':
    process.stdout.write(`${SERVER_NAME} ${VERSION}\n`);
    break;
  case 'usage-error':
    process.stderr.write(`${SERVER_NAME}: ${args.message}. ${USAGE_LINE}\n`);
    process.exitCode = 2;
    break;
  case 'run':
    // Loaded only now: server.ts opens the connection and reads the model as it is evaluated.
    import('./server.js').catch((error: unknown) => {
      process.stderr.write(`${SERVER_NAME}: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    });
    break;
}
