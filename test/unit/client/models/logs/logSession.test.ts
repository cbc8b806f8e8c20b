// A log session against a fake cluster: follow with tail, re-attach to each new run of a
// restarting container with a marker, say when the pod is deleted (or replaced), interleave
// containers with prefixes, read previous runs, stay bounded, and stop cleanly.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LogSession, type LogSessionOptions } from '../../../../../client/src/models/logs/logSession';
import { clusterError, FakeClusterApi, podObject, settle } from '../../../../helpers/fakeClusterApi';

const FOLLOW: LogSessionOptions = { follow: true, tailLines: 100, maxLines: 1000 };

function appStatus(state: object, restartCount = 0, lastState: object = {}): object {
  return { phase: 'Running', containerStatuses: [{ name: 'app', ready: true, restartCount, state, lastState }] };
}

async function following(options: LogSessionOptions = FOLLOW, containers = ['app']): Promise<{ api: FakeClusterApi; session: LogSession }> {
  const api = new FakeClusterApi();
  const session = new LogSession(api, { namespace: 'shop', pod: 'web', containers }, options);
  session.start();
  await settle();
  return { api, session };
}

describe('LogSession', () => {
  it('waits for the container to start, then follows it from the tail', async () => {
    const { api, session } = await following();
    assert.equal(api.lastWatch.options.fieldSelector, 'metadata.name=web');
    assert.equal(api.lastWatch.options.namespace, 'shop');
    api.lastWatch.handler.onList([podObject('web', { status: appStatus({ waiting: { reason: 'ContainerCreating' } }) })]);
    assert.equal(api.streams.length, 0, 'no log request before the container has run');
    api.lastWatch.handler.onEvent('MODIFIED', podObject('web', { status: appStatus({ running: {} }) }));
    assert.equal(api.streams.length, 1);
    assert.deepEqual(
      [api.lastStream.options.container, api.lastStream.options.tailLines, api.lastStream.options.namespace],
      ['app', 100, 'shop'],
    );
    api.lastStream.write('one\ntw');
    api.lastStream.write('o\n');
    assert.deepEqual(session.ring.lines(), ['one', 'two']);
    assert.equal(session.state, 'following');
  });

  it('marks a restart with the exit code and attaches to the new run from its start', async () => {
    const { api, session } = await following();
    api.lastWatch.handler.onList([podObject('web', { status: appStatus({ running: {} }) })]);
    api.lastStream.write('run 1\n');
    api.lastStream.write('crash');
    api.lastStream.end();
    await settle();
    // The kubelet reports the exit, then the back-off, then the next run.
    api.lastWatch.handler.onEvent('MODIFIED', podObject('web', { status: appStatus({ terminated: { exitCode: 1, reason: 'Error' } }) }));
    api.lastWatch.handler.onEvent(
      'MODIFIED',
      podObject('web', { status: appStatus({ waiting: { reason: 'CrashLoopBackOff' } }, 0, { terminated: { exitCode: 1 } }) }),
    );
    assert.equal(api.streams.length, 1, 'the same run is not read twice');
    api.lastWatch.handler.onEvent('MODIFIED', podObject('web', { status: appStatus({ running: {} }, 1, { terminated: { exitCode: 1 } }) }));
    assert.equal(api.streams.length, 2);
    assert.equal(api.lastStream.options.tailLines, undefined, 'a new run is read from its first line');
    api.lastStream.write('run 2\n');
    assert.deepEqual(session.ring.lines(), ['run 1', 'crash', '--- container app restarted (exit code 1) ---', 'run 2']);
  });

  it('says how many runs went unread when the restart count jumps past the next run', async () => {
    const { api, session } = await following();
    api.lastWatch.handler.onList([podObject('web', { status: appStatus({ running: {} }) })]);
    api.lastStream.write('run 1\n');
    api.lastStream.end();
    await settle();
    // Runs 2 and 3 came and went between two watch events (a fast crash loop, a slow watch).
    api.lastWatch.handler.onEvent('MODIFIED', podObject('web', { status: appStatus({ running: {} }, 3, { terminated: { exitCode: 2 } }) }));
    assert.equal(api.streams.length, 2);
    api.lastStream.write('run 4\n');
    assert.deepEqual(session.ring.lines(), [
      'run 1',
      '--- container app restarted 3 times (last exit code 2); 2 run(s) in between were not read ---',
      'run 4',
    ]);
  });

  it('re-attaches when the stream ends after the watch already reported the next run', async () => {
    const { api, session } = await following();
    api.lastWatch.handler.onList([podObject('web', { status: appStatus({ running: {} }) })]);
    const first = api.lastStream;
    api.lastWatch.handler.onEvent(
      'MODIFIED',
      podObject('web', { status: appStatus({ running: {} }, 1, { terminated: { exitCode: 137, reason: 'OOMKilled' } }) }),
    );
    assert.equal(api.streams.length, 1);
    first.write('last words\n');
    first.end();
    await settle();
    assert.equal(api.streams.length, 2);
    assert.deepEqual(session.ring.lines(), ['last words', '--- container app restarted (exit code 137) ---']);
  });

  it('says when the pod is deleted, closes its streams and ends', async () => {
    const { api, session } = await following();
    const pod = podObject('web', { status: appStatus({ running: {} }) });
    api.lastWatch.handler.onList([pod]);
    api.lastStream.write('serving\n');
    api.lastWatch.handler.onEvent(
      'MODIFIED',
      podObject('web', { deletionTimestamp: '2025-03-10T12:00:00Z', status: appStatus({ running: {} }) }),
    );
    api.lastWatch.handler.onEvent('DELETED', pod);
    assert.deepEqual(session.ring.lines(), ['serving', '--- pod web is terminating ---', '--- pod web deleted ---']);
    assert.equal(session.state, 'ended');
    assert.equal(api.openStreams.length, 0);
    assert.equal(api.lastWatch.stopped, true);
  });

  it('treats a new pod under the same name (seen after a relist) as the old one deleted', async () => {
    const { api, session } = await following();
    api.lastWatch.handler.onList([podObject('web', { uid: 'first', status: appStatus({ running: {} }) })]);
    api.lastWatch.handler.onList([podObject('web', { uid: 'second', status: appStatus({ running: {} }) })]);
    assert.deepEqual(session.ring.lines(), ['--- pod web deleted ---']);
    assert.equal(session.state, 'ended');
    const missing = await following();
    missing.api.lastWatch.handler.onList([]);
    assert.deepEqual(missing.session.ring.lines(), ['--- pod web not found in namespace shop ---']);
  });

  it('interleaves several containers line by line with a [container] prefix', async () => {
    const { api, session } = await following(FOLLOW, ['app', 'proxy']);
    api.lastWatch.handler.onList([
      podObject('web', {
        status: {
          phase: 'Running',
          containerStatuses: [
            { name: 'app', ready: true, restartCount: 0, state: { running: {} } },
            { name: 'proxy', ready: true, restartCount: 0, state: { running: {} } },
          ],
        },
      }),
    ]);
    const [app, proxy] = api.streams;
    assert.deepEqual([app?.options.container, proxy?.options.container], ['app', 'proxy']);
    app?.write('GET / ');
    proxy?.write('upstream ok\n');
    app?.write('200\n');
    assert.deepEqual(session.ring.lines(), ['[proxy] upstream ok', '[app] GET / 200']);
  });

  it("ends with a note once a finished pod's streams are drained", async () => {
    const { api, session } = await following();
    api.lastWatch.handler.onList([
      podObject('web', {
        status: {
          phase: 'Succeeded',
          containerStatuses: [{ name: 'app', ready: false, restartCount: 0, state: { terminated: { exitCode: 0, reason: 'Completed' } } }],
        },
      }),
    ]);
    assert.equal(session.state, 'following');
    api.lastStream.write('done\n');
    api.lastStream.end();
    await settle();
    assert.deepEqual(session.ring.lines(), ['done', '--- pod web finished (Succeeded) ---']);
    assert.equal(session.state, 'ended');
  });

  it("reads the previous run once, and writes the server's reason when there is none", async () => {
    const api = new FakeClusterApi();
    api.readLog = (_pod, options) => {
      if (options.container === 'sidecar')
        throw clusterError('bad-request', 'previous terminated container "sidecar" in pod "web" not found');
      return 'attempt 3 failed\n';
    };
    const session = new LogSession(
      api,
      { namespace: 'shop', pod: 'web', containers: ['app', 'sidecar'] },
      { follow: true, previous: true, maxLines: 100, timestamps: true },
    );
    session.start();
    await settle();
    assert.equal(api.watches.length, 0, 'a previous log is not followed');
    assert.deepEqual(
      api.reads.map((r) => [r.options.container, r.options.previous, r.options.timestamps]),
      [
        ['app', true, true],
        ['sidecar', true, true],
      ],
    );
    assert.deepEqual(session.ring.lines(), [
      '[app] attempt 3 failed',
      '--- cannot read the log of container sidecar: previous terminated container "sidecar" in pod "web" not found ---',
    ]);
    assert.equal(session.state, 'ended');
  });

  it('keeps only the last maxLines lines of a long log', async () => {
    const { api, session } = await following({ ...FOLLOW, maxLines: 50 });
    api.lastWatch.handler.onList([podObject('web', { status: appStatus({ running: {} }) })]);
    let chunk = '';
    for (let i = 1; i <= 10_000; i++) chunk += `line ${i}\n`;
    api.lastStream.write(chunk);
    assert.equal(session.ring.length, 50);
    assert.equal(session.ring.lines()[0], 'line 9951');
    assert.equal(session.ring.lines()[49], 'line 10000');
  });

  it('stops on request: streams and watch closed, later output ignored, and restarts from scratch', async () => {
    const { api, session } = await following();
    api.lastWatch.handler.onList([podObject('web', { status: appStatus({ running: {} }) })]);
    const stream = api.lastStream;
    stream.write('before\n');
    const states: string[] = [];
    session.onDidChangeState((state) => states.push(state));
    session.stop();
    assert.equal(stream.closed, true);
    assert.equal(api.lastWatch.stopped, true);
    api.watches[0]?.handler.onEvent('MODIFIED', podObject('web', { status: appStatus({ running: {} }, 1) }));
    assert.equal(api.streams.length, 1);
    assert.deepEqual(session.ring.lines(), ['before', '--- stopped ---']);
    session.restart();
    await settle();
    assert.deepEqual(session.ring.lines(), []);
    assert.equal(api.watches.length, 2);
    api.lastWatch.handler.onList([podObject('web', { status: appStatus({ running: {} }) })]);
    assert.equal(api.lastStream.options.tailLines, 100);
    assert.deepEqual(states, ['stopped', 'following']);
  });
});
