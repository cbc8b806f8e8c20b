// Port-forward figures against the test API server (compiled by `npx tsc -b`), run in a process of
// its own as a real API server and kubelet are (in this process it would share one event loop with
// the forward it serves, and the figure would measure both ends on one core): a pod runs a small
// Node HTTP server; Podwright's forwarder (one WebSocket per local connection, as the extension
// uses it) carries a large download (MB/s, next to the same download straight from the pod's
// address) and small request round trips (p50/p95, on one kept-alive connection and on a new
// connection each, which includes the WebSocket upgrade), and 16 downloads at once (each on its own
// connection and WebSocket; all must finish). Then the same through a real
// `kubectl port-forward` (v1.34 from the npm layer), when the server lets kubectl forward: kubectl
// speaks SPDY (tunnelled in a WebSocket since 1.31), which the test server does not, and the run
// says so instead of printing a ratio. Not a test: nothing is asserted.
// Usage: node bench/portForward.mjs [--quick] (also run by bench/run.mjs).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Agent, get } from 'node:http';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { percentile } from './stats.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const out = join(root, 'out');
const require = createRequire(import.meta.url);
const POD = 'bench-payload';
const PORT = 8080;

// The pod's server: /bytes?n=N answers N bytes, anything else a two-byte body.
const SERVER = `
const http = require('http');
const block = Buffer.alloc(1 << 20, 120);
http.createServer((req, res) => {
  const url = new URL(req.url, 'http://pod');
  if (url.pathname !== '/bytes') { res.writeHead(200, { 'content-length': 2 }); res.end('ok'); return; }
  let left = Number(url.searchParams.get('n'));
  res.writeHead(200, { 'content-length': left });
  const pump = () => {
    while (left > 0) {
      const chunk = block.subarray(0, Math.min(left, block.length));
      left -= chunk.length;
      if (!res.write(chunk)) { res.once('drain', pump); return; }
    }
    res.end();
  };
  pump();
}).listen(${PORT}, process.env.PODWRIGHT_POD_IP);
`;

function request(host, port, path, agent) {
  return new Promise((resolve, reject) => {
    const req = get({ host, port, path, agent }, (res) => {
      let bytes = 0;
      res.on('data', (chunk) => (bytes += chunk.length));
      res.on('end', () => resolve(bytes));
      res.on('error', reject);
    });
    req.setTimeout(60_000, () => req.destroy(new Error(`no answer from ${host}:${port}${path} within 60 s`)));
    req.on('error', reject);
  });
}

async function throughput(host, port, megabytes, runs) {
  const rates = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const bytes = await request(host, port, `/bytes?n=${megabytes * 1024 * 1024}`, false);
    rates.push(bytes / 1024 / 1024 / ((performance.now() - t) / 1000));
  }
  return percentile(rates, 50);
}

async function latency(host, port, count, keepAlive) {
  const agent = keepAlive ? new Agent({ keepAlive: true, maxSockets: 1 }) : false;
  const times = [];
  for (let i = 0; i < count + 5; i++) {
    const t = performance.now();
    await request(host, port, '/ping', agent);
    if (i >= 5) times.push(performance.now() - t);
  }
  if (agent) agent.destroy();
  return { p50: percentile(times, 50), p95: percentile(times, 95), n: times.length };
}

const fmt = (s) => `p50 ${s.p50.toFixed(2)} ms, p95 ${s.p95.toFixed(2)} ms (n=${s.n})`;

async function waitFor(what, check, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`bench: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Starts the test API server in a child process (test/vscode/testCluster.mjs); resolves with its kubeconfig files. */
async function startServerProcess() {
  const dir = mkdtempSync(join(tmpdir(), 'podwright-bench-'));
  const envFile = join(dir, 'env.json');
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_PROF] : []),
      join(root, 'test', 'vscode', 'testCluster.mjs'),
      '--write-env',
      envFile,
      '--parent',
      String(process.pid),
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await waitFor('the test API server to start', () => existsSync(envFile) || child.exitCode !== null, 60_000);
  if (!existsSync(envFile)) throw new Error('bench: the test API server did not start');
  const env = JSON.parse(readFileSync(envFile, 'utf8'));
  return {
    kubeconfigPaths: env.KUBECONFIG.split(delimiter),
    async stop() {
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Starts `kubectl port-forward`; resolves when it says it forwards, or with what it said when it gave up. */
function startKubectl(kubectl, kubeconfig, localPort) {
  const child = spawn(kubectl, ['--kubeconfig', kubeconfig, 'port-forward', `pod/${POD}`, `${localPort}:${PORT}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ child, ok: false, output: `${output}(no "Forwarding from" within 20 s)` }), 20_000);
    const seen = (chunk) => {
      output += chunk.toString();
      if (/Forwarding from/.test(output)) {
        clearTimeout(timer);
        resolve({ child, ok: true, output });
      }
    };
    child.stdout.on('data', seen);
    child.stderr.on('data', seen);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ child, ok: false, output: `${output.trim()} (exit ${code})` });
    });
  });
}

export async function benchPortForward({ quick = false, log = (l) => console.log(`  ${l}`) } = {}) {
  const needed = [
    join(out, 'packages', 'kube-test-apiserver', 'src', 'index.js'),
    join(out, 'client', 'src', 'models', 'portForward', 'forward.js'),
  ];
  if (!needed.every((file) => existsSync(file))) {
    console.log('\nport-forward: skipped (run `npx tsc -b` first)');
    return;
  }
  const { ClusterSession } = require(join(out, 'client', 'src', 'cluster', 'index.js'));
  const { PortForward } = require(join(out, 'client', 'src', 'models', 'portForward', 'forward.js'));
  const { forwardClusterOf } = require(join(out, 'client', 'src', 'models', 'portForward', 'forwardCluster.js'));
  const { anyFreePort } = require(join(out, 'client', 'src', 'models', 'portForward', 'localPort.js'));
  const { kubectlPath } = require(join(out, 'test', 'cluster', 'kubectl.js'));
  console.log('\nport-forward (test API server in its own process, a Node HTTP server in the pod)');
  const cluster = await startServerProcess();
  const session = await ClusterSession.open({ paths: cluster.kubeconfigPaths, watch: false });
  let forward;
  let kubectlChild;
  try {
    const api = await session.api();
    await api.applyDocuments([
      {
        index: 0,
        object: {
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: { name: POD },
          spec: {
            containers: [
              {
                name: 'server',
                image: 'node:20',
                command: ['node', '-e', SERVER],
                ports: [{ containerPort: PORT }],
                readinessProbe: { tcpSocket: { port: PORT }, periodSeconds: 1 },
              },
            ],
          },
        },
      },
    ]);
    const pod = await waitFor(
      'the payload pod to be ready',
      async () => {
        const p = await api.get({ apiVersion: 'v1', kind: 'Pod', name: POD });
        return p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ? p : undefined;
      },
      30_000,
    );
    const podIp = pod.status.podIP;
    forward = new PortForward(
      { context: api.context, namespace: api.namespace, pod: POD, remotePort: PORT, localPort: await anyFreePort() },
      forwardClusterOf(api),
    );
    await forward.start();
    await waitFor('the forward to be active', () => forward.state === 'active', 10_000);
    const megabytes = quick ? 16 : 64;
    const runs = quick ? 2 : 3;
    const direct = await throughput(podIp, PORT, megabytes, runs);
    const ours = await throughput('127.0.0.1', forward.spec.localPort, megabytes, runs);
    log(
      `throughput, ${megabytes} MB download: ${ours.toFixed(0)} MB/s through Podwright's forward; ${direct.toFixed(0)} MB/s straight from the pod's address (p50 of ${runs}); forward/pod ${(ours / direct).toFixed(2)}×`,
    );
    const parallel = quick ? 8 : 16;
    const started = performance.now();
    const sizes = await Promise.all(
      Array.from({ length: parallel }, () => request('127.0.0.1', forward.spec.localPort, `/bytes?n=${4 * 1024 * 1024}`, false)),
    );
    const seconds = (performance.now() - started) / 1000;
    log(
      `${parallel} parallel 4 MB downloads through the forward: ${(sizes.reduce((a, b) => a + b, 0) / 1024 / 1024 / seconds).toFixed(0)} MB/s together, all ${sizes.every((n) => n === 4 * 1024 * 1024) ? 'complete' : 'NOT complete'} in ${seconds.toFixed(2)} s`,
    );
    const keep = await latency('127.0.0.1', forward.spec.localPort, quick ? 50 : 300, true);
    const fresh = await latency('127.0.0.1', forward.spec.localPort, quick ? 20 : 100, false);
    const bare = await latency(podIp, PORT, quick ? 50 : 300, true);
    log(`round trip of a small request, one kept-alive connection: ${fmt(keep)} (straight to the pod: ${fmt(bare)})`);
    log(`round trip on a new connection each (includes its WebSocket upgrade): ${fmt(fresh)}`);
    log(`forward counted ${(forward.stats.received / 1024 / 1024).toFixed(0)} MB received over ${forward.stats.total} connections`);

    let kubectl;
    try {
      kubectl = kubectlPath();
    } catch (error) {
      log(`kubectl port-forward: not measured (${error instanceof Error ? error.message : String(error)})`);
      return;
    }
    const kubectlRun = await startKubectl(kubectl, cluster.kubeconfigPaths[0], await anyFreePort());
    kubectlChild = kubectlRun.child;
    if (!kubectlRun.ok) {
      log('kubectl port-forward: not measured — kubectl 1.34 speaks SPDY for port-forward (tunnelled in a WebSocket with');
      log(
        `  subprotocol SPDY/3.1+portforward.k8s.io, else a plain SPDY upgrade); the test server speaks only WebSocket v4.channel.k8s.io. kubectl said: ${kubectlRun.output.replace(/\s+/g, ' ').trim()}`,
      );
      return;
    }
    const port = Number(/127\.0\.0\.1:(\d+)/.exec(kubectlRun.output)?.[1]);
    const theirs = await throughput('127.0.0.1', port, megabytes, runs);
    const theirKeep = await latency('127.0.0.1', port, quick ? 50 : 300, true);
    log(
      `kubectl port-forward: ${theirs.toFixed(0)} MB/s (Podwright/kubectl ${(ours / theirs).toFixed(2)}×); kept-alive round trip ${fmt(theirKeep)}`,
    );
  } finally {
    kubectlChild?.kill();
    await forward?.stop();
    session.dispose();
    await cluster.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await benchPortForward({ quick: process.argv.includes('--quick') });
}
