// `npm run bench`: measures the bundled Podwright server (dist/server.js over stdio) on a generated
// 500-document manifest, then yaml-language-server with a strict Kubernetes 1.36 schema on the same
// file in the same run, and prints p50/p95, peak RSS, targets and ratios. Not a test: nothing here
// is asserted. Every wait is bounded and a watchdog ends the run if anything still hangs.
// Then the pod explorer's tree model and log sessions in-process (bench/explorerLogs.mjs).
// Then port-forward throughput and latency against the test API server (bench/portForward.mjs).
// Then definition and references latency in a generated 2,000-file workspace (bench/navigation.mjs).
// Then the extension bundle's load time at activation (bench/activation.mjs).
// Usage: node bench/run.mjs [--no-peer] [--quick]   (env PODWRIGHT_BENCH_SERVER=path/to/server.js)
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { writeManifest } from './generate.mjs';
import { writeStrictKubernetesSchema } from './k8sSchema.mjs';
import { LspSession } from './lspSession.mjs';
import { benchExplorerAndLogs } from './explorerLogs.mjs';
import { benchPortForward } from './portForward.mjs';
import { benchNavigation } from './navigation.mjs';
import { benchActivation } from './activation.mjs';
import { measureServer } from './measure.mjs';
import { formatTable, percentile } from './stats.mjs';

const WATCHDOG_MS = 20 * 60_000;
const root = dirname(dirname(fileURLToPath(import.meta.url)));
const generated = join(root, 'bench', '.generated');
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const log = (line) => console.log(`  ${line}`);

const watchdog = setTimeout(() => {
  console.error(`bench: still running after ${WATCHDOG_MS / 60_000} min; ending the servers and giving up`);
  LspSession.killAll();
  process.exit(2);
}, WATCHDOG_MS);
watchdog.unref();

// PODWRIGHT_BENCH_SERVER measures another build of the server (e.g. to compare a change); model.json must sit next to it.
const serverScript = process.env.PODWRIGHT_BENCH_SERVER ?? join(root, 'dist', 'server.js');
if (!existsSync(serverScript)) {
  console.error('bench: dist/server.js is missing; run `npm run build` first');
  process.exit(1);
}

// 1. The manifest, and what the `yaml` parser alone needs for it (the floor for open → diagnostics).
mkdirSync(generated, { recursive: true });
const manifestFile = join(generated, 'manifest.yaml');
const text = writeManifest(manifestFile, 500, 28_000);
const manifest = { uri: pathToFileURL(manifestFile).href, text };
const documents = (text.match(/^---$/gm)?.length ?? 0) + 1;
const parseTimes = [];
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  parseAllDocuments(text);
  parseTimes.push(performance.now() - t);
}
console.log(`Podwright bench: ${documents} documents, ${text.split('\n').length} lines, ${(text.length / 1024).toFixed(0)} KB (${manifestFile})`);
console.log(`  yaml parseAllDocuments of the whole file in this process: p50 ${Math.round(percentile(parseTimes, 50))} ms (n=3)`);

const ours = {
  name: 'podwright',
  start: {
    script: serverScript,
    // Validation has no fixed delay (it runs once the incoming queue is empty), so edit →
    // diagnostics measures validation work.
    env: { ...process.env },
    capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } }, hover: { contentFormat: ['markdown'] } } },
    initializationOptions: { settings: {} },
  },
};
const plan = quick
  ? { starts: 2, opens: 2, completions: 60, hovers: 60, edits: 10, warmup: 5, budgetMs: 60_000, timeoutMs: 60_000 }
  : { starts: 5, opens: 5, completions: 300, hovers: 300, edits: 50, warmup: 10, budgetMs: 120_000, timeoutMs: 60_000 };
const results = {};
const notes = [];
console.log(`\nmeasuring podwright (${serverScript} --stdio)`);
const podwright = await measureServer(ours, manifest, plan, log);
results.podwright = podwright.result;
notes.push(`podwright: ${podwright.notes.join('; ')}`);

// 2. The peer: yaml-language-server with a strict schema made offline from the pinned definitions.
const peerBin = join(root, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
const openapi = [process.env.PODWRIGHT_OPENAPI_DIR, join(root, '..', 'shared', 'data', 'kubernetes-openapi')]
  .filter(Boolean)
  .map((dir) => join(dir, 'v1.36.0.json'))
  .find((file) => existsSync(file));
let peerName = 'yaml-language-server';
if (args.has('--no-peer')) {
  console.log('\npeer skipped (--no-peer)');
} else if (!existsSync(peerBin) || !openapi) {
  console.log(`\npeer skipped: ${!existsSync(peerBin) ? 'yaml-language-server is not installed' : 'kubernetes-openapi v1.36.0.json not found'}`);
} else {
  const schemaFile = join(generated, 'kubernetes-1.36-strict.json');
  const kinds = writeStrictKubernetesSchema(openapi, schemaFile);
  const yamlSettings = {
    validate: true,
    hover: true,
    completion: true,
    format: { enable: false },
    // An absolute pattern: the server's `**/*.yaml` would skip the dot directory .generated/.
    schemas: { [pathToFileURL(schemaFile).href]: join(generated, '*.yaml') },
    // Offline: no schema store catalogue, no CRD store.
    schemaStore: { enable: false },
    kubernetesCRDStore: { enable: false },
  };
  const sections = { yaml: yamlSettings, http: { proxy: '', proxyStrictSSL: false }, '[yaml]': {}, editor: {} };
  const peer = {
    name: 'yaml-language-server',
    start: {
      script: peerBin,
      capabilities: {
        workspace: { configuration: true },
        textDocument: { completion: { completionItem: { snippetSupport: true } }, hover: { contentFormat: ['markdown'] } },
      },
      configuration: (section) => sections[section] ?? null,
      // Asking for schema-selection support makes the server say when its settings are applied.
      beforeInitialized: async (session) => {
        session.settingsApplied = session.nextNotification('yaml/schema/store/initialized');
        await session.notify('yaml/supportSchemaSelection');
      },
    },
    ready: (session) => session.settingsApplied,
  };
  const peerPlan = quick
    ? { starts: 1, opens: 1, completions: 10, hovers: 10, edits: 2, warmup: 1, budgetMs: 60_000, timeoutMs: 120_000 }
    : { starts: 3, opens: 2, completions: 40, hovers: 40, edits: 5, warmup: 2, budgetMs: 90_000, timeoutMs: 120_000 };
  peerName = 'yaml-language-server 2.0.0';
  console.log(`\nmeasuring ${peerName} (strict schema of ${kinds} kinds from Kubernetes 1.36 definitions, offline)`);
  try {
    const measured = await measureServer(peer, manifest, peerPlan, log);
    results.peer = measured.result;
    notes.push(`${peerName}: ${measured.notes.join('; ')}; its validation delay is a fixed 200 ms (included in its open/edit figures)`);
  } catch (error) {
    console.log(`  peer failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const rows = [
  { label: 'server start (spawn → initialize)', key: 'start', unit: 'ms' },
  { label: 'open → first diagnostics', key: 'open', unit: 'ms', target: 700 },
  { label: 'one edit → diagnostics', key: 'edit', unit: 'ms', target: 30 },
  { label: 'completion', key: 'completion', unit: 'ms', target: 10 },
  { label: 'hover', key: 'hover', unit: 'ms', target: 10 },
  { label: 'peak RSS (VmHWM)', key: 'rss', unit: 'MB', target: 200 },
];
console.log(`\n${formatTable(rows, results, peerName)}\n`);
for (const note of notes) console.log(`note: ${note}`);
LspSession.killAll();

// 3. The pod explorer's tree model and log sessions, in this process (compiled by `npx tsc -b`).
await benchExplorerAndLogs({ quick, log });

// 4. Port-forward throughput and latency through the test API server, and kubectl where it can.
await benchPortForward({ quick, log });

// 5. Navigation (definition, references) with a workspace index of 2,000 files.
await benchNavigation({ quick, log, serverScript });
LspSession.killAll();

// 6. What loading the extension bundle costs at activation (the Kubernetes client is not in it).
if (existsSync(join(root, 'dist', 'extension.js'))) benchActivation({ quick, log });
