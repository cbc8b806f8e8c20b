// The PATH of the user's login shell. VS Code started from a desktop launcher inherits the desktop
// session's PATH, which lacks what ~/.profile, ~/.zprofile or Homebrew add, so a credential plugin
// that works in a terminal is "not found" in the editor. The shell runs once per shell (cached),
// with an argument array and a fixed script, and is killed after a few seconds.
import { execFile } from 'node:child_process';

// Markers around the value, so whatever a profile prints on start-up is ignored.
const START = '__PODWRIGHT_PATH_START__';
const END = '__PODWRIGHT_PATH_END__';
const SCRIPT = `printf '%s%s%s\\n' '${START}' "$PATH" '${END}'`;

const cache = new Map<string, Promise<string | undefined>>();

/** Reads PATH from `shell -l -c …`; undefined on Windows, without a shell, or when it fails or hangs. */
export function loginShellPath(shell: string | undefined = process.env.SHELL, timeoutMs = 5000): Promise<string | undefined> {
  if (process.platform === 'win32' || !shell) return Promise.resolve(undefined);
  let found = cache.get(shell);
  if (!found) {
    found = new Promise((resolve) => {
      execFile(
        shell,
        ['-l', '-c', SCRIPT],
        { timeout: timeoutMs, killSignal: 'SIGKILL', encoding: 'utf8', windowsHide: true },
        (_error, stdout) => {
          const match = new RegExp(`${START}(.*)${END}`).exec(stdout);
          resolve(match?.[1] !== undefined && match[1] !== '' ? match[1] : undefined);
        },
      );
    });
    cache.set(shell, found);
  }
  return found;
}
