// Finds the language server process the way a person would with `ps`: a child of this extension
// host whose command line runs Podwright's dist/server.js. Linux only (reads /proc).
import * as fs from 'node:fs';
import { waitUntil } from './helpers';

function childrenOf(parent: number): number[] {
  const children: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the parenthesised command name: state, ppid, ...
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === parent) children.push(Number(entry));
    } catch {
      // the process exited while we looked
    }
  }
  return children;
}

export function serverProcessIds(): number[] {
  return childrenOf(process.pid).filter((pid) => {
    try {
      return fs
        .readFileSync(`/proc/${pid}/cmdline`, 'utf8')
        .split('\0')
        .some((arg) => arg.endsWith('dist/server.js'));
    } catch {
      return false;
    }
  });
}

/** Resolves with the pid of a server process that is not one of `old`. */
export function waitForNewServerProcess(old: readonly number[]): Promise<number> {
  return waitUntil('a new language server process', () => Promise.resolve(serverProcessIds().find((pid) => !old.includes(pid))));
}
