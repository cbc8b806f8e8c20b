// The cheap reading of documents for the workspace index (quickParse) against the full parse: for every
// document it accepts, the tree must be the full parse's (same nodes, values and scalar places) and the
// file's index entries the same; documents outside its subset must be left to the full parse. Run over
// the corpus, hand-written edge cases and thousands of deterministic mutations of corpus documents.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import { parseChunk, parseManifest, splitDocuments } from '../../../server/src/service/document/manifest';
import { quickParse } from '../../../server/src/service/workspace/quickParse';
import { quickIndexEntries } from '../../../server/src/service/workspace/quickIndex';
import { indexedObjects, portableObjects } from '../../../server/src/service/workspace/workspaceIndex';
import { newService } from '../../helpers/service';
import { fixturesDir } from '../../helpers/service';

function corpusTexts(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(entry.name)) out.push({ name: full.slice(fixturesDir.length + 1), text: readFileSync(full, 'utf8') });
    }
  };
  walk(fixturesDir);
  return out;
}

/** Asserts that `quick` is the tree `full` (node kinds, scalar values and types, scalar places, flow style). */
function assertSameTree(quick: unknown, full: unknown, path: string): void {
  if (isScalar(full)) {
    assert.ok(isScalar(quick), `${path}: a scalar`);
    assert.ok(Object.is(quick.value, full.value), `${path}: ${String(quick.value)} is ${String(full.value)}`);
    assert.equal(quick.type, full.type, `${path}: scalar style`);
    if (full.value !== null) assert.deepEqual(quick.range?.slice(0, 2), full.range?.slice(0, 2), `${path}: place`);
    return;
  }
  if (isMap(full) || isSeq(full)) {
    assert.ok(isMap(full) ? isMap(quick) : isSeq(quick), `${path}: a ${isMap(full) ? 'map' : 'list'}`);
    const q = quick as typeof full;
    assert.equal(Boolean(q.flow), Boolean(full.flow), `${path}: flow style`);
    assert.equal(q.items.length, full.items.length, `${path}: entries`);
    full.items.forEach((item: unknown, i: number) => {
      const other: unknown = q.items[i];
      if (isPair(item)) {
        assert.ok(isPair(other), `${path}[${i}]: an entry`);
        assertSameTree(other.key, item.key, `${path}[${i}].key`);
        assertSameTree(other.value, item.value, `${path}.${String(isScalar(item.key) ? item.key.value : i)}`);
      } else {
        assertSameTree(other, item, `${path}[${i}]`);
      }
    });
    return;
  }
  assert.equal(quick, full, `${path}: nothing`);
}

/** Checks every document of `text`; returns how many the quick reading accepted. */
function compareDocuments(text: string, name: string): { accepted: number; documents: number } {
  let accepted = 0;
  const pieces = splitDocuments(text);
  for (const [index, piece] of pieces.entries()) {
    const quick = quickParse(piece.text);
    if (!quick) continue;
    accepted++;
    const full = parseChunk(piece.text).yaml;
    const where = `${name} document ${index}: ${JSON.stringify(piece.text.slice(0, 400))}`;
    assert.deepEqual(
      full.errors.map((e) => e.message),
      [],
      `${where}: accepted a document the full parse rejects`,
    );
    assertSameTree(quick.contents, full.contents, where);
  }
  return { accepted, documents: pieces.length };
}

function assertSameEntries(text: string, name: string): void {
  const uri = 'file:///repo/a.yaml';
  const quick = quickIndexEntries(uri, text);
  const full = parseManifest(text);
  assert.deepEqual(portableObjects(quick.objects), portableObjects(indexedObjects(uri, full)), name);
  assert.equal(quick.crdChunks.length, full.documents.filter((d) => d.chunk.identity.kind === 'CustomResourceDefinition').length, name);
}

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

const PIECES = [
  ' ',
  '  ',
  ':',
  ': ',
  '- ',
  '-',
  '#',
  ' #',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  ',',
  '|',
  '>',
  '|-',
  '&a ',
  '*a',
  '!',
  '?',
  '%',
  '~',
  '\n',
  '\r\n',
  '\t',
  '0',
  '1.5',
  '.',
  'null',
  'true',
  'x',
  '\\',
  '---',
  '...',
  '<<: ',
];

/** A deterministic small edit of a text: a piece inserted, a span deleted, or a line indented differently. */
function mutate(text: string, random: () => number): string {
  const at = Math.floor(random() * (text.length + 1));
  const choice = random();
  if (choice < 0.45) return text.slice(0, at) + (PIECES[Math.floor(random() * PIECES.length)] ?? '') + text.slice(at);
  if (choice < 0.7) return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 4));
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return random() < 0.5
    ? `${text.slice(0, lineStart)} ${text.slice(lineStart)}`
    : text.slice(0, lineStart) + text.slice(lineStart).replace(/^ /, '');
}

const EDGE_CASES = [
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n',
  '# only a comment\n',
  '',
  '---\napiVersion: v1\nkind: ConfigMap\n',
  '--- # separator comment\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: "quoted # not a comment"\n',
  'apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: crlf\r\n  labels:\r\n    app: web\r\n',
  'a:\nb: 1\nc: ~\nd: null\ne: true\nf: 0x1F\ng: 0o17\nh: 1e3\ni: .inf\nj: -.5\nk: 0123\nl: +12\nm: 1.50\nn: .nan\n',
  'spec:\n  containers:\n  - name: a\n    ports:\n    - containerPort: 80\n      name: http\n  volumes: []\n',
  'spec:\n  list:\n    -\n    - x\n    - # comment\n      k: v\n    -   spaced: 1\n        more: 2\n',
  'data:\n  a: \'it\'\'s\'\n  b: "esc\\"aped\\n"\n  c: "plain" # trailing\n  d: [1, "two", {x: y}]\n  e: {a: 1, b: [2]}\n  f: {}\n',
  'data:\n  lit: |\n    line 1\n\n    line 3\n  keep: |+\n    kept\n\n  strip: >-\n    folded\n    text\n\n    para\n  after: x\n',
  'data:\n  script: |\n    #!/bin/sh\n    echo "a: b" # not a comment\n  # a comment at the key column\n  next: y\n',
  'metadata:\n  annotations:\n    kubectl.kubernetes.io/last-applied-configuration: x\n    app.kubernetes.io/name: web\n    .dotted: y\n',
  'a: b: c\n',
  'a: b:\n',
  'a:\n  b\n',
  'a: x\n   # indented comment\nb: y\n',
  'a: &anchor x\nb: *anchor\n',
  'a: !!str 1\n',
  '- item\n',
  'key: value\n  continued\n',
  'a: "multi\n  line"\n',
  'a: [1,\n  2]\n',
  'a: [a, b]: c\n',
  'a: 1\n b: 2\n',
  '%YAML 1.2\n---\na: 1\n',
  'a: 1\n...\n',
  '"quoted key": 1\n',
  '? complex\n: value\n',
  '<<: {a: 1}\n',
  'a:\tb\n',
  'a: |2\n   x\n',
  'a: |\n      deep\n    shallow\n',
  'a: |\n\n      x\n',
  'items:\n- a\n- b\nafter: 1\n',
  'x:\n  - a: 1\n  - b\n  -\n    - nested\n',
  'a: - b\n',
  'a: -\n',
  'a: ,b\n',
  'a: b #c\nd: e#f\n',
  'a: @x\n',
  '1: numeric key\n',
  'true: bool key\n',
  'null: null key\n',
  "args: [\"--port=80\", '-v', \"a'b\", 'it''s', x y, -1, ~, \"\", '', 1.5, true]\n",
  'a: [a, ]\nb: [ a , b ]\nc: [ ]\nd: ["x"] # comment\n',
  'a: [- a]\n',
  'a: ["x" "y"]\n',
  'a: ["\\n", "\\u00e9"]\n',
  'a: [a: b]\n',
  'a: ["a", [b]]\n',
  'a: ["unterminated]\n',
  'a: [a]b\n',
  'a: "x"y\n',
  "a: 'x' # c\nb: ''\nc: \"\"\n",
  'a: [a,,b]\n',
  'a: |\n\n  x\n\n  y\n\nb: 1\n',
  'a: |-\n  x\n\n\nb: 1\n',
  'a: |\n  x',
  'a: |\n  x\n    deeper\n  # text, not a comment\nb: |\n  x\n     \n  y\n',
  '- |\n  x\n- |-\n   y\n- |\n',
  'a: |\r\n  crlf\r\n  text\r\nb: 1\r\n',
  'a: | # comment\n    x\n     y\nb: >\n  folded\n  text\n',
  'a: [#]\n',
  'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: one\n',
];

describe('quick reading of documents for the workspace index', () => {
  it('builds the tree of the full parse for every corpus document it accepts', () => {
    let accepted = 0;
    let documents = 0;
    for (const { name, text } of corpusTexts()) {
      const counts = compareDocuments(text, name);
      accepted += counts.accepted;
      documents += counts.documents;
    }
    // The subset is what manifests are written in: most corpus documents (broken ones included) are in it.
    assert.ok(accepted / documents > 0.6, `accepted ${accepted} of ${documents}`);
  });

  it('makes the same index entries as the full parse, for every corpus file', () => {
    for (const { name, text } of corpusTexts()) assertSameEntries(text, name);
  });

  it('agrees with the full parse on edge cases, or leaves them to it', () => {
    for (const [i, text] of EDGE_CASES.entries()) {
      compareDocuments(text, `edge case ${i}`);
      assertSameEntries(text, `edge case ${i}`);
    }
  });

  it('reads the plain manifests people write', () => {
    for (const text of [
      EDGE_CASES[0],
      EDGE_CASES[5],
      EDGE_CASES[7],
      EDGE_CASES[8],
      EDGE_CASES[9],
      EDGE_CASES[10],
      EDGE_CASES[11],
      EDGE_CASES[12],
    ]) {
      assert.ok(quickParse(text ?? ''), text);
    }
  });

  it('agrees with the full parse on thousands of mutated documents', () => {
    const random = prng(7);
    const sources = corpusTexts()
      .filter(({ name }) => name.startsWith(join('corpus', 'valid')))
      .flatMap(({ text }) => splitDocuments(text).map((p) => p.text))
      .filter((text) => quickParse(text) !== undefined);
    assert.ok(sources.length > 50);
    let accepted = 0;
    for (let i = 0; i < 4000; i++) {
      let text = sources[Math.floor(random() * sources.length)] ?? '';
      const edits = 1 + Math.floor(random() * 3);
      for (let e = 0; e < edits; e++) text = mutate(text, random);
      accepted += compareDocuments(text, `mutation ${i}`).accepted;
      if (i % 10 === 0) assertSameEntries(text, `mutation ${i}`);
    }
    // Many mutations stay inside the subset (a changed value, a comment), so both sides of the check run.
    assert.ok(accepted > 1000, `accepted ${accepted}`);
  });

  it('indexes a file through the service as the full parse would', () => {
    const text = corpusTexts().find(({ name }) => name.endsWith('app-deployment-service-ingress-config.yaml'))?.text ?? '';
    const quick = newService();
    const full = newService();
    quick.indexFile('file:///repo/app.yaml', text);
    full.index('file:///repo/app.yaml', parseManifest(text));
    assert.deepEqual(
      portableObjects(quick.workspace.objectsIn('file:///repo/app.yaml')),
      portableObjects(full.workspace.objectsIn('file:///repo/app.yaml')),
    );
    assert.ok(quick.workspace.objectsIn('file:///repo/app.yaml').length >= 6);
  });
});
