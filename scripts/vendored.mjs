// @ts-check
// Reads a data bundle under vendor/ (see vendor/README.md): the files of one data set by path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';

/**
 * @param {'kubernetes-openapi' | 'pod-security-admission'} name
 * @returns {Record<string, string>} relative path → file text
 */
export function vendoredFiles(name) {
  const file = join(import.meta.dirname, '..', 'vendor', `${name}.json.br`);
  return JSON.parse(brotliDecompressSync(readFileSync(file)).toString('utf8'));
}
