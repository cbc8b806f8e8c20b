// files.exclude patterns as VS Code writes them, and which paths of a workspace folder they exclude.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { globToRegExp } from '../../server/src/globPattern';
import { ExcludedFiles } from '../../server/src/excludedFiles';

const matches = (glob: string, path: string): boolean => globToRegExp(glob)?.test(path) ?? false;

describe('glob patterns of files.exclude', () => {
  it('reads ** as any number of folders, * and ? within one name', () => {
    assert.ok(matches('**/.git', '.git'));
    assert.ok(matches('**/.git', 'a/b/.git'));
    assert.ok(!matches('**/.git', 'a/b/.github'));
    assert.ok(matches('**/*.tmp.yaml', 'deep/er/x.tmp.yaml'));
    assert.ok(!matches('*.yaml', 'k8s/x.yaml'), 'a pattern without ** is relative to the folder root');
    assert.ok(matches('*.yaml', 'x.yaml'));
    assert.ok(matches('out/**', 'out/a/b.yaml'));
    assert.ok(!matches('out/**', 'output/a.yaml'));
    assert.ok(matches('build?', 'build2'));
    assert.ok(!matches('build?', 'build/x'));
  });

  it('reads {a,b} alternatives and character classes', () => {
    assert.ok(matches('**/{dist,out}', 'web/dist'));
    assert.ok(matches('**/{dist,out}', 'out'));
    assert.ok(!matches('**/{dist,out}', 'web/distro'));
    assert.ok(matches('**/*.{yml,yaml}', 'a/b.yml'));
    assert.ok(matches('v[0-9].yaml', 'v1.yaml'));
    assert.ok(!matches('v[!0-9].yaml', 'v1.yaml'));
    assert.ok(matches('v[!0-9].yaml', 'vx.yaml'));
  });

  it('keeps regular-expression characters literal', () => {
    assert.ok(matches('a+b(1).yaml', 'a+b(1).yaml'));
    assert.ok(!matches('a.yaml', 'abyaml'));
    assert.equal(globToRegExp('  '), undefined);
  });
});

describe('excluded files of a workspace folder', () => {
  const folder = join(tmpdir(), 'podwright-excluded-folder');

  it('excludes matching files and everything under a matching folder, only in that folder', () => {
    const excluded = new ExcludedFiles();
    assert.equal(excluded.set(folder, { '**/generated': true, 'secret.yaml': true, 'kept/**': false, bad: 'yes' }), true);
    assert.ok(excluded.isExcluded(join(folder, 'out', 'generated', 'a.yaml')));
    assert.ok(excluded.isExcluded(join(folder, 'generated')));
    assert.ok(excluded.isExcluded(join(folder, 'secret.yaml')));
    assert.ok(!excluded.isExcluded(join(folder, 'k8s', 'secret.yaml')));
    assert.ok(!excluded.isExcluded(join(folder, 'kept', 'a.yaml')), 'false turns a pattern off');
    assert.ok(!excluded.isExcluded(join(folder, 'bad')), 'a malformed value is ignored');
    assert.ok(!excluded.isExcluded(join(tmpdir(), 'elsewhere', 'generated', 'a.yaml')), 'outside the folder');
  });

  it('says whether the rules changed', () => {
    const excluded = new ExcludedFiles();
    assert.equal(excluded.set(folder, null), false);
    assert.equal(excluded.set(folder, { 'a/**': true }), true);
    assert.equal(excluded.set(folder, { 'a/**': true }), false);
    assert.equal(excluded.set(folder, {}), true);
  });

  it('honours { when } by the sibling it names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'podwright-when-'));
    try {
      mkdirSync(join(dir, 'k8s'));
      writeFileSync(join(dir, 'k8s', 'app.yaml'), '');
      writeFileSync(join(dir, 'k8s', 'app.jsonnet'), '');
      writeFileSync(join(dir, 'k8s', 'other.yaml'), '');
      const excluded = new ExcludedFiles();
      excluded.set(dir, { '**/*.yaml': { when: '$(basename).jsonnet' } });
      assert.ok(excluded.isExcluded(join(dir, 'k8s', 'app.yaml')), 'rendered from app.jsonnet');
      assert.ok(!excluded.isExcluded(join(dir, 'k8s', 'other.yaml')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
