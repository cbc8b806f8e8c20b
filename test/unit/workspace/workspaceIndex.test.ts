// The workspace index keeps its lookups (by kind and name, by pod label) up to date file by file. After
// any sequence of files set, changed entry by entry, shrunk, grown and deleted, every lookup must
// answer what a walk over all files (sorted by uri, then in file order) answers.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Range } from 'vscode-languageserver-types';
import type { ObjectSummary } from '../../../server/src/service/workspace/objectSummary';
import { fromPortable, WorkspaceIndex, type IndexedObject } from '../../../server/src/service/workspace/workspaceIndex';

function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const URIS = ['file:///w/c.yaml', 'file:///w/a.yaml', 'file:///w/b/x.yaml', 'file:///w/b.yaml'];
const KINDS = ['Deployment', 'Service', 'Pod'];
const NAMES = ['web', 'api', 'db'];
const LABELS: readonly Readonly<Record<string, string>>[] = [
  { app: 'web' },
  { app: 'api', tier: 'backend' },
  { app: 'web', tier: 'backend' },
  {},
];

function randomObject(random: () => number, uri: string, document: number): IndexedObject {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const kind = pick(KINDS);
  const range: Range = { start: { line: document, character: 0 }, end: { line: document, character: 3 } };
  const summary: ObjectSummary = {
    apiVersion: 'v1',
    kind,
    group: '',
    spot: { start: 0, end: 3 },
    ...(random() < 0.9 ? { name: pick(NAMES) } : {}),
    ...(kind !== 'Service' ? { pod: { labels: pick(LABELS), ports: [] } } : {}),
  };
  const [object] = fromPortable(uri, [{ ...summary, uri, document, range, line: document }]);
  if (!object) throw new Error('no object');
  return object;
}

/** The lookups as a walk over every file computes them. */
function walk(index: WorkspaceIndex): IndexedObject[] {
  return [...URIS].sort().flatMap((uri) => [...index.objectsIn(uri)]);
}

function assertLookups(index: WorkspaceIndex, step: number): void {
  const all = walk(index);
  for (const kind of KINDS) {
    for (const name of NAMES) {
      assert.deepEqual(
        index.named(kind, name),
        all.filter((o) => o.kind === kind && o.name === name),
        `step ${step}: ${kind} ${name}`,
      );
    }
  }
  assert.deepEqual(
    index.podMakers(),
    all.filter((o) => o.pod),
    `step ${step}: pod makers`,
  );
  for (const kind of KINDS)
    assert.deepEqual(
      index.ofKind(kind),
      all.filter((o) => o.kind === kind),
      `step ${step}: every ${kind}`,
    );
  for (const [key, value] of [
    ['app', 'web'],
    ['app', 'api'],
    ['tier', 'backend'],
  ] as const) {
    assert.deepEqual(
      index.podMakersLabelled(key, value),
      all.filter((o) => o.pod?.labels[key] === value),
      `step ${step}: ${key}=${value}`,
    );
  }
}

describe('workspace index lookups', () => {
  it('answer as a walk over every file does, after any sequence of changes', () => {
    const random = prng(11);
    const index = new WorkspaceIndex();
    for (let step = 0; step < 600; step++) {
      const uri = URIS[Math.floor(random() * URIS.length)] ?? '';
      const before = index.objectsIn(uri);
      const choice = random();
      let objects: IndexedObject[];
      if (choice < 0.4 && before.length > 0) {
        // One entry changed, the others the very same objects (what a keystroke does).
        const at = Math.floor(random() * before.length);
        objects = before.map((o, i) => (i === at ? randomObject(random, uri, i) : o));
      } else if (choice < 0.5) {
        objects = [];
      } else if (choice < 0.6) {
        objects = [...before];
      } else {
        objects = Array.from({ length: Math.floor(random() * 5) }, (_, i) => randomObject(random, uri, i));
      }
      if (random() < 0.05) index.delete(uri);
      else index.setObjects(uri, objects);
      // Read some lookups between changes, so that cached answers are exercised too.
      if (step % 3 === 0) assertLookups(index, step);
    }
    assertLookups(index, 600);
  });

  it('moves on to a new generation only when facts change', () => {
    const random = prng(3);
    const index = new WorkspaceIndex();
    const objects = [randomObject(random, URIS[0] ?? '', 0)];
    index.setObjects(URIS[0] ?? '', objects);
    const generation = index.generation;
    index.setObjects(URIS[0] ?? '', [...objects]);
    assert.equal(index.generation, generation);
    index.setObjects(URIS[0] ?? '', []);
    assert.equal(index.generation, generation + 1);
  });
});
