// The client's layer rules (scripts/layers.mjs, part of `npm run lint`) hold for client/src, and
// the checker sees what ESLint's import lines cannot: each rule is broken once in a planted tree,
// through a re-export or a file outside the layers, and each break must be reported.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';

const repoRoot = join(__dirname, '..', '..', '..');
const checker = join(repoRoot, 'scripts', 'layers.mjs');

describe('layer rules', () => {
  it('hold in client/src', () => {
    const output = execFileSync(process.execPath, [checker, join(repoRoot, 'client', 'src')], { encoding: 'utf8' });
    assert.match(output, /layer rules hold/);
  });

  it('report each rule broken indirectly, and nothing for allowed paths', () => {
    const base = mkdtempSync(join(tmpdir(), 'podwright-layers-'));
    const files: Record<string, string> = {
      // Outside the layers: helpers ESLint's per-folder rules never look at.
      'outside/ui.ts': "import * as vscode from 'vscode';\nexport const show = vscode.window;\n",
      'outside/kube.ts': "export { KubeConfig } from '@kubernetes/client-node';\n",
      'src/util/reexport.ts': "export { model } from '../models/model';\n",
      'src/util/view.ts': "export * from '../ui/view';\n",
      'src/models/model.ts': 'export const model = 1;\n',
      'src/ui/view.ts': "import type { TreeItem } from 'vscode';\nexport type View = TreeItem;\n",
      'src/cluster/api.ts': "import type { KubeConfig } from '@kubernetes/client-node';\nexport type Config = KubeConfig;\n",
      // core ↛ vscode, through a re-export outside the layers
      'src/core/usesVscode.ts': "import { show } from '../../outside/ui';\nexport const s = show;\n",
      // core ↛ models, through a re-export in another folder
      'src/core/usesModels.ts': "import { model } from '../util/reexport';\nexport const m = model;\n",
      // core ↛ the Kubernetes client, type-only and indirect
      'src/core/usesClient.ts': "import type { KubeConfig } from '../../outside/kube';\nexport type C = KubeConfig;\n",
      // models ↛ ui, through `export *`
      'src/models/usesUi.ts': "import type { View } from '../util/view';\nexport type V = View;\n",
      // models ↛ vscode, indirectly
      'src/models/usesVscode.ts': "export { show } from '../../outside/ui';\n",
      // allowed: models use cluster, which uses the Kubernetes client
      'src/models/usesCluster.ts': "import type { Config } from '../cluster/api';\nexport type K = Config;\n",
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(base, path)), { recursive: true });
      writeFileSync(join(base, path), text);
    }
    try {
      const result = spawnSync(process.execPath, [checker, join(base, 'src')], { encoding: 'utf8' });
      assert.equal(result.status, 1);
      const lines = result.stdout.trim().split('\n');
      const reported = lines
        .filter((line) => line.includes(' reaches '))
        .map((line) => line.slice(0, line.indexOf(':')))
        .sort();
      assert.deepEqual(reported, [
        'core/usesClient.ts reaches @kubernetes/client-node',
        'core/usesModels.ts reaches models/',
        'core/usesVscode.ts reaches vscode',
        'models/usesUi.ts reaches ui/',
        'models/usesVscode.ts reaches vscode',
      ]);
      assert.ok(
        lines.includes('core/usesModels.ts reaches models/: core/usesModels.ts → util/reexport.ts → models/model.ts'),
        result.stdout,
      );
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});
