import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticScheduler, MAX_WAIT_MS } from '../../server/src/diagnosticScheduler';

/** One turn of the event loop (the scheduler looks at the queue once per turn). */
const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

async function turns(count: number): Promise<void> {
  for (let i = 0; i < count; i++) await turn();
}

describe('diagnostic scheduler', () => {
  it('has no fixed delay: with nothing else to handle, a change is validated within a couple of event loop turns', async () => {
    const runs: string[] = [];
    const scheduler = new DiagnosticScheduler((uri) => runs.push(uri));
    const started = performance.now();
    scheduler.schedule('file:///a.yaml');
    assert.deepEqual(runs, [], 'not validated inside the change handler itself');
    await turns(2);
    assert.deepEqual(runs, ['file:///a.yaml']);
    assert.ok(performance.now() - started < 100, 'no debounce timer');
  });

  it('a burst of schedules for one document runs validation once; other documents run on their own', async () => {
    const runs: string[] = [];
    let settle: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (settle = resolve));
    const scheduler = new DiagnosticScheduler((uri) => {
      runs.push(uri);
      if (runs.length === 2) settle();
    });
    for (let i = 0; i < 5; i++) scheduler.schedule('file:///a.yaml');
    scheduler.schedule('file:///b.yaml');
    await done;
    await turns(3);
    assert.deepEqual(runs.sort(), ['file:///a.yaml', 'file:///b.yaml']);
  });

  it('waits while received messages are still waiting to be handled, then validates once, after the last change', async () => {
    const runs: number[] = [];
    const queue = { waiting: 4 };
    let version = 1;
    const scheduler = new DiagnosticScheduler(() => runs.push(version), queue);
    scheduler.schedule('file:///a.yaml');
    // The queued changes are handled one per turn, each marking the document again.
    while (queue.waiting > 0) {
      await turn();
      assert.deepEqual(runs, [], `validated with ${queue.waiting} messages still waiting`);
      queue.waiting--;
      version++;
      scheduler.schedule('file:///a.yaml');
    }
    await turns(2);
    assert.deepEqual(runs, [5], 'one validation, of the newest version');
  });

  it('validates one document per turn, and lets messages that arrived meanwhile be handled before the next', async () => {
    const runs: string[] = [];
    const queue = { waiting: 0 };
    const scheduler = new DiagnosticScheduler((uri) => {
      runs.push(uri);
      // A message arrives while the first document is validated.
      if (uri === 'file:///a.yaml') queue.waiting = 1;
    }, queue);
    scheduler.schedule('file:///a.yaml');
    scheduler.schedule('file:///b.yaml');
    await turns(4);
    assert.deepEqual(runs, ['file:///a.yaml']);
    assert.deepEqual(scheduler.pending, ['file:///b.yaml']);
    queue.waiting = 0;
    await turns(2);
    assert.deepEqual(runs, ['file:///a.yaml', 'file:///b.yaml']);
  });

  it('a cancelled document (closed) is not validated', async () => {
    const runs: string[] = [];
    const scheduler = new DiagnosticScheduler((uri) => runs.push(uri));
    scheduler.schedule('file:///closed.yaml');
    scheduler.schedule('file:///open.yaml');
    scheduler.cancel('file:///closed.yaml');
    await turns(4);
    assert.deepEqual(runs, ['file:///open.yaml']);
  });

  it(`a queue that never drains still gets diagnostics after ${MAX_WAIT_MS} ms`, async () => {
    const runs: string[] = [];
    let clock = 0;
    const scheduler = new DiagnosticScheduler(
      (uri) => runs.push(uri),
      { waiting: 1 },
      MAX_WAIT_MS,
      () => clock,
    );
    scheduler.schedule('file:///a.yaml');
    await turns(3);
    clock = MAX_WAIT_MS - 1;
    await turns(3);
    assert.deepEqual(runs, []);
    clock = MAX_WAIT_MS;
    await turns(2);
    assert.deepEqual(runs, ['file:///a.yaml']);
  });

  it('a failing validation is contained: later schedules still run', async () => {
    const runs: string[] = [];
    let settle: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (settle = resolve));
    const originalError = console.error;
    console.error = () => undefined;
    try {
      const scheduler = new DiagnosticScheduler((uri) => {
        runs.push(uri);
        if (uri === 'file:///bad.yaml') throw new Error('rule bug');
        settle();
      });
      scheduler.schedule('file:///bad.yaml');
      scheduler.schedule('file:///good.yaml');
      await done;
    } finally {
      console.error = originalError;
    }
    assert.deepEqual(runs, ['file:///bad.yaml', 'file:///good.yaml']);
  });
});
