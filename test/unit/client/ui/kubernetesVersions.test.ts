// The versions Podwright can target come from the setting's enum in package.json; `cluster` is a
// choice of the setting, not a version, so the picker and the checks never take it for one.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { kubernetesVersionsFrom } from '../../../../client/src/ui/languageServer/kubernetesVersions';
import { repoRoot } from '../../../../packages/kube-test-apiserver/src/schema';

describe('kubernetesVersionsFrom', () => {
  it('lists the modelled versions newest first, without `cluster`', () => {
    const manifest: unknown = JSON.parse(readFileSync(join(repoRoot(), 'package.json'), 'utf8'));
    const versions = kubernetesVersionsFrom(manifest);
    assert.equal(versions.defaultVersion, '1.36');
    assert.deepEqual(versions.all, ['1.36', '1.35', '1.34', '1.33', '1.32', '1.31', '1.30', '1.29', '1.28']);
  });
});
