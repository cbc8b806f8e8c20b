import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ManifestCache, splitDocuments } from '../../server/src/service/document/manifest';

describe('multi-document manifests', () => {
  it('splits at --- lines and keeps each document apart', () => {
    const text = 'apiVersion: v1\nkind: Pod\n---\napiVersion: apps/v1\nkind: Deployment\n--- \nfoo: bar\n';
    const pieces = splitDocuments(text);
    assert.equal(pieces.length, 3);
    assert.equal(pieces.map((p) => p.text).join(''), text);
    assert.ok(pieces[1]?.text.startsWith('---\n'));
  });

  it('does not split on --- inside a line or on ---- ', () => {
    assert.equal(splitDocuments('a: ---\nb: |\n  ---x\n----\n').length, 1);
  });

  it('reads apiVersion and kind per document', () => {
    const manifest = new ManifestCache().parse('apiVersion: v1\nkind: Pod\n---\napiVersion: batch/v1\nkind: Job\n');
    assert.deepEqual(
      manifest.documents.map((d) => d.chunk.identity),
      [
        { apiVersion: 'v1', kind: 'Pod' },
        { apiVersion: 'batch/v1', kind: 'Job' },
      ],
    );
  });

  it('re-parses only the edited document', () => {
    const cache = new ManifestCache();
    const first = cache.parse('kind: Pod\n---\nkind: Job\n---\nkind: CronJob\n');
    const second = cache.parse('kind: Pod\n---\nkind: Job\nx: 1\n---\nkind: CronJob\n');
    assert.equal(second.documents[0]?.chunk, first.documents[0]?.chunk);
    assert.notEqual(second.documents[1]?.chunk, first.documents[1]?.chunk);
    assert.equal(second.documents[2]?.chunk, first.documents[2]?.chunk);
    assert.equal(second.documents[2]?.start, (first.documents[2]?.start ?? 0) + 5);
  });
});
