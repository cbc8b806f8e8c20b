// Waiting on a log session's output (no sleeps): resolves when its lines satisfy a condition,
// fails at the deadline with what the log held, so a failure says what happened.
import type { LogSession } from '../../client/src/models/logs/logSession';

export function waitForLines(
  session: LogSession,
  what: string,
  condition: (lines: string[]) => boolean,
  timeoutMs: number,
): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const lines = session.ring.lines();
      if (!condition(lines)) return false;
      cleanup();
      resolve(lines);
      return true;
    };
    const unsubscribe = [session.onDidAppend(() => void check()), session.onDidChangeState(() => void check())];
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out waiting for ${what}; the log (${session.state}) was:\n${session.ring.text()}`));
    }, timeoutMs);
    const cleanup = (): void => {
      clearTimeout(timer);
      for (const off of unsubscribe) off();
    };
    check();
  });
}
