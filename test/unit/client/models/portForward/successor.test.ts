// Which pod a forward follows after its pod is gone: through the owner chain to the Deployment's
// selector, by a bare pod's labels, or by name.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { KubeObject } from '../../../../../client/src/cluster';
import type { Pod } from '../../../../../client/src/core/kube/kubeTypes';
import { selectorMatches, selectorText } from '../../../../../client/src/core/kube/labelSelector';
import { followedPods, pickSuccessor, type OwnerLookup } from '../../../../../client/src/models/portForward/successor';

let clock = 0;
function pod(
  name: string,
  labels: Record<string, string>,
  options: { ready?: boolean; owner?: string; terminating?: boolean; phase?: string } = {},
): Pod {
  clock += 1000;
  return {
    metadata: {
      name,
      uid: `uid-${name}`,
      labels,
      creationTimestamp: new Date(clock).toISOString(),
      ...(options.owner
        ? {
            ownerReferences: [
              { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: options.owner, uid: `uid-${options.owner}`, controller: true },
            ],
          }
        : {}),
      ...(options.terminating ? { deletionTimestamp: new Date(clock).toISOString() } : {}),
    },
    status: { phase: options.phase ?? 'Running', conditions: [{ type: 'Ready', status: options.ready === false ? 'False' : 'True' }] },
  };
}

/** A namespace with Deployment web → ReplicaSets web-1 and web-2. */
const owners: Record<string, KubeObject> = {
  'ReplicaSet/web-1': {
    metadata: { name: 'web-1', ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: 'd', controller: true }] },
    spec: { selector: { matchLabels: { app: 'web', 'pod-template-hash': '1' } } },
  },
  'ReplicaSet/web-2': {
    metadata: { name: 'web-2', ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: 'd', controller: true }] },
    spec: { selector: { matchLabels: { app: 'web', 'pod-template-hash': '2' } } },
  },
  'Deployment/web': { metadata: { name: 'web' }, spec: { selector: { matchLabels: { app: 'web' } } } },
};
const lookup: OwnerLookup = (ref) => Promise.resolve(owners[`${ref.kind}/${ref.name}`]);

describe('followedPods', () => {
  it("follows a Deployment's pods through its ReplicaSet, by the Deployment's selector", async () => {
    const followed = await followedPods(pod('web-1-aaaa', { app: 'web', 'pod-template-hash': '1' }, { owner: 'web-1' }), lookup);
    assert.deepEqual(followed, { name: 'web-1-aaaa', selector: { matchLabels: { app: 'web' } }, owner: 'Deployment/web' });
  });

  it('stops at the owner it may read (the ReplicaSet) when the Deployment is gone or forbidden', async () => {
    const partial: OwnerLookup = (ref) => (ref.kind === 'Deployment' ? Promise.reject(new Error('forbidden')) : lookup(ref));
    const followed = await followedPods(pod('web-1-aaaa', { app: 'web', 'pod-template-hash': '1' }, { owner: 'web-1' }), partial);
    assert.equal(followed.owner, 'ReplicaSet/web-1');
  });

  it('follows a bare pod by its labels, without per-revision hashes', async () => {
    const followed = await followedPods(pod('nginx-pod', { app: 'nginx', 'pod-template-hash': 'x' }), lookup);
    assert.deepEqual(followed, { name: 'nginx-pod', selector: { matchLabels: { app: 'nginx' } } });
  });

  it('follows a pod without labels by name only', async () => {
    assert.deepEqual(await followedPods(pod('lonely', {}), lookup), { name: 'lonely' });
  });
});

describe('pickSuccessor', () => {
  const followed = { name: 'web-1-aaaa', selector: { matchLabels: { app: 'web' } } };

  it("picks the newest ready pod the selector selects (a rollout's new pod)", () => {
    const older = pod('web-2-bbbb', { app: 'web', 'pod-template-hash': '2' });
    const newer = pod('web-2-cccc', { app: 'web', 'pod-template-hash': '2' });
    assert.equal(pickSuccessor(followed, [older, newer], 'uid-web-1-aaaa')?.metadata.name, 'web-2-cccc');
  });

  it('skips the current pod, pods that are not ready or terminating, and pods of other apps', () => {
    const candidates = [
      pod('web-1-aaaa', { app: 'web' }),
      pod('web-2-notready', { app: 'web' }, { ready: false }),
      pod('web-2-leaving', { app: 'web' }, { terminating: true }),
      pod('web-2-pending', { app: 'web' }, { phase: 'Pending' }),
      pod('db-0', { app: 'db' }),
    ];
    assert.equal(pickSuccessor(followed, candidates, 'uid-web-1-aaaa'), undefined);
  });

  it('prefers a recreated pod of the same name over other matches', () => {
    const sameName = {
      ...pod('web-1-aaaa', { app: 'web' }),
      metadata: { ...pod('x', {}).metadata, name: 'web-1-aaaa', uid: 'new-uid', labels: { app: 'web' } },
    };
    const other = pod('web-2-dddd', { app: 'web' });
    assert.equal(pickSuccessor(followed, [sameName, other], 'uid-web-1-aaaa')?.metadata.uid, 'new-uid');
  });

  it('finds a pod by name when nothing else identifies it', () => {
    const recreated = { ...pod('lonely', {}), metadata: { ...pod('lonely', {}).metadata, uid: 'second' } };
    assert.equal(pickSuccessor({ name: 'lonely' }, [pod('someone-else', {}), recreated], 'first')?.metadata.uid, 'second');
  });
});

describe('label selectors', () => {
  const selector = {
    matchLabels: { app: 'web' },
    matchExpressions: [
      { key: 'tier', operator: 'In', values: ['front', 'edge'] },
      { key: 'canary', operator: 'DoesNotExist' },
      { key: 'env', operator: 'NotIn', values: ['prod'] },
      { key: 'team', operator: 'Exists' },
    ],
  };

  it('writes the text form list and watch take', () => {
    assert.equal(selectorText(selector), 'app=web,tier in (front,edge),!canary,env notin (prod),team');
  });

  it('matches labels like the API server does', () => {
    assert.equal(selectorMatches(selector, { app: 'web', tier: 'edge', team: 'a' }), true);
    assert.equal(selectorMatches(selector, { app: 'web', tier: 'edge', team: 'a', env: 'prod' }), false);
    assert.equal(selectorMatches(selector, { app: 'web', tier: 'edge', team: 'a', canary: '' }), false);
    assert.equal(selectorMatches(selector, { app: 'web', tier: 'back', team: 'a' }), false);
    assert.equal(selectorMatches(selector, { app: 'web', tier: 'edge' }), false);
  });
});
