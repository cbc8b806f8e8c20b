// The manifest corpus: valid manifests that must give no error or warning, and broken ones whose
// expected findings are written in the file itself as `# expect: code@line, code@line` comments
// (1-based file lines). `# kubernetes-version: 1.30` sets the version a file is checked against.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesDir } from './service';

export const corpusDir = join(fixturesDir, 'corpus');

export interface CorpusFile {
  readonly name: string;
  readonly path: string;
  readonly text: string;
  /** From a `# kubernetes-version:` header, e.g. "1.30". */
  readonly kubernetesVersion: string | undefined;
  /** `code@line` strings, sorted and without repeats. */
  readonly expected: readonly string[];
}

const EXPECT = /^#\s*expect:(.*)$/gm;
const VERSION = /^#\s*kubernetes-version:\s*(\S+)\s*$/m;
const PAIR = /^([a-z][a-z0-9-]*)@([1-9]\d*)$/;

export function parseCorpusFile(path: string, name: string): CorpusFile {
  const text = readFileSync(path, 'utf8');
  const expected = new Set<string>();
  for (const match of text.matchAll(EXPECT)) {
    for (const item of (match[1] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0)) {
      if (!PAIR.test(item)) throw new Error(`${name}: malformed expectation "${item}" (write code@line)`);
      expected.add(item);
    }
  }
  return { name, path, text, kubernetesVersion: VERSION.exec(text)?.[1], expected: [...expected].sort() };
}

export function corpusFiles(kind: 'valid' | 'broken'): CorpusFile[] {
  const dir = join(corpusDir, kind);
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => parseCorpusFile(join(dir, name), name));
}

/** `code@line` sorted for comparison; lines are 1-based file lines. */
export function codeAtLine(code: string, zeroBasedLine: number): string {
  return `${code}@${zeroBasedLine + 1}`;
}
