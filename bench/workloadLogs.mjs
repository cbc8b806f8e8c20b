// Workload logs throughput: 20 pods of one Deployment in the test API server, each writing the
// same amount of 100-byte lines as fast as it can from one moment on, followed by one
// WorkloadLogSession (a follow per pod, merged by timestamp into the ring). The figure is the
// aggregated MB/s from that moment until the last pod's last line is in the ring; target ≥ 20 MB/s.
// Not a test: nothing is asserted. Usage: node bench/workloadLogs.mjs [--quick] (also run by bench/run.mjs).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const out = join(root, 'out');
const require = createRequire(import.meta.url);
const TARGET_MBS = 20;
const PODS = 20;

// Waits for GO_AT (epoch ms), writes LINES lines of 100 bytes (99 + newline), then idles.
const WRITER = `
const lines = Number(process.env.LINES), goAt = Number(process.env.GO_AT), pod = process.env.POD_NAME || 'pod';
const body = 'x'.repeat(99 - 12 - pod.length);
const burst = [];
function write(i) {
  while (i < lines) {
    burst.length = 0;
    for (let j = 0; j < 512 && i < lines; j++, i++) burst.push(pod + ' ' + String(i).padStart(10, '0') + ' ' + body);
    if (!process.stdout.write(burst.join('\\n') + '\\n')) return process.stdout.once('drain', () => write(i));
  }
  process.stdout.write('DONE ' + pod + '\\n');
}
setTimeout(() => write(0), Math.max(0, goAt - Date.now()));
setInterval(() => {}, 1 << 30);
`;

async function waitFor(what, check, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function benchWorkloadLogs({ quick = false, log = (l) => console.log(`  ${l}`) } = {}) {
  const needed = [
    join(out, 'packages', 'kube-test-apiserver', 'src', 'index.js'),
    join(out, 'client', 'src', 'models', 'logs', 'workloadLogSession.js'),
  ];
  if (!needed.every((file) => existsSync(file))) {
    console.log('\nworkload logs: skipped (run `npx tsc -b` first)');
    return;
  }
  const { TestCluster } = require(needed[0]);
  const { ClusterSession } = require(join(out, 'client', 'src', 'cluster', 'index.js'));
  const { WorkloadLogSession } = require(needed[1]);
  console.log(`\nworkload logs (${PODS} pods in the test API server, one merged follow)`);
  const cluster = await TestCluster.start();
  const session = await ClusterSession.open({ paths: [cluster.kubeconfigPath], watch: false });
  let logs;
  try {
    const api = await session.api();
    const megabytesPerPod = quick ? 0.5 : 2;
    const lines = Math.round((megabytesPerPod * 1024 * 1024) / 100);
    const goAt = Date.now() + 90_000;
    await api.applyDocuments([
      {
        index: 0,
        object: {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          metadata: { name: 'chatty' },
          spec: {
            replicas: PODS,
            selector: { matchLabels: { app: 'chatty' } },
            template: {
              metadata: { labels: { app: 'chatty' } },
              spec: {
                containers: [
                  {
                    name: 'main',
                    image: 'node:20',
                    command: ['node', '-e', WRITER],
                    env: [
                      { name: 'LINES', value: String(lines) },
                      { name: 'GO_AT', value: String(goAt) },
                      { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
                    ],
                  },
                ],
              },
            },
          },
        },
      },
    ]);
    await waitFor(
      '20 running pods',
      async () => {
        const pods = await api.list('v1', 'Pod', { labelSelector: 'app=chatty' });
        return pods.length === PODS && pods.every((p) => p.status?.containerStatuses?.[0]?.state?.running);
      },
      85_000,
    );
    logs = new WorkloadLogSession(api, { namespace: api.namespace, selector: 'app=chatty' }, { maxLines: 10_000, tailLines: 10 });
    let received = 0;
    let done = 0;
    let finished;
    const allDone = new Promise((resolve) => (finished = resolve));
    // Every line on its way into the ring (which keeps only its last 10,000) is counted here.
    const push = logs.ring.push.bind(logs.ring);
    logs.ring.push = (line) => {
      received += line.length + 1;
      if (line.includes('] DONE ')) done++;
      if (done >= PODS) finished();
      push(line);
    };
    logs.start();
    const wait = goAt - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const started = Date.now();
    received = 0;
    const progress = setInterval(
      () => process.stderr.write(`  … ${(received / 1024 / 1024).toFixed(1)} MB, ${done}/${PODS} pods done\n`),
      10_000,
    );
    await Promise.race([allDone, new Promise((resolve) => setTimeout(resolve, quick ? 120_000 : 600_000))]);
    clearInterval(progress);
    const seconds = (Date.now() - started) / 1000;
    const megabytes = received / 1024 / 1024;
    const rate = megabytes / seconds;
    log(
      `${PODS} pods × ${megabytesPerPod} MB merged into one log: ${rate.toFixed(1)} MB/s aggregated (${megabytes.toFixed(0)} MB in ${seconds.toFixed(1)} s, ${done}/${PODS} pods finished); target ≥ ${TARGET_MBS} MB/s: ${rate >= TARGET_MBS ? 'met' : 'MISSED'}`,
    );
  } finally {
    logs?.dispose();
    session.dispose();
    await cluster.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await benchWorkloadLogs({ quick: process.argv.includes('--quick') });
}
