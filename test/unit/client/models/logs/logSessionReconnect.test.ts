// A followed log whose stream drops while the container keeps running: the session resumes from
// the last shown line's timestamp (the server answers with that whole second again), shows no line
// twice and loses none, marks the gap, backs off between failed attempts and gives up clearly,
// and leaves restarts and deleted pods to their own messages. Time is a manual clock.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LogSession, type LogSessionOptions } from '../../../../../client/src/models/logs/logSession';
import type { Scheduler } from '../../../../../client/src/models/logs/reconnectPolicy';
import { clusterError, FakeClusterApi, podObject, settle, type FakeLogStream } from '../../../../helpers/fakeClusterApi';

class ManualClock implements Scheduler {
  time = 0;
  private timers: { at: number; delay: number; run: () => void }[] = [];

  after(ms: number, run: () => void): () => void {
    const timer = { at: this.time + ms, delay: ms, run };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }

  now(): number {
    return this.time;
  }

  get pending(): number {
    return this.timers.length;
  }

  /** Moves time to the next timer and runs it; returns the wait it was set for. */
  fire(): number {
    const next = [...this.timers].sort((a, b) => a.at - b.at)[0];
    if (!next) throw new Error('no timer is pending');
    this.timers = this.timers.filter((t) => t !== next);
    this.time = next.at;
    next.run();
    return next.delay;
  }
}

const RECONNECTED = '--- log stream of container app interrupted; reconnected ---';

/** A line as the server sends it with timestamps=true, at 12:00:SS.mmm. */
function at(second: number, millis: number, text: string): string {
  return `2025-03-10T12:00:${String(second).padStart(2, '0')}.${String(millis).padStart(3, '0')}000000Z ${text}\n`;
}

function running(restartCount = 0, containerID = `containerd://run-${restartCount}`, lastState: object = {}): object {
  return {
    phase: 'Running',
    containerStatuses: [{ name: 'app', ready: true, restartCount, containerID, state: { running: {} }, lastState }],
  };
}

async function following(
  options: Partial<LogSessionOptions> = {},
): Promise<{ api: FakeClusterApi; session: LogSession; clock: ManualClock; stream: FakeLogStream }> {
  const api = new FakeClusterApi();
  const clock = new ManualClock();
  const session = new LogSession(
    api,
    { namespace: 'shop', pod: 'web', containers: ['app'] },
    { follow: true, tailLines: 100, maxLines: 1000, ...options, reconnect: { ...options.reconnect, scheduler: clock } },
  );
  session.start();
  await settle();
  api.lastWatch.handler.onList([podObject('web', { status: running() })]);
  return { api, session, clock, stream: api.lastStream };
}

async function drop(stream: FakeLogStream, error?: Error): Promise<void> {
  if (error) stream.fail(error);
  else stream.end();
  await settle();
}

describe('LogSession reconnect', () => {
  it("resumes a dropped stream from the last line's timestamp: the gap marked, no line twice, none lost", async () => {
    const { api, session, clock, stream } = await following();
    assert.equal(stream.options.timestamps, true, 'a follow asks for timestamps to resume from');
    stream.write(at(1, 100, 'a') + at(2, 500, 'b') + at(2, 500, 'c') + at(2, 700, 'd'));
    // The connection goes in the middle of the next line.
    stream.write(at(2, 900, 'e is a long line').slice(0, 40));
    await drop(stream);
    assert.deepEqual(session.ring.lines(), ['a', 'b', 'c', 'd'], 'timestamps are cut off, the unfinished line held back');
    assert.equal(api.streams.length, 1, 'no new stream before the wait');
    assert.equal(clock.fire(), 500);
    assert.equal(api.streams.length, 2);
    const resumed = api.lastStream;
    assert.deepEqual(
      [resumed.options.sinceTime, resumed.options.timestamps, resumed.options.tailLines, resumed.options.container],
      ['2025-03-10T12:00:02.700000000Z', true, undefined, 'app'],
    );
    // The server answers with every line of second 2 (sinceTime reaches the kubelet in whole seconds), then new ones.
    resumed.write(at(2, 500, 'b') + at(2, 500, 'c') + at(2, 700, 'd') + at(2, 900, 'e is a long line') + at(3, 0, 'f'));
    assert.deepEqual(session.ring.lines(), ['a', 'b', 'c', 'd', RECONNECTED, 'e is a long line', 'f']);
    assert.equal(session.state, 'following');
  });

  it('tells apart lines sharing the last timestamp: those already shown are skipped, a new one is shown', async () => {
    const { api, session, clock, stream } = await following({ timestamps: true });
    stream.write(at(5, 0, 'x') + at(5, 0, 'y'));
    await drop(stream);
    clock.fire();
    api.lastStream.write(at(5, 0, 'x') + at(5, 0, 'y') + at(5, 0, 'z'));
    assert.deepEqual(
      session.ring.lines(),
      [at(5, 0, 'x'), at(5, 0, 'y'), RECONNECTED, at(5, 0, 'z')].map((l) => l.trimEnd()),
      'the reader asked for timestamps, so they stay',
    );
  });

  it('waits longer after each failed attempt, and after five says so once and ends', async () => {
    const { api, session, clock, stream } = await following();
    stream.write(at(1, 0, 'serving'));
    await drop(stream, clusterError('unreachable', 'read ECONNRESET'));
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 5; attempt++) {
      waits.push(clock.fire());
      // Alternately refused at the door and closed at once; the last failure gives the reason.
      await drop(api.lastStream, attempt % 2 === 1 ? clusterError('server', 'etcdserver: request timed out') : undefined);
    }
    assert.deepEqual(waits, [500, 1000, 2000, 4000, 8000]);
    assert.equal(api.streams.length, 6);
    assert.deepEqual(session.ring.lines(), [
      'serving',
      '--- log stream of container app lost; cannot reconnect: etcdserver: request timed out ---',
    ]);
    assert.equal(session.state, 'ended');
    assert.equal(clock.pending, 0);
    assert.equal(api.lastWatch.stopped, true);
  });

  it('says reconnecting kept failing when the streams only closed, and resets the count once lines flow again', async () => {
    const { api, session, clock, stream } = await following({ reconnect: { maxAttempts: 2 } });
    stream.write(at(1, 0, 'one'));
    await drop(stream);
    clock.fire();
    await drop(api.lastStream);
    clock.fire();
    api.lastStream.write(at(1, 0, 'one') + at(2, 0, 'two'));
    await drop(api.lastStream);
    assert.equal(session.state, 'following', 'a stream that brought new lines worked: the count starts over');
    clock.fire();
    await drop(api.lastStream);
    clock.fire();
    await drop(api.lastStream);
    assert.deepEqual(session.ring.lines(), [
      'one',
      RECONNECTED,
      'two',
      '--- log stream of container app lost; reconnecting kept failing ---',
    ]);
    assert.equal(session.state, 'ended');
  });

  it('keeps resuming a quiet container whose stream an idle timeout cuts every minute', async () => {
    const { api, session, clock, stream } = await following();
    stream.write(at(1, 0, 'started'));
    clock.time += 60_000;
    await drop(stream);
    for (let i = 0; i < 8; i++) {
      assert.equal(clock.fire(), 500, 'a stream that stayed open worked, so the wait does not grow');
      api.lastStream.write(at(1, 0, 'started'));
      clock.time += 60_000;
      await drop(api.lastStream);
    }
    assert.equal(session.state, 'following');
    assert.deepEqual(session.ring.lines(), ['started'], 'nothing new yet, so no marker either');
    clock.fire();
    api.lastStream.write(at(1, 0, 'started') + at(2, 0, 'finally'));
    assert.deepEqual(session.ring.lines(), ['started', RECONNECTED, 'finally']);
  });

  it('ends at once with the reason when a reconnect is forbidden', async () => {
    const { api, session, clock, stream } = await following();
    stream.write(at(1, 0, 'serving'));
    await drop(stream);
    clock.fire();
    await drop(api.lastStream, clusterError('forbidden', 'pods "web" is forbidden: User "dev" cannot get resource "pods/log"'));
    assert.deepEqual(session.ring.lines(), [
      'serving',
      '--- log stream of container app lost; cannot reconnect: pods "web" is forbidden: User "dev" cannot get resource "pods/log" ---',
    ]);
    assert.equal(session.state, 'ended');
    assert.equal(clock.pending, 0);
  });

  it('takes a 404 on reconnect as the pod gone, with the usual deleted message', async () => {
    const { api, session, clock, stream } = await following();
    stream.write(at(1, 0, 'serving'));
    await drop(stream);
    clock.fire();
    await drop(api.lastStream, clusterError('not-found', 'pods "web" not found'));
    assert.deepEqual(session.ring.lines(), ['serving', '--- pod web deleted ---']);
    assert.equal(session.state, 'ended');
  });

  it('does not mark a gap when the stream ended because the run did: the restart marker alone, nothing twice', async () => {
    const { api, session, clock, stream } = await following();
    stream.write(at(1, 0, 'run 1') + at(1, 5, 'crash'));
    // The run exits before the kubelet reports it: the session tries to resume, and the server
    // replays the ended run's last second.
    await drop(stream);
    clock.fire();
    api.lastStream.write(at(1, 0, 'run 1') + at(1, 5, 'crash'));
    await drop(api.lastStream);
    assert.equal(clock.pending, 1);
    api.lastWatch.handler.onEvent(
      'MODIFIED',
      podObject('web', { status: running(1, 'containerd://run-1', { terminated: { exitCode: 2 } }) }),
    );
    assert.equal(clock.pending, 0, 'the pending reconnect was dropped');
    assert.equal(api.streams.length, 3);
    assert.equal(api.lastStream.options.sinceTime, undefined, 'the new run is read from its start');
    api.lastStream.write(at(3, 0, 'run 2'));
    assert.deepEqual(session.ring.lines(), ['run 1', 'crash', '--- container app restarted (exit code 2) ---', 'run 2']);
  });

  it('shows a held unfinished line as it is when the run ends instead of resuming', async () => {
    const { api, session, stream } = await following();
    stream.write(at(1, 0, 'working') + at(1, 9, 'last words without newline').trimEnd());
    await drop(stream);
    api.lastWatch.handler.onEvent(
      'MODIFIED',
      podObject('web', {
        status: {
          phase: 'Succeeded',
          containerStatuses: [
            { name: 'app', ready: false, restartCount: 0, containerID: 'containerd://run-0', state: { terminated: { exitCode: 0 } } },
          ],
        },
      }),
    );
    assert.deepEqual(session.ring.lines(), ['working', 'last words without newline', '--- pod web finished (Succeeded) ---']);
    assert.equal(session.state, 'ended');
    assert.equal(api.streams.length, 1);
  });
});
