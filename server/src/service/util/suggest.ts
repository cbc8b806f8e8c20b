// "Did you mean …?" ranking shared by diagnostics and completion. A case-only difference ranks first
// (`imagePullpolicy` → `imagePullPolicy`), then the Damerau-Levenshtein distance (a swap of two
// neighbours counts as one edit, the commonest typing slip), then closeness in length.

/** Optimal-string-alignment distance, giving up (returning limit + 1) once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prevPrev: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let best = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        best = Math.min(best, (prevPrev[j - 2] ?? 0) + 1);
      }
      row.push(best);
      rowMin = Math.min(rowMin, best);
    }
    if (rowMin > limit) return limit + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** How many edits still read as a typo of a word this long. */
function tolerance(length: number): number {
  if (length <= 2) return 0;
  if (length <= 4) return 1;
  if (length <= 8) return 2;
  return 3;
}

/**
 * Up to `max` candidates close to `word`, best first; empty when nothing is close enough to be a
 * plausible typo (a suggestion that is far off misleads more than it helps).
 */
export function rankSuggestions(word: string, candidates: Iterable<string>, max = 3): string[] {
  const lower = word.toLowerCase();
  const limit = tolerance(word.length);
  const scored: { candidate: string; score: number; lengthGap: number }[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    if (candidate === word || seen.has(candidate)) continue;
    seen.add(candidate);
    const candidateLower = candidate.toLowerCase();
    // A case-only difference scores below any real edit.
    const distance = candidateLower === lower ? -1 : editDistance(lower, candidateLower, limit);
    if (distance > limit) continue;
    scored.push({ candidate, score: distance, lengthGap: Math.abs(candidate.length - word.length) });
  }
  scored.sort((x, y) => x.score - y.score || x.lengthGap - y.lengthGap || (x.candidate < y.candidate ? -1 : 1));
  return scored.slice(0, Math.max(0, max)).map((s) => s.candidate);
}
