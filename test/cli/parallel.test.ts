// `podwright check` over worker threads (PODWRIGHT_CHECK_WORKERS): files checked by different threads
// still see each other (a Service and its Deployment, a ConfigMap's keys, a CRD and its custom
// resources, the same object twice), and the output is byte for byte the single-threaded one.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { widgetCrdText } from '../helpers/customResources';
import { distDir } from '../helpers/service';

const cli = join(distDir, 'cli.js');

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function run(workers: number, args: readonly string[], extraEnv: Record<string, string> = {}): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, PODWRIGHT_CHECK_WORKERS: String(workers), ...extraEnv };
  if (extraEnv.NODE_DEBUG === undefined) delete env.NODE_DEBUG;
  const result = spawnSync(process.execPath, [cli, 'check', ...args], { encoding: 'utf8', cwd: dir, env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonProblem {
  file: string;
  line: number;
  code: string;
  message: string;
}

const deployment = (name: string, port: string, configKey: string): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      containers:
        - name: ${name}
          image: nginx:1.27
          ports:
            - name: ${port}
              containerPort: 8080
          env:
            - name: LOG_LEVEL
              valueFrom:
                configMapKeyRef:
                  name: web-config
                  key: ${configKey}
`;

const service = (name: string, selector: string, targetPort: string): string => `apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
  selector:
    app: ${selector}
  ports:
    - name: http
      port: 80
      targetPort: ${targetPort}
`;

// Line 8 (1-based): `replicaz`, a field the Widget CRD (in the last file) does not have.
const WIDGET = `apiVersion: shop.example.com/v1
kind: Widget
metadata:
  name: blue
spec:
  size: small
  color: "#0000ff"
  replicaz: 3
`;

const INGRESS = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  rules:
    - host: web.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: web
                port:
                  name: htp
`;

// Eight files for three workers, so every worker holds files whose partners another worker reads.
const FILES: Record<string, string> = {
  'a-services.yaml': [service('web', 'web', 'http'), service('api', 'api', 'grpc'), service('ghost', 'webb', 'http')].join('---\n'),
  'b-widget.yaml': WIDGET,
  'c-config.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-config\ndata:\n  LOG_LEVEL: info\n',
  'd-ingress.yaml': INGRESS,
  'e-duplicate.yaml': deployment('api', 'http', 'LOG_LEVEL'),
  'g-deployments.yaml': `${deployment('web', 'http', 'LOG_LEVL')}---\n${deployment('api', 'http', 'LOG_LEVEL')}`,
  'h-pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: lonely\nspec:\n  containers:\n    - name: app\n      image: busybox:1.36\n',
  'z-crds.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: unrelated\n---\n${widgetCrdText()}`,
};

let dir = '';

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'podwright-cli-parallel-'));
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text);
  // Not UTF-8: reported as an input problem, in the same place of stderr either way.
  writeFileSync(join(dir, 'f-latin1.yaml'), Buffer.from([0x6b, 0x69, 0x6e, 0x64, 0x3a, 0x20, 0xe9, 0x0a]));
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('podwright check with worker threads', () => {
  it('runs the files in several worker threads when asked', () => {
    const result = run(3, ['.'], { NODE_DEBUG: 'podwright' });
    assert.match(result.stderr, /checking 9 files in 3 worker threads/);
  });

  it('finds the problems across files that different threads read', () => {
    const result = run(3, ['--format', 'json', '.']);
    const problems = JSON.parse(result.stdout) as JsonProblem[];
    const found = (file: string, code: string): JsonProblem[] => problems.filter((p) => p.file === file && p.code === code);
    // The Service `web` selects the Deployment of g-deployments.yaml and its port name: nothing to say.
    assert.deepEqual(
      problems.filter((p) => p.file === 'a-services.yaml' && p.line <= 11),
      [],
    );
    // `api` selects the Deployment `api`, which has no port `grpc`; `ghost` selects no pods (`webb`, a slip of `web`).
    assert.equal(found('a-services.yaml', 'undefined-port-name').length, 1);
    assert.equal(found('a-services.yaml', 'service-selects-nothing').length, 1);
    // The Widget's CRD is in the last file; `replicaz` is not one of its fields.
    assert.deepEqual(
      found('b-widget.yaml', 'unknown-field').map((p) => p.line),
      [8],
    );
    assert.equal(found('d-ingress.yaml', 'unknown-service-port').length, 1);
    assert.deepEqual(
      found('g-deployments.yaml', 'missing-key').map((p) => p.line),
      [25],
    );
    // The second `api` Deployment is told where the first one is.
    assert.equal(found('g-deployments.yaml', 'duplicate-object').length, 1);
    assert.match(found('g-deployments.yaml', 'duplicate-object')[0]?.message ?? '', /e-duplicate\.yaml:4/);
    assert.equal(result.status, 2, result.stderr);
    assert.match(result.stderr, /f-latin1\.yaml: not valid UTF-8/);
  });

  for (const [format, counts] of [
    ['text', [2, 9]],
    ['json', [3]],
  ] as const) {
    it(`prints byte for byte what one thread prints (${format})`, () => {
      const single = run(1, ['--format', format, '.']);
      for (const workers of counts) {
        const parallel = run(workers, ['--format', format, '.']);
        assert.equal(parallel.stdout, single.stdout, `${workers} workers`);
        assert.equal(parallel.stderr, single.stderr, `${workers} workers`);
        assert.equal(parallel.status, single.status, `${workers} workers`);
      }
    });
  }

  it('stays in one thread for a single file', () => {
    const result = run(4, ['a-services.yaml'], { NODE_DEBUG: 'podwright' });
    assert.doesNotMatch(result.stderr, /worker threads/);
    assert.equal(result.status, 0, result.stderr);
  });
});
