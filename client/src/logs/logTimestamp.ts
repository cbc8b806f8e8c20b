// The timestamp the kubelet puts before each log line when asked (`timestamps=true`): RFC 3339 with
// up to nanoseconds, then one space, then the line. Kept as whole seconds plus nanoseconds, since a
// JavaScript number cannot hold nanoseconds since 1970 exactly.

export interface LogTime {
  readonly seconds: number;
  readonly nanos: number;
  /** As the server wrote it; usable as `sinceTime`. */
  readonly text: string;
}

export interface StampedLine {
  readonly time: LogTime;
  /** The line without its timestamp. */
  readonly text: string;
}

const STAMP = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d) /;

export function splitTimestamp(line: string): StampedLine | undefined {
  const match = STAMP.exec(line);
  if (!match) return undefined;
  const millis = Date.parse(`${match[1] ?? ''}${match[3] ?? ''}`);
  if (Number.isNaN(millis)) return undefined;
  const stamp = match[0].slice(0, -1);
  return { time: { seconds: millis / 1000, nanos: Number((match[2] ?? '').padEnd(9, '0')), text: stamp }, text: line.slice(match[0].length) };
}

/** Negative when `a` is earlier, 0 when the same instant, positive when later. */
export function compareLogTimes(a: LogTime, b: LogTime): number {
  return a.seconds !== b.seconds ? a.seconds - b.seconds : a.nanos - b.nanos;
}
