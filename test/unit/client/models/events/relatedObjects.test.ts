import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RelatedObjects } from '../../../../../client/src/models/events/relatedObjects';
import type { KubeObject } from '../../../../../client/src/core/kube/kubeObject';

function owned(uid: string, ...owners: string[]): KubeObject {
  return { metadata: { uid, ownerReferences: owners.map((o) => ({ apiVersion: 'v1', kind: 'X', name: o, uid: o })) } };
}

describe('objects related to a workload', () => {
  it('follows owner chains of any depth to the root', () => {
    const related = new RelatedObjects('deploy');
    related.add(owned('rs-1', 'deploy'));
    related.add(owned('rs-2', 'deploy'));
    related.add(owned('pod-a', 'rs-1'));
    related.add(owned('pod-b', 'rs-2'));
    related.add(owned('pod-other', 'rs-other'));
    assert.equal(related.includes('deploy'), true);
    assert.equal(related.includes('pod-a'), true);
    assert.equal(related.includes('pod-b'), true);
    assert.equal(related.includes('pod-other'), false);
    assert.equal(related.includes('unknown'), false);
    assert.equal(related.includes(undefined), false);
  });

  it('does not loop on an ownership cycle', () => {
    const related = new RelatedObjects('root');
    related.add(owned('a', 'b'));
    related.add(owned('b', 'a'));
    assert.equal(related.includes('a'), false);
  });

  it('sees an object that was adopted later', () => {
    const related = new RelatedObjects('job');
    related.add(owned('pod'));
    assert.equal(related.includes('pod'), false);
    related.add(owned('pod', 'job'));
    assert.equal(related.includes('pod'), true);
  });
});
