// Fuzzy matching of workspace symbol queries: the query's characters in order, case-insensitive,
// scored higher for matches at word starts and in runs (`dweb` finds `Deployment web`).

function isWordStart(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text[at - 1] ?? '';
  const here = text[at] ?? '';
  return /[\s\-_./:]/.test(before) || (before === before.toLowerCase() && here !== here.toLowerCase());
}

function attempt(wanted: string, text: string, lower: string, preferWordStarts: boolean): number | undefined {
  let score = 0;
  let from = 0;
  let previous = -2;
  for (const ch of wanted) {
    let at = lower.indexOf(ch, from);
    if (at < 0) return undefined;
    if (preferWordStarts && at !== previous + 1 && !isWordStart(text, at)) {
      // A later word start holding the character scores better (`dweb` → `Deployment web`, not `Deployment`'s e).
      for (let i = lower.indexOf(ch, at + 1); i >= 0; i = lower.indexOf(ch, i + 1)) {
        if (isWordStart(text, i)) {
          at = i;
          break;
        }
      }
    }
    score += 1 + (at === previous + 1 ? 3 : 0) + (isWordStart(text, at) ? 2 : 0);
    previous = at;
    from = at + 1;
  }
  return score;
}

/** The match score of `query` in `text` (higher is better), or undefined when it does not match. */
export function fuzzyScore(query: string, text: string): number | undefined {
  const wanted = query.replace(/\s+/g, '').toLowerCase();
  if (wanted === '') return 0;
  const lower = text.toLowerCase();
  const score = attempt(wanted, text, lower, true) ?? attempt(wanted, text, lower, false);
  if (score === undefined) return undefined;
  // The query as one piece (ignoring spaces) ranks first.
  return lower.replace(/\s+/g, '').includes(wanted) ? score + wanted.length * 2 : score;
}
