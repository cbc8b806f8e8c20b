// Reading the log settings: `podwright.logs.since` is written like kubectl's --since (`30s`, `5m`,
// `1h30m`, `2d`), and numbers are kept within sane bounds.

const UNITS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86400 };

/** Seconds for a duration like `1h30m`; undefined for empty text; NaN when it does not parse. */
export function parseSince(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const parts = [...trimmed.matchAll(/(\d+)([smhd])/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== trimmed) return Number.NaN;
  return parts.reduce((sum, p) => sum + Number(p[1]) * (UNITS[p[2] ?? 's'] ?? 1), 0);
}

/** An integer setting clamped to [min, max], or the fallback when it is not a number. */
export function boundedInteger(value: unknown, fallback: number, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.trunc(value)));
}

/** Whether an editor shows the end of a document: its last visible line is (about) the last line. */
export function showsEnd(lastVisibleLine: number, lineCount: number): boolean {
  // The final line may be empty or only partly visible; one line of slack keeps following steady.
  return lastVisibleLine >= lineCount - 2;
}
