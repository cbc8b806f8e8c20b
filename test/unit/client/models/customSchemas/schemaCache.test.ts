// The disk cache of cluster schemas: what is written reads back the same, each context has a folder
// of its own (named safely whatever the context is called), a rewrite drops group versions the
// cluster stopped serving, and a corrupt or foreign file is skipped with a sentence, never a throw.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  ClusterSchemaCache,
  contextFolderName,
  groupVersionFileName,
  INDEX_FILE,
  type CachedSchemas,
} from '../../../../../client/src/models/customSchemas/schemaCache';

const doc = (kind: string): unknown => ({
  openapi: '3.0.0',
  components: {
    schemas: {
      [`com.example.stable.v1.${kind}`]: {
        type: 'object',
        'x-kubernetes-group-version-kind': [{ group: 'stable.example.com', version: 'v1', kind }],
      },
    },
  },
});

const schemas = (context: string, kinds: readonly string[], server = 'https://10.0.0.1:6443'): CachedSchemas => ({
  context,
  server,
  fetchedAt: '2025-03-01T12:00:00.000Z',
  groupVersions: kinds.map((kind, i) => ({ groupVersion: `g${i}.example.com/v1`, hash: `HASH${i}`, document: doc(kind) })),
});

describe('cluster schema cache', () => {
  let root = '';
  let cache: ClusterSchemaCache;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'podwright-schema-cache-'));
    cache = new ClusterSchemaCache(join(root, 'cluster-schemas'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('reads back what it wrote: server, fetch time, group versions, hashes and documents', async () => {
    const written = schemas('kind-dev', ['CronTab', 'Widget']);
    await cache.write(written);
    const read = await cache.read('kind-dev');
    assert.deepEqual(read.problems, []);
    assert.deepEqual(read.schemas, written);
  });

  it('has nothing, and no problem, for a context never loaded', async () => {
    assert.deepEqual(await cache.read('never-loaded'), { schemas: undefined, problems: [] });
  });

  it('keeps each context in its own folder', async () => {
    await cache
      .write(schemas('prod', ['Gadget'], 'https://prod.example.com'))
      .then(() => cache.write(schemas('staging', ['Widget', 'Sprocket'])));
    const prod = await cache.read('prod');
    const staging = await cache.read('staging');
    assert.deepEqual(
      prod.schemas?.groupVersions.map((g) => g.document),
      [doc('Gadget')],
    );
    assert.equal(prod.schemas?.server, 'https://prod.example.com');
    assert.deepEqual(
      staging.schemas?.groupVersions.map((g) => g.document),
      [doc('Widget'), doc('Sprocket')],
    );
    assert.notEqual(cache.folderOf('prod'), cache.folderOf('staging'));
  });

  it('names folders safely, and differently for names that differ only in unsafe characters', async () => {
    const names = [
      'arn:aws:eks:eu-west-1:123456789012:cluster/prod',
      'arn:aws:eks:eu-west-1:123456789012:cluster:prod',
      '../../etc',
      'gke_p_z_c',
      '운영 클러스터',
      '',
    ];
    const folders = names.map(contextFolderName);
    for (const folder of folders) assert.match(folder, /^[A-Za-z0-9][A-Za-z0-9._-]*-[0-9a-f]{16}$/);
    assert.equal(new Set(folders).size, names.length);
    assert.equal(contextFolderName('gke_p_z_c'), contextFolderName('gke_p_z_c'));
    assert.match(contextFolderName('gke_p_z_c'), /^gke_p_z_c-/);
    await cache.write(schemas('../../etc', ['Escape']));
    assert.ok(readdirSync(join(root, 'cluster-schemas')).includes(contextFolderName('../../etc')));
    assert.deepEqual(
      (await cache.read('../../etc')).schemas?.groupVersions.map((g) => g.document),
      [doc('Escape')],
    );
  });

  it('names group version files after the group version, safely', () => {
    assert.equal(groupVersionFileName('stable.example.com/v1'), 'stable.example.com_v1.json');
    assert.match(groupVersionFileName('../x/v1'), /^x_v1-[0-9a-f]{16}\.json$/);
    assert.notEqual(groupVersionFileName('index'), INDEX_FILE);
  });

  it('drops the files of group versions the cluster no longer serves', async () => {
    await cache.write(schemas('shrinking', ['A', 'B', 'C']));
    await cache.write({ ...schemas('shrinking', ['A']), fetchedAt: '2025-03-02T08:00:00.000Z' });
    assert.deepEqual(readdirSync(cache.folderOf('shrinking')).sort(), ['g0.example.com_v1.json', INDEX_FILE]);
    const read = await cache.read('shrinking');
    assert.equal(read.schemas?.fetchedAt, '2025-03-02T08:00:00.000Z');
    assert.deepEqual(
      read.schemas?.groupVersions.map((g) => g.groupVersion),
      ['g0.example.com/v1'],
    );
  });

  it('ignores a corrupt index with a message', async () => {
    await cache.write(schemas('corrupt-index', ['A']));
    writeFileSync(join(cache.folderOf('corrupt-index'), INDEX_FILE), '{"format": 1, "context": "corrupt-ind');
    const read = await cache.read('corrupt-index');
    assert.equal(read.schemas, undefined);
    assert.equal(read.problems.length, 1);
    assert.match(
      read.problems[0] ?? '',
      /^The schema cache of context "corrupt-index" is corrupt \(.*index\.json: .*JSON.*\); it is ignored\.$/,
    );
  });

  it('ignores an index of another format or for another context', async () => {
    await cache.write(schemas('foreign', ['A']));
    const indexPath = join(cache.folderOf('foreign'), INDEX_FILE);
    const index = JSON.parse(readFileSync(indexPath, 'utf8')) as Record<string, unknown>;
    writeFileSync(indexPath, JSON.stringify({ ...index, context: 'someone-else' }));
    assert.match(
      (await cache.read('foreign')).problems[0] ?? '',
      /is not usable \(.*: it is for context "someone-else"\); it is ignored\.$/,
    );
    writeFileSync(indexPath, JSON.stringify({ ...index, format: 99 }));
    assert.match((await cache.read('foreign')).problems[0] ?? '', /its format is 99, not 1/);
    writeFileSync(indexPath, '[]');
    assert.equal((await cache.read('foreign')).schemas, undefined);
  });

  it('skips a corrupt group version file with a message and keeps the others', async () => {
    await cache.write(schemas('corrupt-file', ['Good', 'Bad', 'AlsoGood']));
    writeFileSync(join(cache.folderOf('corrupt-file'), 'g1.example.com_v1.json'), '\u0000\u0001 not json');
    const read = await cache.read('corrupt-file');
    assert.deepEqual(
      read.schemas?.groupVersions.map((g) => g.document),
      [doc('Good'), doc('AlsoGood')],
    );
    assert.equal(read.problems.length, 1);
    assert.match(
      read.problems[0] ?? '',
      /^The cached schemas of g1\.example\.com\/v1 \(context "corrupt-file"\) are corrupt \(.*g1\.example\.com_v1\.json: .*\); they are ignored\.$/,
    );
  });

  it('skips a group version whose file is missing, or whose entry points elsewhere', async () => {
    await cache.write(schemas('missing-file', ['A', 'B']));
    const folder = cache.folderOf('missing-file');
    rmSync(join(folder, 'g0.example.com_v1.json'));
    const indexPath = join(folder, INDEX_FILE);
    const index = JSON.parse(readFileSync(indexPath, 'utf8')) as { groupVersions: { file: string }[] };
    index.groupVersions.push({ ...index.groupVersions[1], file: '../../../secrets.json' });
    writeFileSync(indexPath, JSON.stringify(index));
    const read = await cache.read('missing-file');
    assert.deepEqual(
      read.schemas?.groupVersions.map((g) => g.groupVersion),
      ['g1.example.com/v1'],
    );
    assert.equal(read.problems.length, 2);
    assert.match(read.problems[0] ?? '', /g0\.example\.com\/v1.*ENOENT/);
    assert.match(read.problems[1] ?? '', /lists an unusable entry/);
  });

  it('reports an unreadable index (a folder in its place) instead of throwing', async () => {
    const folder = cache.folderOf('unreadable');
    mkdirSync(join(folder, INDEX_FILE), { recursive: true });
    const read = await cache.read('unreadable');
    assert.equal(read.schemas, undefined);
    assert.match(read.problems[0] ?? '', /^The schema cache of context "unreadable" cannot be read \(/);
  });

  it('forgets a context', async () => {
    await cache.write(schemas('forgotten', ['A']));
    await cache.remove('forgotten');
    assert.deepEqual(await cache.read('forgotten'), { schemas: undefined, problems: [] });
  });

  it('refuses to write where the disk refuses (the caller reports it)', async () => {
    const blocked = join(root, 'blocked');
    writeFileSync(blocked, 'a file where the cache folder should be');
    await assert.rejects(new ClusterSchemaCache(blocked).write(schemas('any', ['A'])), /EEXIST|ENOTDIR/);
  });
});
