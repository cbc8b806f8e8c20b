// Navigation latency in a large workspace: 2,000 generated manifest files (1,000 apps, each a
// Deployment and its Service, and 1,000 files of ConfigMaps and Secrets; every app also reads one
// shared ConfigMap), indexed by the real server (dist/server.js over stdio) from a workspace folder.
// Then definition and references requests on one open app file, timed from request to answer, with
// p50/p95 against the target (p95 ≤ 20 ms); also document highlights and a definition right after
// an edit. Not a test: nothing is asserted.
// Usage: node bench/navigation.mjs [--quick]   (also run by bench/run.mjs)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LspSession, bounded } from './lspSession.mjs';
import { formatTable, summary } from './stats.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
export const WORKSPACE_FILES = 2_000;
const TARGET_P95_MS = 20;

function app(i) {
  const name = `app-${i}`;
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  replicas: 2
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
        tier: backend
    spec:
      serviceAccountName: ${name}
      containers:
        - name: ${name}
          image: registry.example.com/${name}:1.${i % 10}.0
          ports:
            - name: http
              containerPort: 8080
          readinessProbe:
            httpGet:
              path: /ready
              port: http
          env:
            - name: MODE
              valueFrom:
                configMapKeyRef:
                  name: ${name}-config
                  key: mode
            - name: TOKEN
              valueFrom:
                secretKeyRef:
                  name: ${name}-secret
                  key: token
          envFrom:
            - configMapRef:
                name: common-config
          volumeMounts:
            - name: data
              mountPath: /var/lib/app
      volumes:
        - name: data
          emptyDir: {}
---
apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
  selector:
    app: ${name}
  ports:
    - name: http
      port: 80
      targetPort: http
`;
}

function config(i) {
  const name = `app-${i}`;
  const common = i === 0 ? '---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: common-config\ndata:\n  region: eu-west-1\n' : '';
  return `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}-config
data:
  mode: production
  level: info
---
apiVersion: v1
kind: Secret
metadata:
  name: ${name}-secret
stringData:
  token: t-${i}
${common}`;
}

/** Writes the workspace (half app files, half config files) and returns its folder. */
export function writeWorkspace(dir, files = WORKSPACE_FILES) {
  rmSync(dir, { recursive: true, force: true });
  const apps = Math.ceil(files / 2);
  for (let i = 0; i < apps; i++) {
    const folder = join(dir, `team-${Math.floor(i / 100)}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `app-${i}.yaml`), app(i));
    if (apps + i < files) writeFileSync(join(folder, `app-${i}-config.yaml`), config(i));
  }
  return dir;
}

/** Position of the `nth` occurrence of `find` in `text`, `offset` characters in. */
function positionOf(text, find, offset, nth = 0) {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = text.indexOf(find, index + 1);
  if (index < 0) throw new Error(`${find} not found`);
  const before = text.slice(0, index + offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function waitForLog(session, pattern, timeoutMs) {
  return bounded(
    new Promise((resolve) =>
      session.connection.onNotification('window/logMessage', (params) => pattern.test(params.message) && resolve(params.message)),
    ),
    timeoutMs,
    `a log line matching ${pattern}`,
    session.exited,
  );
}

export async function benchNavigation({
  quick = false,
  log = (line) => console.log(`  ${line}`),
  serverScript = join(root, 'dist', 'server.js'),
} = {}) {
  const dir = writeWorkspace(join(root, 'bench', '.generated', 'workspace'));
  console.log(`\nNavigation in a workspace of ${WORKSPACE_FILES} manifest files (${dir})`);
  const samples = quick ? 40 : 200;
  const { session } = await LspSession.start({
    script: serverScript,
    timeoutMs: 120_000,
    capabilities: { textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } },
    initializationOptions: { settings: {} },
    workspaceFolders: [dir],
  });
  const results = {};
  const notes = [];
  try {
    const indexed = await waitForLog(session, /^Podwright indexed \d+ manifest files/, 120_000);
    log(indexed);
    const i = 500;
    const uri = pathToFileURL(join(dir, `team-${Math.floor(i / 100)}`, `app-${i}.yaml`)).href;
    const text = app(i);
    const published = session.nextDiagnostics(uri);
    await session.open(uri, text);
    await published;
    const ask = (method, position, extra = {}) => session.timedRequest(method, { textDocument: { uri }, position, ...extra });
    const definitions = [
      ['volume mount → volume', positionOf(text, '- name: data', 9)],
      ['configMapKeyRef → ConfigMap in another file', positionOf(text, `${'app-'}${i}-config`, 2)],
      ['probe port → container port', positionOf(text, 'port: http', 7)],
      ['Service targetPort → pod port', positionOf(text, 'targetPort: http', 13)],
      ['Service selector → template label', positionOf(text, `app: app-${i}`, 7, 2)],
    ];
    const references = [
      ['shared ConfigMap (1,000 files)', positionOf(text, 'common-config', 2), 1_000],
      ['port name (probe, Service)', positionOf(text, '- name: http', 9)],
      ['own Secret', positionOf(text, `app-${i}-secret`, 2)],
      ['template label', positionOf(text, `app: app-${i}`, 7, 1)],
    ];
    // The first request links the whole index (lazily, once): reported apart.
    const first = await ask('textDocument/definition', definitions[1][1]);
    notes.push(`first request after indexing (links the index once): ${first.ms.toFixed(1)} ms`);
    for (let w = 0; w < 10; w++) {
      await ask('textDocument/definition', definitions[w % definitions.length][1]);
      await ask('textDocument/references', references[w % references.length][1], { context: { includeDeclaration: true } });
    }
    const definitionTimes = [];
    const found = new Map();
    for (let n = 0; n < samples; n++) {
      const [label, position] = definitions[n % definitions.length];
      const { ms, result } = await ask('textDocument/definition', position);
      definitionTimes.push(ms);
      found.set(label, Array.isArray(result) ? result.length : 0);
    }
    for (const [label, count] of found) notes.push(`definition, ${label}: ${count} location(s)`);
    const referenceTimes = [];
    const sharedTimes = [];
    const counted = new Map();
    for (let n = 0; n < samples; n++) {
      const [label, position, shared] = references[n % references.length];
      const { ms, result } = await ask('textDocument/references', position, { context: { includeDeclaration: true } });
      (shared ? sharedTimes : referenceTimes).push(ms);
      counted.set(label, result?.length ?? 0);
    }
    for (const [label, count] of counted) notes.push(`references, ${label}: ${count} location(s)`);
    // Highlights (asked at every cursor move), on every place above.
    const highlightTimes = [];
    const highlightAt = [...definitions, ...references].map(([, position]) => position);
    for (let n = 0; n < samples; n++)
      highlightTimes.push((await ask('textDocument/documentHighlight', highlightAt[n % highlightAt.length])).ms);
    // A definition right after an edit of the open file (the index takes the new text first).
    const editTimes = [];
    const editAt = positionOf(text, 'replicas: 2', 10);
    for (let n = 0; n < Math.min(samples, 50); n++) {
      await session.change(uri, { start: editAt, end: { line: editAt.line, character: editAt.character + 1 } }, String((n % 8) + 1));
      editTimes.push((await ask('textDocument/definition', definitions[1][1])).ms);
    }
    results.podwright = {
      definition: summary(definitionTimes),
      references: summary(referenceTimes),
      shared: summary(sharedTimes),
      highlight: summary(highlightTimes),
      afterEdit: summary(editTimes),
    };
    const rss = session.peakRssMb();
    if (rss !== undefined) notes.push(`server peak RSS (VmHWM) with the index: ${rss.toFixed(0)} MB`);
  } finally {
    await session.stop();
  }
  const rows = [
    { label: 'definition', key: 'definition', unit: 'ms', target: TARGET_P95_MS },
    { label: 'references', key: 'references', unit: 'ms', target: TARGET_P95_MS },
    { label: 'references, 1,000 files', key: 'shared', unit: 'ms', target: TARGET_P95_MS },
    { label: 'document highlight', key: 'highlight', unit: 'ms', target: TARGET_P95_MS },
    { label: 'definition after an edit', key: 'afterEdit', unit: 'ms', target: TARGET_P95_MS },
  ];
  console.log(`\n${formatTable(rows, results, '')}\n`);
  for (const note of notes) console.log(`note: ${note}`);
  return { results, notes };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  await benchNavigation({ quick: process.argv.includes('--quick') });
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
  LspSession.killAll();
}
