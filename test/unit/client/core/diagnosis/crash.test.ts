import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doubledMemory } from '../../../../../client/src/core/diagnosis/memory';
import type { Container, ContainerState, Node, Pod } from '../../../../../client/src/core/kube/kubeTypes';
import { container, diagnoseBoth, evidenceIncludes, only, pod, podEvent, running, status, terminated, waiting } from './diagFixtures';

/** A pod whose container `app` crashed `restarts` times, the last run ending in `last`. */
function crashing(extra: Partial<Container>, last: ContainerState, restarts = 5, image = 'registry.example.com/shop/api:2.3.1'): Pod {
  const s = status(
    'app',
    waiting('CrashLoopBackOff', 'back-off 2m40s restarting failed container=app pod=web_default(5b0d4f6e-8a2c-4f1e-9c3b-2d7a6e1f0c9b)'),
    { restartCount: restarts, lastState: last },
  );
  return pod('web', [container('app', image, extra)], [s], { falseConditions: ['Ready', 'ContainersReady'] });
}

const backOff = (p: Pod, name = 'app', init = false) =>
  podEvent(p, 'BackOff', `Back-off restarting failed container ${name} in pod web_default(5b0d4f6e-8a2c-4f1e-9c3b-2d7a6e1f0c9b)`, {
    container: name,
    init,
    count: 12,
  });

describe('diagnosis: crashing containers', () => {
  it('exit code 1 with a traceback: general error, the log tail as evidence, points at command, offers previous logs', () => {
    const p = crashing({ command: ['python', '-m', 'shop.api'] }, terminated(1, 'Error', 40, 38));
    const logs = [
      'Starting shop api',
      'Traceback (most recent call last):',
      '  File "/app/shop/api.py", line 12, in <module>',
      "    DATABASE_URL = os.environ['DATABASE_URL']",
      "KeyError: 'DATABASE_URL'",
      '',
    ];
    const d = only(diagnoseBoth({ pod: p, events: [backOff(p)], previousLogs: [{ container: 'app', lines: logs }] }), 'crash-exit-code');
    assert.equal(d.container, 'app');
    assert.deepEqual(d.manifestTarget?.path, ['spec', 'containers', 0, 'command']);
    assert.deepEqual(d.quickFix, { kind: 'open-previous-logs', container: 'app' });
    evidenceIncludes(d, "KeyError: 'DATABASE_URL'");
    evidenceIncludes(d, 'Back-off restarting failed container app in pod web_default');
    assert.match(d.likelyCause, /exit code 1 is a general error/);
    assert.match(d.title, /exit code 1/);
  });

  it('exit code 2 is explained as a wrong invocation', () => {
    const p = crashing({ command: ['sh', '-c', 'if [ -z "$X" ] then exit 1; fi'] }, terminated(2, 'Error', 40, 39));
    const d = only(
      diagnoseBoth({
        pod: p,
        events: [backOff(p)],
        previousLogs: [{ container: 'app', lines: ['sh: syntax error: unexpected "fi" (expecting "then")'] }],
      }),
      'crash-exit-code',
    );
    assert.match(d.likelyCause, /called wrongly/);
  });

  it('a missing executable reported by the runtime (StartError 128) points at command', () => {
    const message =
      'failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "pythn": executable file not found in $PATH: unknown';
    const p = crashing(
      { command: ['pythn', 'app.py'] },
      {
        terminated: { exitCode: 128, reason: 'StartError', message, startedAt: '1970-01-01T00:00:00Z', finishedAt: '2025-03-10T11:59:30Z' },
      },
    );
    const d = only(diagnoseBoth({ pod: p, events: [backOff(p)] }), 'crash-command-not-found');
    assert.match(d.title, /`pythn`/);
    assert.deepEqual(d.manifestTarget?.specPath, ['containers', 0, 'command']);
    evidenceIncludes(d, 'executable file not found in $PATH');
  });

  it('exit code 127 from a shell is command-not-found too', () => {
    const p = crashing({ command: ['sh', '-c'], args: ['bash /app/start.sh'] }, terminated(127, 'Error', 30, 30), 3, 'alpine:3.20');
    const d = only(
      diagnoseBoth({ pod: p, events: [backOff(p)], previousLogs: [{ container: 'app', lines: ['sh: bash: not found'] }] }),
      'crash-command-not-found',
    );
    assert.match(d.title, /Command `bash` not found/);
    assert.deepEqual(d.manifestTarget?.path, ['spec', 'containers', 0, 'command']);
    evidenceIncludes(d, 'sh: bash: not found');
  });

  it('exit code 126 is a program that cannot be executed', () => {
    const p = crashing({ command: ['/app/run.sh'] }, terminated(126, 'Error', 30, 30));
    const d = only(
      diagnoseBoth({
        pod: p,
        events: [backOff(p)],
        previousLogs: [{ container: 'app', lines: ['/bin/sh: /app/run.sh: Permission denied'] }],
      }),
      'crash-not-executable',
    );
    assert.deepEqual(d.manifestTarget?.path, ['spec', 'containers', 0, 'command']);
  });

  it('exec format error in the log means the image was built for another architecture', () => {
    const node: Node = { metadata: { name: 'worker-1' }, status: { nodeInfo: { architecture: 'amd64' } } };
    const p = crashing({}, terminated(1, 'Error', 30, 30), 4, 'docker.io/jeongchanmin/spring-server:0.1.1');
    const d = only(
      diagnoseBoth({
        pod: p,
        events: [backOff(p)],
        node,
        previousLogs: [{ container: 'app', lines: ['exec /opt/java/openjdk/bin/java: exec format error'] }],
      }),
      'crash-wrong-platform',
    );
    assert.deepEqual(d.manifestTarget?.path, ['spec', 'containers', 0, 'image']);
    assert.match(d.whatToChange, /linux\/amd64/);
  });

  it('a container that exits 0 and is restarted: needs a long-running process, points at the image when there is no command', () => {
    const p = crashing({}, terminated(0, 'Completed', 12, 12), 6, 'busybox:1.36');
    const d = only(diagnoseBoth({ pod: p, events: [backOff(p)] }), 'crash-exited-zero');
    assert.deepEqual(d.manifestTarget?.path, ['spec', 'containers', 0, 'image']);
    assert.match(d.likelyCause, /busybox/);
  });

  it('128+N exit codes name the signal: 139 SIGSEGV, 143 SIGTERM, 137 SIGKILL without OOM', () => {
    for (const [code, name] of [
      [139, 'SIGSEGV'],
      [143, 'SIGTERM'],
      [137, 'SIGKILL'],
    ] as const) {
      const p = crashing({ command: ['/app/server'], resources: { limits: { memory: '256Mi' } } }, terminated(code, 'Error', 30, 30));
      const d = only(diagnoseBoth({ pod: p, events: [backOff(p)] }), 'crash-signal');
      assert.match(d.title, new RegExp(name));
      assert.match(d.whatHappened, new RegExp(`128 \\+ ${code - 128}`));
      const expected = code === 137 ? ['spec', 'containers', 0, 'resources', 'limits', 'memory'] : ['spec', 'containers', 0, 'command'];
      assert.deepEqual(d.manifestTarget?.path, expected);
    }
  });

  it('OOMKilled: compares with the limit, suggests double, offers to raise resources.limits.memory', () => {
    const p = crashing({ resources: { limits: { memory: '128Mi' }, requests: { memory: '64Mi' } } }, terminated(137, 'OOMKilled', 50, 45));
    const d = only(diagnoseBoth({ pod: p, events: [backOff(p)], memoryUsage: { app: '127Mi' } }), 'oom-killed');
    assert.equal(d.severity, 'error');
    assert.match(d.whatHappened, /limit 128Mi, last seen using 127Mi/);
    assert.match(d.whatToChange, /256Mi/);
    const target = {
      path: ['spec', 'containers', 0, 'resources', 'limits', 'memory'],
      specPath: ['containers', 0, 'resources', 'limits', 'memory'],
    };
    assert.deepEqual(d.manifestTarget, target);
    assert.deepEqual(d.quickFix, { kind: 'raise-memory-limit', container: 'app', target, current: '128Mi', value: '256Mi' });
    evidenceIncludes(d, 'OOMKilled');
  });

  it('OOMKilled without a limit points at where the limit belongs, with no quick fix', () => {
    const p = crashing({}, terminated(137, 'OOMKilled', 50, 45));
    const d = only(diagnoseBoth({ pod: p, events: [] }), 'oom-killed');
    assert.equal(d.manifestTarget?.missing, true);
    assert.equal(d.quickFix, undefined);
  });

  it('a running container that was OOM-killed before is a warning', () => {
    const p = pod(
      'web',
      [container('app', 'api:1', { resources: { limits: { memory: '512Mi' } } })],
      [status('app', running(30), { restartCount: 1, lastState: terminated(137, 'OOMKilled', 400, 31) })],
    );
    const d = only(diagnoseBoth({ pod: p, events: [] }), 'oom-killed');
    assert.equal(d.severity, 'warning');
    assert.match(d.whatToChange, /1Gi/);
  });

  it('a crash-looping container caught in its brief Running moment is still explained by its last run', () => {
    const between = pod(
      'web',
      [container('app', 'busybox', { command: ['sh', '-c', 'pythn -m http.server 8080'] })],
      [status('app', running(1), { restartCount: 4, lastState: terminated(127, 'Error', 90, 89) })],
    );
    const d = only(
      diagnoseBoth({ pod: between, events: [], previousLogs: [{ container: 'app', lines: ['sh: pythn: not found'] }] }),
      'crash-command-not-found',
    );
    assert.equal(d.severity, 'error');
    assert.deepEqual(d.manifestTarget?.path, ['spec', 'containers', 0, 'command']);
    // Ten minutes of running resets the kubelet's back-off: the old crash is history, not a diagnosis.
    const recovered = pod(
      'web',
      [container('app', 'busybox', { command: ['sh', '-c', 'python -m http.server 8080'] })],
      [status('app', running(11 * 60), { restartCount: 4, lastState: terminated(127, 'Error', 12 * 60, 11 * 60 + 1) })],
    );
    assert.deepEqual(
      diagnoseBoth({ pod: recovered, events: [] }).map((x) => x.code),
      [],
    );
  });

  it('RunContainerError with another runtime message is reported as is, pointing at the launch line', () => {
    const message =
      'failed to generate container "4c3b" spec: failed to apply OCI options: failed to mkdir "/data": mkdir /data: read-only file system';
    const p = pod('web', [container('app', 'api:1')], [status('app', waiting('RunContainerError', message))], { phase: 'Pending' });
    const d = only(
      diagnoseBoth({ pod: p, events: [podEvent(p, 'Failed', `Error: ${message}`, { container: 'app' })] }),
      'run-container-error',
    );
    assert.match(d.whatHappened, /read-only file system/);
  });

  it('Init:CrashLoopBackOff: the init container is named, and the path is under initContainers', () => {
    const p = pod('web', [container('app', 'api:1')], [status('app', waiting('PodInitializing'))], {
      phase: 'Pending',
      falseConditions: ['Initialized', 'Ready', 'ContainersReady'],
    });
    p.spec!.initContainers = [container('migrate', 'api:1', { command: ['python', 'manage.py', 'migrate'] })];
    p.status!.initContainerStatuses = [
      status('migrate', waiting('CrashLoopBackOff'), { restartCount: 4, lastState: terminated(1, 'Error', 30, 28) }),
    ];
    const logs = ['django.db.utils.OperationalError: could not translate host name "postgres" to address: Name or service not known'];
    const [d, ...rest] = diagnoseBoth({
      pod: p,
      events: [backOff(p, 'migrate', true)],
      previousLogs: [{ container: 'migrate', lines: logs }],
    });
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'crash-exit-code');
    assert.equal(d.container, 'migrate');
    assert.equal(d.initContainer, true);
    assert.match(d.title, /Init container `migrate`/);
    assert.deepEqual(d.manifestTarget?.path, ['spec', 'initContainers', 0, 'command']);
    evidenceIncludes(d, 'could not translate host name "postgres"');
  });

  it('doubles memory quantities in their own unit', () => {
    assert.deepEqual(['128Mi', '512Mi', '1Gi', '500M', '1.5Gi', '268435456', 'lots'].map(doubledMemory), [
      '256Mi',
      '1Gi',
      '2Gi',
      '1000M',
      '3Gi',
      '512Mi',
      undefined,
    ]);
  });
});
