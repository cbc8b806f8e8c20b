// No folder of client/src or server/src may import, directly or through other folders, a folder
// that imports it back (scripts/folder-cycles.mjs). The checker itself is tested on a planted cycle,
// so a checker that finds nothing cannot pass for a clean tree.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';

const repoRoot = join(__dirname, '..', '..', '..');
const checker = join(repoRoot, 'scripts', 'folder-cycles.mjs');

function plant(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'podwright-cycles-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('folder cycles', () => {
  it('client/src and server/src have none', () => {
    const output = execFileSync(process.execPath, [checker, join(repoRoot, 'client', 'src'), join(repoRoot, 'server', 'src')], {
      encoding: 'utf8',
    });
    assert.match(output, /no folder cycles/);
  });

  it('reports a cycle through three folders, type-only imports included, with the files that close it', () => {
    const root = plant({
      'a/one.ts': "import { two } from '../b/two';\nexport const one = two;\n",
      'b/two.ts': "import type { Three } from '../c/nested/three';\nexport const two: Three = 2;\n",
      'c/nested/three.ts': "import { one } from '../../a/one';\nexport type Three = number;\nexport const again = one;\n",
      'd/alone.ts': "import { one } from '../a/one';\nexport const alone = one;\n",
    });
    try {
      const result = spawnSync(process.execPath, [checker, root], { encoding: 'utf8' });
      assert.equal(result.status, 1);
      assert.match(result.stdout, /: a ↔ b ↔ c\n/);
      assert.match(result.stdout, /c → a {2}\(c\/nested\/three\.ts imports a\/one\.ts\)/);
      assert.doesNotMatch(result.stdout, /\bd\b.*↔|↔ d\b/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('lets a folder’s own files compose its subfolders, but not subfolders import each other both ways', () => {
    const root = plant({
      'index.ts': "import { x } from './x/x';\nexport const all = x;\n",
      'x/x.ts': "import { settings } from '../settings';\nexport const x = settings;\n",
      'settings.ts': 'export const settings = 1;\n',
      'y/inner/p.ts': "import { q } from '../other/q';\nexport const p = q;\n",
      'y/other/q.ts': "import type { P } from '../inner/pType';\nexport const q: P = 1;\n",
      'y/inner/pType.ts': 'export type P = number;\n',
    });
    try {
      const result = spawnSync(process.execPath, [checker, root], { encoding: 'utf8' });
      assert.equal(result.status, 1);
      assert.match(result.stdout, /: y\/inner ↔ y\/other\n/);
      assert.doesNotMatch(result.stdout, /: \. ↔|↔ x\b/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
