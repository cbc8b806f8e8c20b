// `npm run bench`: measures the bundled Podwright server (dist/server.js over stdio) and, side by side
// in the same run, yaml-language-server with a strict Kubernetes 1.36 schema, on generated manifests:
//   1. Pods and Deployments (500 documents, ~28,000 lines; the bench's file from the start);
//   2. a mixed file: each Deployment followed by its Service and ConfigMap (~34,000 lines);
// printing p50/p95, peak RSS, targets and ratios. Then which model chunks the server reads for a
// file of Pods only and for the others (dist/model.json alone, or model-kinds.json too), the
// background index of a 2,000-file workspace, `podwright check` on 10,000 resources in one thread
// and in all, and the size of the vsix when one was built. Not a test: nothing is asserted. Every
// wait is bounded and a watchdog ends the run if anything still hangs.
// Then the pod explorer's tree model and log sessions in-process (bench/explorerLogs.mjs).
// Then port-forward throughput and latency against the test API server (bench/portForward.mjs),
// and workload logs from 20 pods merged into one (bench/workloadLogs.mjs).
// Then definition and references latency in a generated 2,000-file workspace (bench/navigation.mjs).
// Then the extension bundle's load time at activation (bench/activation.mjs).
// Then activation in the real extension host (bench/hostActivation.mjs; --no-host skips it).
// Usage: node bench/run.mjs [--no-peer] [--no-host] [--quick]   (env PODWRIGHT_BENCH_SERVER=path/to/server.js)
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { generateManifest, generateMixedManifest, generatePodsManifest, writeManifest, writeText, writeWorkspace } from './generate.mjs';
import { writeStrictKubernetesSchema } from './k8sSchema.mjs';
import { vendoredFiles } from '../scripts/vendored.mjs';
import { LspSession } from './lspSession.mjs';
import { benchExplorerAndLogs } from './explorerLogs.mjs';
import { benchPortForward } from './portForward.mjs';
import { benchWorkloadLogs } from './workloadLogs.mjs';
import { benchNavigation } from './navigation.mjs';
import { benchActivation } from './activation.mjs';
import { benchHostActivation } from './hostActivation.mjs';
import { measureServer, positionsOf } from './measure.mjs';
import { formatTable, percentile } from './stats.mjs';
import { benchWorkspaceIndex } from './workspaceIndex.mjs';
import { benchCheck } from './checkRun.mjs';

const WATCHDOG_MS = 45 * 60_000;
const root = dirname(dirname(fileURLToPath(import.meta.url)));
const generated = join(root, 'bench', '.generated');
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const log = (line) => console.log(`  ${line}`);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

const watchdog = setTimeout(() => {
  console.error(`bench: still running after ${WATCHDOG_MS / 60_000} min; ending the servers and giving up`);
  LspSession.killAll();
  process.exit(2);
}, WATCHDOG_MS);
watchdog.unref();

// PODWRIGHT_BENCH_SERVER measures another build of the server (e.g. to compare a change); model.json must sit next to it.
const serverScript = process.env.PODWRIGHT_BENCH_SERVER ?? join(root, 'dist', 'server.js');
const cliScript = join(dirname(serverScript), 'cli.js');
if (!existsSync(serverScript)) {
  console.error('bench: dist/server.js is missing; run `npm run build` first');
  process.exit(1);
}
const probe = join(root, 'bench', 'probe.cjs');
const benchStarted = performance.now();

/** A fixed amount of CPU work, timed: on a busy machine every figure below grows by about the same factor. */
function calibrate() {
  const times = [];
  for (let run = 0; run < 3; run++) {
    const t = performance.now();
    let x = 0;
    for (let i = 0; i < 50_000_000; i++) x = (x + i * 7) % 1_000_003;
    if (x < 0) console.log(x);
    times.push(performance.now() - t);
  }
  return percentile(times, 50);
}
console.log(
  `Podwright bench${quick ? ' (--quick)' : ''}: ${availableParallelism()} cores, load ${load()} (1, 5, 15 min); calibration loop p50 ${Math.round(calibrate())} ms`,
);

// The inputs, and what the `yaml` parser alone needs for each file (the floor for open → diagnostics).
mkdirSync(generated, { recursive: true });
function editorFile(name, text, label) {
  const file = join(generated, name);
  writeText(file, text);
  const documents = (text.match(/^---$/gm)?.length ?? 0) + 1;
  const parseTimes = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    parseAllDocuments(text);
    parseTimes.push(performance.now() - t);
  }
  const lines = text.split('\n').length;
  console.log(
    `  ${label}: ${documents} documents, ${lines} lines, ${(text.length / 1024).toFixed(0)} KB (${relative(root, file)}); yaml parseAllDocuments in this process p50 ${Math.round(percentile(parseTimes, 50))} ms`,
  );
  return { uri: pathToFileURL(file).href, text, label, documents, lines };
}
const podsAndDeployments = editorFile('manifest.yaml', generateManifest(500, 28_000), 'Pods and Deployments');
const mixed = editorFile('mixed.yaml', generateMixedManifest(), 'Deployments with their Services and ConfigMaps');
const podsOnly = editorFile('pods.yaml', generatePodsManifest(), 'Pods only');

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

// The peer: yaml-language-server with a strict schema made offline from the pinned definitions.
const peerBin = join(root, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
// The definitions vendored in the repository, or those in PODWRIGHT_OPENAPI_DIR when set.
const openapiDir = process.env.PODWRIGHT_OPENAPI_DIR;
const openapi = openapiDir
  ? existsSync(join(openapiDir, 'v1.36.0.json'))
    ? readFileSync(join(openapiDir, 'v1.36.0.json'), 'utf8')
    : undefined
  : vendoredFiles('kubernetes-openapi')['v1.36.0.json'];
let peer;
let peerName = 'yaml-language-server';
if (args.has('--no-peer')) {
  console.log('\npeer skipped (--no-peer)');
} else if (!existsSync(peerBin) || !openapi) {
  console.log(
    `\npeer skipped: ${!existsSync(peerBin) ? 'yaml-language-server is not installed' : 'kubernetes-openapi v1.36.0.json not found'}`,
  );
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
  peerName = 'yaml-language-server 2.0.0';
  peer = {
    name: 'yaml-language-server',
    kinds,
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
    plan: quick
      ? { starts: 1, opens: 1, completions: 10, hovers: 10, edits: 2, warmup: 1, budgetMs: 60_000, timeoutMs: 120_000 }
      : { starts: 3, opens: 2, completions: 40, hovers: 40, edits: 5, warmup: 2, budgetMs: 90_000, timeoutMs: 120_000 },
  };
}

const rows = [
  { label: 'server start (spawn → initialize)', key: 'start', unit: 'ms' },
  { label: 'open → first diagnostics', key: 'open', unit: 'ms', target: 700 },
  { label: 'one edit → diagnostics', key: 'edit', unit: 'ms', target: 30 },
  { label: 'completion', key: 'completion', unit: 'ms', target: 10 },
  { label: 'hover', key: 'hover', unit: 'ms', target: 10 },
  { label: 'peak RSS (VmHWM)', key: 'rss', unit: 'MB', target: 200 },
];

/** One editor file: podwright, then the peer, then the table. */
async function editorSection(number, manifest) {
  console.log(`\n${number}. ${manifest.label} (${manifest.documents} documents, ${manifest.lines} lines); load ${load()}`);
  const results = {};
  const notes = [];
  console.log(`measuring podwright (${relative(root, serverScript)} --stdio, PODWRIGHT_DIAGNOSTIC_DELAY_MS=0)`);
  const measured = await measureServer(ours, manifest, plan, log);
  results.podwright = measured.result;
  notes.push(`podwright: ${measured.notes.join('; ')}`);
  if (peer) {
    console.log(`measuring ${peerName} (strict schema of ${peer.kinds} kinds from Kubernetes 1.36 definitions, offline)`);
    try {
      const other = await measureServer(peer, manifest, peer.plan, log);
      results.peer = other.result;
      notes.push(`${peerName}: ${other.notes.join('; ')}; its validation delay is a fixed 200 ms (included in its open/edit figures)`);
    } catch (error) {
      console.log(`  peer failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  console.log(`\n${formatTable(rows, results, peerName)}\n`);
  for (const note of notes) console.log(`note: ${note}`);
  LspSession.killAll();
}

await editorSection(1, podsAndDeployments);
await editorSection(2, mixed);

// 3. Which model chunks a file makes the server read: open → diagnostics, then a few hovers and
// completions over the file, as an editor would; and the peak RSS of that session.
console.log(
  `\n3. model chunks read by the server (dist/model.json: the pod-bearing kinds; dist/model-kinds.json: every other kind); load ${load()}`,
);
for (const manifest of [podsOnly, podsAndDeployments, mixed]) {
  const { session } = await LspSession.start({ ...ours.start, execArgv: ['--require', probe], timeoutMs: 60_000 });
  try {
    const published = session.nextDiagnostics(manifest.uri);
    await session.open(manifest.uri, manifest.text);
    await published;
    const { keys } = positionsOf(manifest.text);
    for (let i = 0; i < 10; i++) {
      const key = keys[Math.floor((i * keys.length) / 10)];
      const at = (character) => ({ textDocument: { uri: manifest.uri }, position: { line: key.line, character } });
      await session.request('textDocument/hover', at(Math.floor((key.start + key.end) / 2)));
      await session.request('textDocument/completion', at(key.end));
    }
    const files = session.modelFilesRead();
    const only = files.length === 1 && files[0] === 'model.json';
    log(
      `${manifest.label}: read ${files.join(' + ') || 'no model file'}${only ? ' (the base chunk only)' : ''}; peak RSS ${session.peakRssMb()?.toFixed(0) ?? '—'} MB`,
    );
  } finally {
    await session.stop();
  }
}

// 4. The background index of a workspace of small files, and a file opened while it is built.
const workspaceDir = join(generated, 'workspace');
const workspace = writeWorkspace(workspaceDir, 2000);
await benchWorkspaceIndex({
  start: ours.start,
  folder: workspaceDir,
  files: workspace.files,
  lines: workspace.lines,
  openFile: workspace.sample,
  quick,
  targetMs: 3000,
  log,
});
LspSession.killAll();

// 5. `podwright check` on 10,000 resources: 20 files of 500 documents (the generator of section 1,
// one seed and one name prefix per file, so the files define distinct objects).
const checkDir = join(generated, 'check');
rmSync(checkDir, { recursive: true, force: true });
let checkLines = 0;
for (let i = 0; i < 20; i++) {
  const part = String(i).padStart(2, '0');
  checkLines += writeManifest(join(checkDir, `part-${part}.yaml`), 500, 1000 + i, `f${part}-`).split('\n').length;
}
benchCheck({
  cli: cliScript,
  dir: relative(process.cwd(), checkDir) || '.',
  files: 20,
  resources: 10_000,
  lines: checkLines,
  quick,
  targetMs: 4000,
  log,
});

// 6. The package, when one was built (`npm run package` writes podwright-<version>.vsix).
const vsix = readdirSync(root).filter((name) => /^podwright-.*\.vsix$/.test(name));
if (vsix.length === 0) {
  console.log('\nvsix: none built (`npm run package`); target ≤ 10 MB');
} else {
  for (const name of vsix) {
    const bytes = statSync(join(root, name)).size;
    console.log(`\nvsix: ${name} ${(bytes / 1024 / 1024).toFixed(2)} MB; target ≤ 10 MB: ${bytes <= 10 * 1024 * 1024 ? 'met' : 'MISSED'}`);
  }
}
console.log(`\nserver and CLI sections took ${((performance.now() - benchStarted) / 1000).toFixed(0)} s; load ${load()}`);

// 7. The pod explorer's tree model and log sessions, in this process (compiled by `npx tsc -b`).
await benchExplorerAndLogs({ quick, log });

// 8. Port-forward throughput and latency through the test API server, and kubectl where it can.
await benchPortForward({ quick, log });

// 8b. Workload logs: 20 pods' output merged into one log through the test API server.
await benchWorkloadLogs({ quick, log });

// 9. Navigation (definition, references) with a workspace index of 2,000 files.
await benchNavigation({ quick, log, serverScript });
LspSession.killAll();

// 10. What loading the extension bundle costs at activation (the Kubernetes client is not in it).
if (existsSync(join(root, 'dist', 'extension.js'))) benchActivation({ quick, log });
if (!args.has('--no-host')) benchHostActivation({ quick, log });
