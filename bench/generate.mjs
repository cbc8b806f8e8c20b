// Generates the bench inputs, deterministic from fixed seeds so every run measures the same text:
// - the manifest: 500 documents (Pods and Deployments, ~28,000 lines) of the kind people write;
// - the mixed manifest: each Deployment followed by its Service and ConfigMap (~34,000 lines), every
//   reference between them consistent (selector, named target port, configMapKeyRef keys);
// - a Pods-only manifest (only the kinds of the base model chunk, model.json);
// - a workspace of small manifest files of many kinds in nested folders (plus a few YAML files that
//   are not manifests), for the server's background index;
// - files of 500 documents each for `podwright check` (the manifest generator, one seed per file).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const IMAGES = [
  'nginx:1.27',
  'redis:7.2',
  'postgres:16.4',
  'registry.example.com/shop/api:2.4.1',
  'ghcr.io/acme/worker:0.9.3',
  'busybox:1.36',
  'python:3.12-slim',
];
const POLICIES = ['IfNotPresent', 'Always', 'IfNotPresent', 'Never'];

/** `config`: { name, keys } of a ConfigMap whose keys the container reads (configMapKeyRef). */
function container(random, name, portName, indent, config) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const port = 8000 + Math.floor(random() * 1000);
  const envCount = 1 + Math.floor(random() * 3);
  const lines = [
    `- name: ${name}`,
    `  image: ${pick(IMAGES)}`,
    `  imagePullPolicy: ${pick(POLICIES)}`,
    `  args: ["--port=${port}", "--log-level=info"]`,
    '  ports:',
    `    - name: ${portName}`,
    `      containerPort: ${port}`,
    '      protocol: TCP',
    '  env:',
  ];
  for (let i = 0; i < envCount; i++) lines.push(`    - name: SETTING_${i}`, `      value: "value-${i}-${Math.floor(random() * 1000)}"`);
  for (const key of config?.keys ?? []) {
    lines.push(
      `    - name: ${key}`,
      '      valueFrom:',
      '        configMapKeyRef:',
      `          name: ${config.name}`,
      `          key: ${key}`,
    );
  }
  lines.push(
    '    - name: POD_NAME',
    '      valueFrom:',
    '        fieldRef:',
    '          fieldPath: metadata.name',
    '  resources:',
    '    requests:',
    `      cpu: ${100 + Math.floor(random() * 9) * 50}m`,
    `      memory: ${64 * (1 + Math.floor(random() * 8))}Mi`,
    '    limits:',
    `      memory: ${64 * (9 + Math.floor(random() * 8))}Mi`,
    '  readinessProbe:',
    '    httpGet:',
    '      path: /ready',
    `      port: ${portName}`,
    `    periodSeconds: ${5 + Math.floor(random() * 10)}`,
    '  volumeMounts:',
    '    - name: data',
    '      mountPath: /var/lib/app',
  );
  return lines.map((line) => indent + line);
}

function podSpec(random, name, indent, config) {
  const containers = random() < 0.25 ? 2 : 1;
  const lines = [`${indent}restartPolicy: Always`, `${indent}containers:`];
  for (let i = 0; i < containers; i++)
    lines.push(
      ...(i === 0
        ? container(random, name, 'http', `${indent}  `, config)
        : container(random, `${name}-sidecar`, 'metrics', `${indent}  `)),
    );
  lines.push(`${indent}volumes:`, `${indent}  - name: data`, `${indent}    emptyDir: {}`);
  return lines;
}

function pod(random, index, prefix = '') {
  const name = `${prefix}pod-${index}`;
  return [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    `  name: ${name}`,
    '  labels:',
    `    app: ${name}`,
    '    tier: backend',
    'spec:',
    ...podSpec(random, name, '  '),
  ];
}

function deployment(random, index, prefix = '', config) {
  const name = `${prefix}deploy-${index}`;
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}`,
    ...(config ? ['  labels:', `    app: ${name}`] : []),
    'spec:',
    `  replicas: ${1 + Math.floor(random() * 4)}`,
    '  selector:',
    '    matchLabels:',
    `      app: ${name}`,
    '  template:',
    '    metadata:',
    '      labels:',
    `        app: ${name}`,
    '    spec:',
    ...podSpec(random, name, '      ', config),
  ];
}

const CONFIG_KEYS = ['LOG_LEVEL', 'FEATURE_FLAGS', 'CACHE_TTL', 'UPSTREAM_URL', 'MAX_CONNECTIONS', 'REGION'];

/** The ConfigMap a Deployment reads: every key of `keys`, and a file-like entry it does not read. */
function configMap(random, config, app) {
  const values = {
    LOG_LEVEL: 'info',
    FEATURE_FLAGS: '"search,cart"',
    CACHE_TTL: '"300"',
    UPSTREAM_URL: 'http://upstream.internal:8080',
    MAX_CONNECTIONS: '"128"',
    REGION: 'eu-west-1',
  };
  return [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    `  name: ${config.name}`,
    '  labels:',
    `    app: ${app}`,
    'data:',
    ...config.keys.map((key) => `  ${key}: ${values[key]}`),
    '  app.properties: |',
    `    server.port=${8000 + Math.floor(random() * 1000)}`,
    '    server.shutdown=graceful',
  ];
}

/** A Service that selects the Deployment's pods and targets the container port by name. */
function service(app) {
  return [
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    `  name: ${app}`,
    '  labels:',
    `    app: ${app}`,
    'spec:',
    '  type: ClusterIP',
    '  selector:',
    `    app: ${app}`,
    '  ports:',
    '    - name: http',
    '      port: 80',
    '      targetPort: http',
    '      protocol: TCP',
  ];
}

function configFor(random, app) {
  const count = 2 + Math.floor(random() * 3);
  const start = Math.floor(random() * CONFIG_KEYS.length);
  const keys = Array.from({ length: count }, (_, i) => CONFIG_KEYS[(start + i) % CONFIG_KEYS.length]);
  return { name: `${app}-config`, keys };
}

/** One app: a Deployment, its Service and its ConfigMap, as three documents. */
function appGroup(random, index, prefix = '') {
  const app = `${prefix}deploy-${index}`;
  const config = configFor(random, app);
  return [deployment(random, index, prefix, config), service(app), configMap(random, config, app)];
}

/**
 * The manifest text: `documents` documents separated by `---`, alternating kinds at random.
 * `prefix` starts every object name (files checked together then define distinct objects).
 */
export function generateManifest(documents = 500, seed = 28_000, prefix = '') {
  const random = prng(seed);
  const parts = [];
  for (let i = 0; i < documents; i++) parts.push((random() < 0.5 ? pod(random, i, prefix) : deployment(random, i, prefix)).join('\n'));
  return `${parts.join('\n---\n')}\n`;
}

/** `apps` times a Deployment followed by its Service and its ConfigMap (3 × apps documents). */
export function generateMixedManifest(apps = 323, seed = 34_000) {
  const random = prng(seed);
  const parts = [];
  for (let i = 0; i < apps; i++) parts.push(...appGroup(random, i).map((lines) => lines.join('\n')));
  return `${parts.join('\n---\n')}\n`;
}

/** Only Pods: the kinds whose types are all in the base model chunk (dist/model.json). */
export function generatePodsManifest(documents = 500, seed = 28_001) {
  const random = prng(seed);
  const parts = [];
  for (let i = 0; i < documents; i++) parts.push(pod(random, i).join('\n'));
  return `${parts.join('\n---\n')}\n`;
}

export function writeManifest(file, documents, seed, prefix = '') {
  return writeText(file, generateManifest(documents, seed, prefix));
}

export function writeText(file, text) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return text;
}

// The workspace: small files of the kinds a repository of manifests holds.

function cronJob(random, name) {
  return [
    'apiVersion: batch/v1',
    'kind: CronJob',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    `  schedule: "${Math.floor(random() * 60)} ${Math.floor(random() * 24)} * * *"`,
    '  concurrencyPolicy: Forbid',
    '  jobTemplate:',
    '    spec:',
    '      backoffLimit: 2',
    '      template:',
    '        spec:',
    '          restartPolicy: OnFailure',
    '          containers:',
    `            - name: ${name}`,
    '              image: busybox:1.36',
    '              command: ["sh", "-c", "date; echo done"]',
    '              resources:',
    '                requests:',
    '                  cpu: 50m',
    '                  memory: 32Mi',
  ];
}

function ingress(name) {
  return [
    'apiVersion: networking.k8s.io/v1',
    'kind: Ingress',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  ingressClassName: nginx',
    '  rules:',
    `    - host: ${name}.example.com`,
    '      http:',
    '        paths:',
    '          - path: /',
    '            pathType: Prefix',
    '            backend:',
    '              service:',
    `                name: ${name}`,
    '                port:',
    '                  name: http',
  ];
}

function rbac(name) {
  return [
    ['apiVersion: v1', 'kind: ServiceAccount', 'metadata:', `  name: ${name}`],
    [
      'apiVersion: rbac.authorization.k8s.io/v1',
      'kind: Role',
      'metadata:',
      `  name: ${name}-reader`,
      'rules:',
      '  - apiGroups: [""]',
      '    resources: ["pods", "configmaps"]',
      '    verbs: ["get", "list", "watch"]',
    ],
    [
      'apiVersion: rbac.authorization.k8s.io/v1',
      'kind: RoleBinding',
      'metadata:',
      `  name: ${name}-reader`,
      'subjects:',
      '  - kind: ServiceAccount',
      `    name: ${name}`,
      'roleRef:',
      '  apiGroup: rbac.authorization.k8s.io',
      '  kind: Role',
      `  name: ${name}-reader`,
    ],
  ];
}

function secret(name) {
  return [
    'apiVersion: v1',
    'kind: Secret',
    'metadata:',
    `  name: ${name}-credentials`,
    'type: Opaque',
    'stringData:',
    '  username: app',
    '  password: change-me',
  ];
}

const NOT_MANIFESTS = [
  ['values.yaml', 'replicaCount: 2\nimage:\n  repository: nginx\n  tag: "1.27"\nservice:\n  type: ClusterIP\n  port: 80\n'],
  [
    'ci.yml',
    'name: ci\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm test\n',
  ],
  [
    'deployment-template.yaml',
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  replicas: {{ .Values.replicaCount }}\n',
  ],
];

/**
 * Writes `count` manifest files under `dir` (emptied first) in team/app folders, each of a few
 * documents (one to three apps of Deployment, Service and ConfigMap; Pods; a CronJob; an app with
 * its Ingress; RBAC; a Secret), and one YAML file that is no manifest (Helm values, a CI workflow,
 * a chart template) per 20 files. Returns { files, lines, others, sample }: the manifests' count and
 * lines, how many other YAML files, and the path of a manifest of three apps.
 */
export function writeWorkspace(dir, count = 2000, seed = 2000) {
  rmSync(dir, { recursive: true, force: true });
  const random = prng(seed);
  let lines = 0;
  let others = 0;
  let sample;
  for (let i = 0; i < count; i++) {
    const team = `team-${i % 25}`;
    const app = `app-${i}`;
    const folder = join(dir, team, app);
    const r = random();
    let documents;
    let apps = 0;
    if (r < 0.4)
      documents = Array.from({ length: (apps = 1 + Math.floor(random() * 3)) }, (_, k) => appGroup(random, i * 10 + k, `${team}-`)).flat();
    else if (r < 0.55) documents = Array.from({ length: 1 + Math.floor(random() * 3) }, (_, k) => pod(random, i * 10 + k, `${team}-`));
    else if (r < 0.65) documents = [cronJob(random, `${team}-job-${i}`)];
    else if (r < 0.75) documents = [...appGroup(random, i * 10, `${team}-`), ingress(`${team}-deploy-${i * 10}`)];
    else if (r < 0.85) documents = rbac(`${team}-sa-${i}`);
    else if (r < 0.9) documents = [secret(`${team}-${i}`)];
    else documents = [deployment(random, i * 10, `${team}-`), ...appGroup(random, i * 10 + 1, `${team}-`)];
    const text = `${documents.map((d) => d.join('\n')).join('\n---\n')}\n`;
    lines += text.split('\n').length - 1;
    writeText(join(folder, `${app}.yaml`), text);
    if (apps === 3 && sample === undefined && i >= count / 2) sample = join(folder, `${app}.yaml`);
    if (i % 20 === 0) {
      const [name, other] = NOT_MANIFESTS[(i / 20) % NOT_MANIFESTS.length];
      writeText(join(folder, name), other);
      others++;
    }
  }
  return { files: count, lines, others, sample };
}
