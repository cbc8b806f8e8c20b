// @ts-check
// Regenerates vendor/*.json.br from the shared data kept beside the repository (../shared/data),
// so that the build and the unit, LSP and CLI tests need nothing outside the repository.
// Each bundle is one JSON object { "relative/path": "file text" } compressed with brotli (which
// Node reads without a dependency); the releases' definitions share most of their text, so one
// large-window stream over all of them is about 1/75 of the files' size.
// Usage: node scripts/vendor-data.mjs [SHARED_DATA_DIR]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const root = join(import.meta.dirname, '..');
const dataDir = process.argv[2] ?? join(root, '..', 'shared', 'data');
/** The data sets the repository uses; each directory's NOTICE.md says where it came from. */
const DATA_SETS = ['kubernetes-openapi', 'pod-security-admission'];

/**
 * @param {string} dir
 * @param {string} base
 * @param {Record<string, string>} out
 */
function collect(dir, base, out) {
  for (const entry of readdirSync(dir).sort()) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) collect(full, base, out);
    else out[relative(base, full).split(sep).join('/')] = readFileSync(full, 'utf8');
  }
  return out;
}

for (const name of DATA_SETS) {
  const source = join(dataDir, name);
  const files = collect(source, source, {});
  const text = Buffer.from(JSON.stringify(files));
  const compressed = brotliCompressSync(text, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
      [constants.BROTLI_PARAM_SIZE_HINT]: text.length,
    },
  });
  const target = join(root, 'vendor', `${name}.json.br`);
  writeFileSync(target, compressed);
  console.log(`${relative(root, target)}: ${Object.keys(files).length} files, ${text.length} bytes → ${compressed.length}`);
}
