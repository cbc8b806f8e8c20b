// `podwright check --pod-security-level/--pod-security-version` as a CI job runs it: a real process
// over real files, a level asked for on the command line failing the run like enforce would.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distDir } from '../helpers/service';

const cli = join(distDir, 'cli.js');

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Meets baseline, not restricted; runs as root (runAsUser 0), which restricted refuses from v1.23.
const ROOT_POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsNonRoot: true
    runAsUser: 0
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: web
      image: nginx:1.27.3
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: ["ALL"]
`;

const PRIVILEGED_JOB = `apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
  namespace: system
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: migrate
          image: busybox:1.36
          securityContext:
            privileged: true
`;

const SYSTEM_NAMESPACE = `apiVersion: v1
kind: Namespace
metadata:
  name: system
  labels:
    pod-security.kubernetes.io/enforce: privileged
`;

let dir = '';
const file = (name: string): string => join(dir, name);

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'podwright-pss-'));
  writeFileSync(file('root.yaml'), ROOT_POD);
  writeFileSync(file('job.yaml'), PRIVILEGED_JOB);
  writeFileSync(file('namespace.yaml'), SYSTEM_NAMESPACE);
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('podwright check --pod-security-level', () => {
  it('checks nothing about Pod Security without the option', () => {
    const result = run('check', file('root.yaml'));
    assert.equal(result.status, 0, result.stdout);
    assert.doesNotMatch(result.stdout, /pod-security-/);
  });

  it('fails the run on a pod the level refuses, on the line at fault, in admission words', () => {
    const result = run('check', '--pod-security-level', 'restricted', file('root.yaml'));
    assert.equal(result.status, 1, result.stdout);
    assert.match(
      result.stdout,
      new RegExp(
        `^${escape(file('root.yaml'))}:8:16: error pod-security-run-as-user: .*runAsUser=0 \\(pod must not set runAsUser=0\\)`,
        'm',
      ),
    );
    assert.equal(run('check', '--pod-security-level', 'baseline', file('root.yaml')).status, 0);
  });

  it('checks the version asked for: runAsUser 0 is allowed before v1.23', () => {
    const result = run('check', '--pod-security-level=restricted', '--pod-security-version=v1.22', file('root.yaml'));
    assert.equal(result.status, 0, result.stdout);
    const json = run(
      'check',
      '--format',
      'json',
      '--pod-security-level',
      'restricted',
      '--pod-security-version',
      'v1.23',
      file('root.yaml'),
    );
    const problems = JSON.parse(json.stdout) as { code: string; severity: string; message: string }[];
    assert.deepEqual(
      problems.map((p) => [p.code, p.severity]),
      [['pod-security-run-as-user', 'error']],
    );
    assert.match(problems[0]?.message ?? '', /Pod Security "restricted:v1\.23"/);
  });

  it('lets a Namespace among the files decide for the objects in it', () => {
    assert.equal(run('check', '--pod-security-level', 'baseline', file('job.yaml')).status, 1);
    const result = run('check', '--pod-security-level', 'baseline', file('job.yaml'), file('namespace.yaml'));
    assert.equal(result.status, 0, result.stdout);
  });

  it('refuses a level or version it does not know, and a version without a level', () => {
    for (const args of [
      ['--pod-security-level', 'strict'],
      ['--pod-security-level', 'privileged'],
      ['--pod-security-level', 'baseline', '--pod-security-version', '1.x'],
      ['--pod-security-version', 'v1.30'],
    ]) {
      const result = run('check', ...args, file('root.yaml'));
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, /^podwright: .*pod-security/, args.join(' '));
    }
  });

  it('documents the options in --help', () => {
    const result = run('--help');
    assert.match(result.stdout, /--pod-security-level baseline\|restricted/);
    assert.match(result.stdout, /--pod-security-version v1\.X\|latest/);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
