import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticScheduler, diagnosticDelayFromEnvironment } from '../../server/src/diagnosticScheduler';

describe('diagnostic scheduler', () => {
  it('debounces 150 ms by default; PODWRIGHT_DIAGNOSTIC_DELAY_MS overrides it; nonsense is ignored', () => {
    assert.equal(diagnosticDelayFromEnvironment({}), 150);
    assert.equal(diagnosticDelayFromEnvironment({ PODWRIGHT_DIAGNOSTIC_DELAY_MS: '0' }), 0);
    assert.equal(diagnosticDelayFromEnvironment({ PODWRIGHT_DIAGNOSTIC_DELAY_MS: '40' }), 40);
    assert.equal(diagnosticDelayFromEnvironment({ PODWRIGHT_DIAGNOSTIC_DELAY_MS: 'soon' }), 150);
    assert.equal(diagnosticDelayFromEnvironment({ PODWRIGHT_DIAGNOSTIC_DELAY_MS: '-5' }), 150);
  });

  it('a burst of schedules for one document runs validation once; other documents run on their own', async () => {
    const runs: string[] = [];
    let settle: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (settle = resolve));
    const scheduler = new DiagnosticScheduler((uri) => {
      runs.push(uri);
      if (runs.length === 2) settle();
    }, 0);
    for (let i = 0; i < 5; i++) scheduler.schedule('file:///a.yaml');
    scheduler.schedule('file:///b.yaml');
    await done;
    assert.deepEqual(runs.sort(), ['file:///a.yaml', 'file:///b.yaml']);
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
      }, 0);
      scheduler.schedule('file:///bad.yaml');
      scheduler.schedule('file:///good.yaml');
      await done;
    } finally {
      console.error = originalError;
    }
    assert.deepEqual(runs, ['file:///bad.yaml', 'file:///good.yaml']);
  });
});
