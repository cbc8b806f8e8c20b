// `podwright check --best-practices off|learner|strict`: a real process over real files. Learner
// advice is information (the run passes); strict makes it warnings and adds the strict-only checks.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distDir } from '../helpers/service';

const cli = join(distDir, 'cli.js');

interface Problem {
  readonly code: string;
  readonly severity: string;
  readonly line: number;
}

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function problems(...args: string[]): Problem[] {
  const result = run('check', '--format', 'json', ...args);
  return (JSON.parse(result.stdout) as Problem[]).filter((p) => p.code.startsWith('best-practice-'));
}

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: nginx:1.27.3
          ports:
            - containerPort: 8080
`;

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - port: 80
      targetPort: 8080
`;

let dir = '';
const file = (name: string): string => join(dir, name);

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'podwright-practices-'));
  writeFileSync(file('web.yaml'), DEPLOYMENT);
  writeFileSync(file('service.yaml'), SERVICE);
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('podwright check --best-practices', () => {
  it('gives learner advice by default, as information that does not fail the run', () => {
    const result = run('check', '--format', 'json', dir);
    assert.equal(result.status, 0, result.stdout);
    assert.deepEqual(
      problems(dir).map((p) => [p.code, p.severity, p.line]),
      [['best-practice-no-readiness-probe', 'information', 15]],
    );
    assert.deepEqual(problems('--best-practices', 'learner', dir), problems(dir));
  });

  it('in strict gives warnings and the strict-only checks; off gives none', () => {
    const strict = problems('--best-practices=strict', dir);
    assert.deepEqual(strict.map((p) => [p.code, p.severity]).sort(), [
      ['best-practice-no-readiness-probe', 'warning'],
      ['best-practice-read-only-root-fs', 'warning'],
      ['best-practice-resources', 'warning'],
    ]);
    assert.deepEqual(problems('--best-practices', 'off', dir), []);
    assert.equal(run('check', '--best-practices', 'strict', dir).status, 0, 'warnings do not fail the run');
  });

  it('refuses a mode it does not know, and documents the option in --help', () => {
    const result = run('check', '--best-practices', 'pedantic', dir);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /--best-practices must be "off", "learner" or "strict", not "pedantic"/);
    assert.match(run('--help').stdout, /--best-practices off\|learner\|strict/);
  });
});
