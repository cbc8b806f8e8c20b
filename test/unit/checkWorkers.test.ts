// How `podwright check` splits a run over worker threads: how many, and which files each one reads.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { MIN_PARALLEL_BYTES, shareFiles, workerCount } from '../../server/src/cli/parallel';

let dir = '';
const file = (name: string): string => join(dir, name);

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'podwright-workers-'));
  writeFileSync(file('big.yaml'), 'x'.repeat(MIN_PARALLEL_BYTES));
  for (const [name, size] of [
    ['a.yaml', 300],
    ['b.yaml', 200],
    ['c.yaml', 100],
    ['d.yaml', 100],
  ] as const)
    writeFileSync(file(name), 'x'.repeat(size));
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('worker threads of podwright check', () => {
  it('uses one per core, at most one per file, for a large input', () => {
    const files = [file('big.yaml'), file('a.yaml'), file('b.yaml')];
    assert.equal(workerCount(files, {}, 8), 3);
    assert.equal(workerCount(files, {}, 2), 2);
  });

  it('stays in this thread for one file or a small input', () => {
    assert.equal(workerCount([file('big.yaml')], {}, 8), 1);
    assert.equal(workerCount([file('a.yaml'), file('b.yaml'), file('c.yaml')], {}, 8), 1);
  });

  it('takes the count PODWRIGHT_CHECK_WORKERS asks for, at most one per file', () => {
    const small = [file('a.yaml'), file('b.yaml'), file('c.yaml')];
    assert.equal(workerCount(small, { PODWRIGHT_CHECK_WORKERS: '2' }, 1), 2);
    assert.equal(workerCount(small, { PODWRIGHT_CHECK_WORKERS: '16' }, 1), 3);
    assert.equal(workerCount([file('big.yaml'), file('a.yaml')], { PODWRIGHT_CHECK_WORKERS: '1' }, 8), 1);
    // Anything else is ignored.
    assert.equal(workerCount(small, { PODWRIGHT_CHECK_WORKERS: 'many' }, 8), 1);
  });

  it('gives each worker about the same number of bytes, every file to one worker', () => {
    const files = [file('a.yaml'), file('b.yaml'), file('c.yaml'), file('d.yaml'), file('missing.yaml')];
    const shares = shareFiles(files, 2);
    assert.deepEqual(
      shares.map((share) => share.map((f) => f.index)),
      [
        [0, 3],
        [1, 2, 4],
      ],
    );
    assert.deepEqual(
      shares
        .flat()
        .map((f) => f.path)
        .sort(),
      [...files].sort(),
    );
    assert.equal(shareFiles(files.slice(0, 1), 3).length, 1);
  });
});
