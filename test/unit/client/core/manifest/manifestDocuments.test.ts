// Which documents of a manifest the cluster commands act on, and the glob matching of protected
// contexts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { manifestDocuments, objectAt } from '../../../../../client/src/core/manifest/manifestDocuments';
import { resourceLabel } from '../../../../../client/src/core/apply/resourceLabel';
import { protectingPattern } from '../../../../../client/src/ui/shared/contextGlob';

const TEXT = [
  '# a comment before anything',
  'apiVersion: v1',
  'kind: Namespace',
  'metadata:',
  '  name: team',
  '---',
  'apiVersion: v1',
  'kind: Pod',
  'metadata:',
  '  name: web',
  '  namespace: team',
  '---',
  '# only a comment',
  '---',
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: api',
  '',
].join('\n');

const offset = (marker: string): number => TEXT.indexOf(marker);

describe('manifestDocuments', () => {
  it('takes every object of the file when nothing is selected, skipping comment-only documents', () => {
    const { documents, problems } = manifestDocuments(TEXT, [{ start: 10, end: 10 }]);
    assert.deepEqual(problems, []);
    assert.deepEqual(
      documents.map((d) => [d.index, d.object.kind, d.object.metadata?.name]),
      [
        [0, 'Namespace', 'team'],
        [1, 'Pod', 'web'],
        [3, 'Deployment', 'api'],
      ],
    );
  });

  it('takes the documents a selection touches', () => {
    const inPod = { start: offset('kind: Pod'), end: offset('kind: Pod') + 4 };
    assert.deepEqual(
      manifestDocuments(TEXT, [inPod]).documents.map((d) => d.object.metadata?.name),
      ['web'],
    );
    const podToDeployment = { start: offset('  namespace: team'), end: offset('kind: Deployment') };
    assert.deepEqual(
      manifestDocuments(TEXT, [podToDeployment]).documents.map((d) => d.object.metadata?.name),
      ['web', 'api'],
    );
  });

  it('reports documents that cannot be applied instead of sending them', () => {
    const { documents, problems } = manifestDocuments(
      'apiVersion: v1\nkind: Pod\nmetadata: {name: a\n---\n- a list\n---\nkind: Pod\nmetadata:\n  name: b\n',
    );
    assert.deepEqual(documents, []);
    assert.deepEqual(
      problems.map((p) => [p.index, p.kind]),
      [
        [0, 'syntax'],
        [1, 'not-an-object'],
        [2, 'no-identity'],
      ],
    );
  });

  it('finds the object under the cursor', () => {
    assert.equal(objectAt(TEXT, offset('  name: web'))?.object.metadata?.name, 'web');
    assert.equal(objectAt(TEXT, offset('# only a comment')), undefined);
  });
});

describe('resourceLabel', () => {
  it('names resources like kubectl does', () => {
    assert.equal(resourceLabel({ apiVersion: 'v1', kind: 'Pod', name: 'web' }), 'pod/web');
    assert.equal(resourceLabel({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'api' }), 'deployment.apps/api');
  });
});

describe('protectingPattern', () => {
  it('matches context names with * across any characters, ignoring case', () => {
    assert.equal(protectingPattern('arn:aws:eks:eu-west-1:123:cluster/prod-eu', ['*prod*']), '*prod*');
    assert.equal(protectingPattern('Production', ['*prod*']), '*prod*');
    assert.equal(protectingPattern('kind-dev', ['*prod*', 'kind-?ev']), 'kind-?ev');
    assert.equal(protectingPattern('staging', ['*prod*', '', 42]), undefined);
    assert.equal(protectingPattern('a.b', ['a?b']), 'a?b');
    assert.equal(protectingPattern('axb', ['a.b']), undefined, 'a dot is a dot');
  });
});
