// Bounded waits: every wait on the server ends, either with its result, with the server's exit, or
// with a timeout error naming what was awaited. The timer is always cleared so no test hangs on it.

export class DeadlineError extends Error {}

export function withDeadline<T>(work: Promise<T>, timeoutMs: number, what: string, abort?: Promise<never>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineError(`no answer within ${timeoutMs} ms: ${what}`)), timeoutMs);
  });
  const racers: Promise<T>[] = [work, timeout];
  if (abort) racers.push(abort);
  return Promise.race(racers).finally(() => clearTimeout(timer));
}
