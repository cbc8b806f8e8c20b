// Pod explorer and log figures, measured in-process on the compiled models (out/, from `npx tsc -b`):
// - the tree model taking a list of 5,000 pods and producing every row (what VS Code asks for when a
//   namespace is expanded), and a burst of 1,000 watch events becoming one batch and its 1,000 rows;
// - log throughput: chunks of container output split into lines, prefixed and kept in the ring
//   (podwright.logs.maxLines = 10,000), in MB/s, with the heap before and after to show the bound,
//   and the cost of building the document text the editor reads once per frame.
// Not a test: nothing is asserted. Usage: node bench/explorerLogs.mjs [--quick] (also run by bench/run.mjs).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { percentile } from './stats.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const out = join(root, 'out', 'client', 'src');
const require = createRequire(import.meta.url);

v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
const heapMB = () => {
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

/** A clock whose frame timers run when the bench says so. */
class ManualClock {
  timers = [];
  now() {
    return Date.now();
  }
  setTimer(callback) {
    const timer = { callback, cancelled: false };
    this.timers.push(timer);
    return () => (timer.cancelled = true);
  }
  runAll() {
    const due = this.timers;
    this.timers = [];
    for (const timer of due) if (!timer.cancelled) timer.callback();
  }
}

function pod(i, resourceVersion, restarts = 0) {
  const name = `web-${String(i).padStart(5, '0')}`;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: 'bench',
      uid: `uid-${i}`,
      resourceVersion: String(resourceVersion),
      creationTimestamp: '2025-03-10T11:00:00Z',
      labels: { app: 'web', shard: String(i % 10) },
    },
    spec: {
      nodeName: 'node-1',
      containers: [
        { name: 'app', image: 'nginx:1.27' },
        { name: 'proxy', image: 'envoy:1.30' },
      ],
    },
    status: {
      phase: 'Running',
      podIP: `10.0.${i >> 8}.${i & 255}`,
      qosClass: 'BestEffort',
      conditions: [{ type: 'Ready', status: restarts > 0 ? 'False' : 'True' }],
      containerStatuses: [
        {
          name: 'app',
          ready: restarts === 0,
          restartCount: restarts,
          state: restarts > 0 ? { waiting: { reason: 'CrashLoopBackOff' } } : { running: { startedAt: '2025-03-10T11:00:05Z' } },
          lastState: restarts > 0 ? { terminated: { exitCode: 1, reason: 'Error', finishedAt: '2025-03-10T11:59:00Z' } } : {},
        },
        { name: 'proxy', ready: true, restartCount: 0, state: { running: { startedAt: '2025-03-10T11:00:05Z' } } },
      ],
    },
  };
}

function measure(runs, body) {
  const times = [];
  for (let i = 0; i < runs; i++) times.push(body(i));
  return { p50: percentile(times, 50), p95: percentile(times, 95), n: runs };
}

const fmt = (s) => `p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms (n=${s.n})`;

async function benchTree(runs, log) {
  const { PodStore } = require(join(out, 'explorer', 'podStore.js'));
  const { visiblePods } = require(join(out, 'explorer', 'podList.js'));
  const { podDescription, healthIcon } = require(join(out, 'explorer', 'podPresentation.js'));
  const { podRow } = require(join(out, 'present', 'podStatus.js'));
  const render = (p, now) => {
    const row = podRow(p, now);
    return [p.metadata.name, podDescription(row), healthIcon(row.health).icon];
  };
  const list = Array.from({ length: 5000 }, (_, i) => pod(i, 1));
  const burst = Array.from({ length: 1000 }, (_, i) => pod(i * 5, 2, 3));
  let batches = 0;
  const setup = () => {
    const clock = new ManualClock();
    let handler;
    const store = new PodStore(
      { watch: (_v, _k, h) => ((handler = h), Promise.resolve({ stop() {}, done: Promise.resolve() })) },
      'bench',
      { clock },
    );
    store.onChange(() => batches++);
    store.start();
    return { clock, store, handler: () => handler };
  };
  const expandTimes = [];
  const burstTimes = [];
  const ingestTimes = [];
  for (let r = 0; r < runs; r++) {
    const { clock, store, handler } = setup();
    await new Promise((resolve) => setImmediate(resolve));
    // Expanding the namespace: the list arrives, one frame later every row is drawn.
    let t = performance.now();
    handler().onList(list);
    clock.runAll();
    let now = Date.now();
    const rows = visiblePods(store.pods, undefined).map((p) => render(p, now));
    expandTimes.push(performance.now() - t);
    if (rows.length !== 5000) throw new Error('bench: rows missing');
    // A burst: 1,000 pods crash at once; the events form one batch and only their rows are redrawn.
    /** @type {Iterable<string>} */
    let changed = [];
    store.onChange((change) => (changed = change.names));
    t = performance.now();
    for (const p of burst) handler().onEvent('MODIFIED', p);
    const ingested = performance.now() - t;
    batches = 0;
    clock.runAll();
    now = Date.now();
    const redrawn = [...changed].map((name) => render(store.pods.get(name), now));
    burstTimes.push(performance.now() - t);
    ingestTimes.push(ingested);
    if (batches !== 1 || redrawn.length !== 1000) throw new Error(`bench: expected one batch of 1000, got ${batches} of ${redrawn.length}`);
    store.dispose();
  }
  const summary = (times) => ({ p50: percentile(times, 50), p95: percentile(times, 95), n: times.length });
  log(`tree model, 5,000 pods listed → all rows drawn: ${fmt(summary(expandTimes))}`);
  log(
    `tree model, burst of 1,000 events → 1 batch → 1,000 rows redrawn: ${fmt(summary(burstTimes))} (events into the store alone: p50 ${percentile(ingestTimes, 50).toFixed(1)} ms)`,
  );
}

async function benchLogs(megabytes, log) {
  const { LogSession } = require(join(out, 'logs', 'logSession.js'));
  /** @type {((text: string) => void)[] | undefined} */
  /** @type {((text: string) => void)[] | undefined} */
  let write;
  const api = {
    watch: (_v, _k, handler) => {
      handler.onList([
        {
          metadata: { name: 'talker', uid: 'u1' },
          status: {
            phase: 'Running',
            containerStatuses: [
              { name: 'app', restartCount: 0, ready: true, state: { running: {} } },
              { name: 'proxy', restartCount: 0, ready: true, state: { running: {} } },
            ],
          },
        },
      ]);
      return Promise.resolve({ stop() {}, done: Promise.resolve() });
    },
    followLogs: (_pod, onText) => {
      write ??= [];
      write.push(onText);
      return new Promise(() => undefined);
    },
    logs: () => Promise.resolve(''),
  };
  const line = (i) =>
    `2025-03-10T12:00:00.${String(i % 1000).padStart(3, '0')}Z INFO request id=${i} path=/api/v1/items status=200 bytes=5120 duration=12ms\n`;
  let chunk = '';
  for (let i = 0; chunk.length < 64 * 1024; i++) chunk += line(i);
  // Each piece is decoded afresh from bytes, cut mid-line, as the log stream delivers it.
  const bytesOfChunk = Buffer.from(chunk, 'utf8');
  const cut = 40_001;
  const session = new LogSession(
    api,
    { namespace: 'bench', pod: 'talker', containers: ['app', 'proxy'] },
    { follow: true, maxLines: 10_000 },
  );
  session.start();
  await new Promise((resolve) => setImmediate(resolve));
  if (!write || write.length !== 2) throw new Error('bench: the log session did not attach to both containers');
  const before = heapMB();
  const total = megabytes * 1024 * 1024;
  let bytes = 0;
  const t = performance.now();
  for (let k = 0; bytes < total; k++) {
    const emit = write[k % 2];
    emit(bytesOfChunk.toString('utf8', 0, cut));
    emit(bytesOfChunk.toString('utf8', cut));
    bytes += bytesOfChunk.length;
  }
  const seconds = (performance.now() - t) / 1000;
  const after = heapMB();
  const textTimes = measure(20, () => {
    const s = performance.now();
    const text = session.ring.text();
    if (text.length === 0) throw new Error('bench: empty log');
    return performance.now() - s;
  });
  log(
    `log throughput into the ring: ${(bytes / 1024 / 1024 / seconds).toFixed(0)} MB/s (${(bytes / 1024 / 1024).toFixed(0)} MB, two containers interleaved with prefixes)`,
  );
  log(
    `log memory: ring holds ${session.ring.length} lines (limit 10,000, ${session.ring.dropped} dropped); heap ${before.toFixed(0)} MB before → ${after.toFixed(0)} MB after`,
  );
  log(`log document text for 10,000 lines (once per 100 ms frame): ${fmt(textTimes)}`);
  session.dispose();
}

export async function benchExplorerAndLogs({ quick = false, log = (l) => console.log(`  ${l}`) } = {}) {
  if (!existsSync(join(out, 'explorer', 'podStore.js'))) {
    console.log('\npod explorer and logs: skipped (run `npx tsc -b` first)');
    return;
  }
  console.log('\npod explorer and logs (in-process models)');
  await benchTree(quick ? 3 : 10, log);
  await benchLogs(quick ? 64 : 512, log);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await benchExplorerAndLogs({ quick: process.argv.includes('--quick') });
}
