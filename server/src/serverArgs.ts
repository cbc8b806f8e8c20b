// The language server's command line. Editors start it with one transport: `--stdio` (most
// editors), `--node-ipc` (VS Code), `--socket=PORT` (connect to a client listening on PORT) or
// `--pipe=NAME`; VS Code's client adds `--clientProcessId=PID`. Anything else is a usage error,
// reported in one line (exit 2), never a stack trace.

export const SERVER_NAME = 'podwright-language-server';

export type Transport =
  | { readonly kind: 'stdio' }
  | { readonly kind: 'node-ipc' }
  | { readonly kind: 'socket'; readonly port: number }
  | { readonly kind: 'pipe'; readonly name: string };

export type ServerArgs =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'usage-error'; readonly message: string }
  | { readonly kind: 'run'; readonly transport: Transport; readonly clientProcessId?: number };

export const USAGE_LINE = `Usage: ${SERVER_NAME} --stdio | --node-ipc | --socket=PORT | --pipe=NAME | --help | --version`;

export function usageText(version: string): string {
  return `${SERVER_NAME} ${version}: the Podwright language server for Kubernetes manifests (LSP 3.17)

${USAGE_LINE}

Transports (exactly one):
  --stdio                 talk LSP over stdin/stdout (Neovim, Helix, Zed, Emacs eglot, …)
  --node-ipc              talk over the Node IPC channel of a parent that forked this process (VS Code)
  --socket=PORT           connect to a client listening on 127.0.0.1:PORT
  --pipe=NAME             connect to a client listening on the named pipe or Unix socket NAME

Options:
  --clientProcessId=PID   exit when that process is gone (added by VS Code's client)
  -h, --help              print this help and exit
  -v, --version           print the version and exit

Settings come from initializationOptions.settings and workspace/didChangeConfiguration
({ "podwright": { … } }); explanations follow the client's locale, else LC_ALL/LC_MESSAGES/LANG.
Also run as: node dist/server.js --stdio
`;
}

const TRANSPORT_FLAGS = new Set(['--stdio', '--node-ipc']);
const VALUE_FLAGS = new Set(['--socket', '--pipe', '--clientProcessId']);

function port(text: string): number | undefined {
  if (!/^\d{1,5}$/.test(text)) return undefined;
  const value = Number(text);
  return value >= 1 && value <= 65535 ? value : undefined;
}

export function parseServerArgs(argv: readonly string[]): ServerArgs {
  let transport: Transport | undefined;
  let clientProcessId: number | undefined;
  const setTransport = (next: Transport, written: string): string | undefined => {
    if (transport) return `more than one transport (${written} after --${transport.kind})`;
    transport = next;
    return undefined;
  };
  // Asking for help or the version is answered whatever else the line holds.
  if (argv.some((arg) => arg === '-h' || arg === '--help')) return { kind: 'help' };
  if (argv.some((arg) => arg === '-v' || arg === '-V' || arg === '--version')) return { kind: 'version' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    let problem: string | undefined;
    if (TRANSPORT_FLAGS.has(arg)) {
      problem = setTransport(arg === '--stdio' ? { kind: 'stdio' } : { kind: 'node-ipc' }, arg);
    } else {
      const eq = arg.indexOf('=');
      const flag = eq < 0 ? arg : arg.slice(0, eq);
      if (!VALUE_FLAGS.has(flag)) return { kind: 'usage-error', message: `unknown argument '${arg}'` };
      let value: string | undefined = eq < 0 ? undefined : arg.slice(eq + 1);
      if (value === undefined) {
        value = argv[i + 1];
        if (value === undefined || value.startsWith('-')) return { kind: 'usage-error', message: `${flag} needs a value` };
        i++;
      }
      if (flag === '--socket') {
        const number = port(value);
        if (number === undefined) return { kind: 'usage-error', message: `--socket needs a port number from 1 to 65535, not '${value}'` };
        problem = setTransport({ kind: 'socket', port: number }, arg);
      } else if (flag === '--pipe') {
        if (value === '') return { kind: 'usage-error', message: '--pipe needs a name' };
        problem = setTransport({ kind: 'pipe', name: value }, arg);
      } else {
        if (!/^\d+$/.test(value)) return { kind: 'usage-error', message: `--clientProcessId needs a process id, not '${value}'` };
        clientProcessId = Number(value);
      }
    }
    if (problem !== undefined) return { kind: 'usage-error', message: problem };
  }
  if (!transport) return { kind: 'usage-error', message: 'no transport given' };
  return { kind: 'run', transport, ...(clientProcessId !== undefined ? { clientProcessId } : {}) };
}
