// `# podwright-disable-next-line CODE` silences CODE on the next line; `# podwright-disable CODE`
// silences it from that line to the end of the document. Without codes, every code is silenced.
import type { Finding } from './rule';

interface Suppression {
  readonly fromLine: number;
  readonly toLine: number;
  readonly codes: ReadonlySet<string> | 'all';
}

const DIRECTIVE = /#\s*podwright-disable(-next-line)?(?:[ \t]+([\w\-, \t]+))?\s*$/;

export function findSuppressions(chunkText: string): Suppression[] {
  const out: Suppression[] = [];
  const lines = chunkText.split('\n');
  lines.forEach((line, index) => {
    if (!line.includes('podwright-disable')) return;
    const match = DIRECTIVE.exec(line);
    if (!match) return;
    const names = (match[2] ?? '').split(/[\s,]+/).filter((s) => s.length > 0);
    const codes = names.length === 0 ? 'all' : new Set(names);
    if (match[1]) out.push({ fromLine: index + 1, toLine: index + 1, codes });
    else out.push({ fromLine: index, toLine: Number.POSITIVE_INFINITY, codes });
  });
  return out;
}

/** Drops findings that a directive silences. Offsets are relative to the chunk text. */
export function applySuppressions(chunkText: string, findings: readonly Finding[]): Finding[] {
  const suppressions = findSuppressions(chunkText);
  if (suppressions.length === 0) return [...findings];
  const lineOf = (offset: number): number => {
    let line = 0;
    for (let i = 0; i < offset && i < chunkText.length; i++) if (chunkText.charCodeAt(i) === 10) line++;
    return line;
  };
  return findings.filter((finding) => {
    const line = lineOf(finding.start);
    return !suppressions.some((s) => line >= s.fromLine && line <= s.toLine && (s.codes === 'all' || s.codes.has(finding.code)));
  });
}
