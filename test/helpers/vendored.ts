// The data sets vendored in the repository (vendor/*.json.br, see vendor/README.md), read whole:
// the files of one data set by relative path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';

export type VendoredDataSet = 'kubernetes-openapi' | 'pod-security-admission';

/** From out/test/helpers, the repository root. */
const repoRoot = join(__dirname, '..', '..', '..');
const cache = new Map<VendoredDataSet, ReadonlyMap<string, string>>();

export function vendoredFiles(name: VendoredDataSet): ReadonlyMap<string, string> {
  let files = cache.get(name);
  if (!files) {
    const bundle = join(repoRoot, 'vendor', `${name}.json.br`);
    const parsed = JSON.parse(brotliDecompressSync(readFileSync(bundle)).toString('utf8')) as Record<string, string>;
    files = new Map(Object.entries(parsed));
    cache.set(name, files);
  }
  return files;
}
