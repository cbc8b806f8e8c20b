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

// Read by hand rather than by regular expression: a fast container writes hundreds of thousands of
// lines a second, and each followed line is stamped.
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** `YYYY-MM-DDTHH:MM:SS` at the start of the line. */
function hasDateAndTime(line: string): boolean {
  return (
    line.charCodeAt(4) === 45 &&
    line.charCodeAt(7) === 45 &&
    line.charCodeAt(10) === 84 &&
    line.charCodeAt(13) === 58 &&
    line.charCodeAt(16) === 58 &&
    isDigit(line.charCodeAt(0)) &&
    isDigit(line.charCodeAt(1)) &&
    isDigit(line.charCodeAt(2)) &&
    isDigit(line.charCodeAt(3)) &&
    isDigit(line.charCodeAt(5)) &&
    isDigit(line.charCodeAt(6)) &&
    isDigit(line.charCodeAt(8)) &&
    isDigit(line.charCodeAt(9)) &&
    isDigit(line.charCodeAt(11)) &&
    isDigit(line.charCodeAt(12)) &&
    isDigit(line.charCodeAt(14)) &&
    isDigit(line.charCodeAt(15)) &&
    isDigit(line.charCodeAt(17)) &&
    isDigit(line.charCodeAt(18))
  );
}

function twoDigits(line: string, at: number): number {
  return (line.charCodeAt(at) - 48) * 10 + (line.charCodeAt(at + 1) - 48);
}

// Lines come in bursts within one second: its date and time are parsed once.
let cachedSecond = '';
let cachedMillis = Number.NaN;

function secondMillis(line: string): number {
  if (!line.startsWith(cachedSecond) || cachedSecond === '') {
    cachedSecond = line.slice(0, 19);
    cachedMillis = Date.parse(`${cachedSecond}Z`);
  }
  return cachedMillis;
}

/** `2006-01-02T15:04:05.999999999Z line` (or a `±hh:mm` zone) → time and line; undefined when unstamped. */
export function splitTimestamp(line: string): StampedLine | undefined {
  if (line.length < 21 || !hasDateAndTime(line)) return undefined;
  let at = 19;
  let nanos = 0;
  if (line.charCodeAt(at) === 46 /* . */) {
    let digits = 0;
    at++;
    while (digits < 9 && isDigit(line.charCodeAt(at))) {
      nanos = nanos * 10 + line.charCodeAt(at) - 48;
      digits++;
      at++;
    }
    if (digits === 0) return undefined;
    for (let pad = digits; pad < 9; pad++) nanos *= 10;
  }
  let offsetMinutes = 0;
  const zone = line.charCodeAt(at);
  if (zone === 90 /* Z */) at++;
  else if (
    (zone === 43 || zone === 45) &&
    isDigit(line.charCodeAt(at + 1)) &&
    isDigit(line.charCodeAt(at + 2)) &&
    line.charCodeAt(at + 3) === 58 &&
    isDigit(line.charCodeAt(at + 4)) &&
    isDigit(line.charCodeAt(at + 5))
  ) {
    offsetMinutes = (zone === 45 ? -1 : 1) * (twoDigits(line, at + 1) * 60 + twoDigits(line, at + 4));
    at += 6;
  } else return undefined;
  if (line.charCodeAt(at) !== 32) return undefined;
  const millis = secondMillis(line);
  if (Number.isNaN(millis)) return undefined;
  return { time: { seconds: millis / 1000 - offsetMinutes * 60, nanos, text: line.slice(0, at) }, text: line.slice(at + 1) };
}

/** Negative when `a` is earlier, 0 when the same instant, positive when later. */
export function compareLogTimes(a: LogTime, b: LogTime): number {
  return a.seconds !== b.seconds ? a.seconds - b.seconds : a.nanos - b.nanos;
}
