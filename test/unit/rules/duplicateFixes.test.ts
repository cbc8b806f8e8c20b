// Quick fixes of the duplicate findings: each fix is applied the way an editor would, and the
// resulting manifest is checked as a user would: the exact text, the finding gone, nothing new.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { applyFix, diagnose, fixesOf, withCode, yaml } from '../../helpers/ruleHarness';

/** Errors and warnings of the whole service: a fixed manifest should have none. */
function problems(text: string): string[] {
  return diagnose(text)
    .filter((d) => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning)
    .map((d) => `${String(d.code)}@${d.range.start.line + 1}: ${d.message}`);
}

function only(text: string, code: string, language: 'en' | 'ko' = 'en'): Diagnostic {
  const found = withCode(text, code, { language });
  assert.equal(found.length, 1, `expected one ${code}, got ${found.length}`);
  return found[0];
}

const titles = (d: Diagnostic): [string, boolean][] => fixesOf(d).map((f) => [f.title, f.preferred === true]);

const pod = (...spec: string[]): string => yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', ...spec);

describe('duplicate-container-name fix', () => {
  const text = pod(
    '  initContainers:',
    '    - name: web',
    '      image: busybox:1.36',
    '  containers:',
    '    - name: web',
    '      image: nginx:1.27',
  );

  it('renames the later container to web-2', () => {
    const d = only(text, 'duplicate-container-name');
    assert.deepEqual(titles(d), [['Rename to `web-2`', true]]);
    const fixed = applyFix(text, d);
    assert.equal(
      fixed,
      pod(
        '  initContainers:',
        '    - name: web',
        '      image: busybox:1.36',
        '  containers:',
        '    - name: web-2',
        '      image: nginx:1.27',
      ),
    );
    assert.deepEqual(problems(fixed), []);
  });

  it('titles the fix in Korean', () => {
    assert.deepEqual(titles(only(text, 'duplicate-container-name', 'ko')), [['`web-2`로 이름 바꾸기', true]]);
  });

  it('skips numbers already taken, also by the fix of an earlier duplicate, and keeps quotes', () => {
    const three = pod(
      '  containers:',
      '    - {name: web, image: "nginx:1.27"}',
      '    - {name: web-2, image: "nginx:1.27"}',
      '    - {name: "web", image: "nginx:1.27"}',
      '    - {name: web, image: "nginx:1.27"}',
    );
    const found = withCode(three, 'duplicate-container-name');
    assert.deepEqual(found.map(titles), [[['Rename to `web-3`', true]], [['Rename to `web-4`', true]]]);
    const first = applyFix(three, found[0]);
    assert.match(first, /^ {4}- \{name: "web-3", image/m);
    const second = applyFix(first, only(first, 'duplicate-container-name'));
    assert.match(second, /^ {4}- \{name: web-4, image/m);
    assert.deepEqual(problems(second), []);
  });

  it('cuts a 63-character name so that the new one is still a valid label', () => {
    const long = `${'a'.repeat(61)}-b`; // 63 characters; cut at 61 leaves a dash, which is dropped
    const text = pod('  containers:', `    - name: ${long}`, '      image: nginx:1.27', `    - name: ${long}`, '      image: nginx:1.27');
    const d = only(text, 'duplicate-container-name');
    const renamed = `${'a'.repeat(61)}-2`;
    assert.deepEqual(titles(d), [[`Rename to \`${renamed}\``, true]]);
    const fixed = applyFix(text, d);
    assert.ok(fixed.includes(`    - name: ${renamed}\n`));
    assert.equal(renamed.length, 63);
    assert.deepEqual(problems(fixed), []);
  });

  it('renames in a Deployment template, leaving the default-container annotation with the first', () => {
    const deployment = (second: string): string =>
      yaml(
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        '  name: web',
        'spec:',
        '  selector:',
        '    matchLabels: {app: web}',
        '  template:',
        '    metadata:',
        '      labels: {app: web}',
        '      annotations:',
        '        kubectl.kubernetes.io/default-container: web',
        '    spec:',
        '      containers:',
        '        - name: web',
        '          image: nginx:1.27',
        `        - name: ${second}`,
        '          image: busybox:1.36',
      );
    const d = only(deployment('web'), 'duplicate-container-name');
    const fixed = applyFix(deployment('web'), d);
    assert.equal(fixed, deployment('web-2'));
    assert.deepEqual(problems(fixed), []);
  });
});

describe('duplicate-env fixes', () => {
  const env = (...entries: string[]): string =>
    pod('  containers:', '    - name: api', '      image: nginx:1.27', '      env:', ...entries);
  const logLevelTwice = env(
    '        # logging',
    '        - name: LOG_LEVEL',
    '          value: info # the default',
    '        - name: PORT',
    '          value: "8080" # keep me',
    '        - name: LOG_LEVEL',
    '          value: debug',
  );

  it('prefers removing the earlier entry (the value in effect stays), and offers removing this one', () => {
    const d = only(logLevelTwice, 'duplicate-env');
    assert.deepEqual(titles(d), [
      ['Remove the earlier `LOG_LEVEL` entry', true],
      ['Remove this `LOG_LEVEL` entry', false],
    ]);
    const earlierRemoved = applyFix(logLevelTwice, d, 0);
    assert.equal(
      earlierRemoved,
      env(
        '        # logging',
        '        - name: PORT',
        '          value: "8080" # keep me',
        '        - name: LOG_LEVEL',
        '          value: debug',
      ),
    );
    assert.deepEqual(problems(earlierRemoved), []);
    const thisRemoved = applyFix(logLevelTwice, d, 1);
    assert.equal(
      thisRemoved,
      env(
        '        # logging',
        '        - name: LOG_LEVEL',
        '          value: info # the default',
        '        - name: PORT',
        '          value: "8080" # keep me',
      ),
    );
    assert.deepEqual(problems(thisRemoved), []);
  });

  it('titles both fixes in Korean', () => {
    assert.deepEqual(titles(only(logLevelTwice, 'duplicate-env', 'ko')), [
      ['앞에 있는 `LOG_LEVEL` 항목 지우기', true],
      ['이 `LOG_LEVEL` 항목 지우기', false],
    ]);
  });

  it('removes a whole multi-line entry and a one-line flow entry', () => {
    const text = env(
      '        - name: POD_IP',
      '          valueFrom:',
      '            fieldRef:',
      '              fieldPath: status.podIP',
      '        - {name: MODE, value: fast}',
      '        - {name: POD_IP, value: 127.0.0.1}',
      '        - {name: MODE, value: slow}',
    );
    const [ip, mode] = withCode(text, 'duplicate-env');
    assert.ok(ip && mode);
    assert.equal(
      applyFix(text, ip, 0),
      env('        - {name: MODE, value: fast}', '        - {name: POD_IP, value: 127.0.0.1}', '        - {name: MODE, value: slow}'),
    );
    assert.equal(
      applyFix(text, mode, 1),
      env(
        '        - name: POD_IP',
        '          valueFrom:',
        '            fieldRef:',
        '              fieldPath: status.podIP',
        '        - {name: MODE, value: fast}',
        '        - {name: POD_IP, value: 127.0.0.1}',
      ),
    );
  });

  it('does not offer removing the earlier entry when a $(NAME) reference needs its value', () => {
    // A later entry that only repeats the reference needs the earlier value too.
    const repeat = env('        - name: PATH', '          value: /usr/bin', '        - name: PATH', '          value: $(PATH)');
    assert.deepEqual(titles(only(repeat, 'duplicate-env')), [['Remove this `PATH` entry', false]]);
    // An entry in between reads the earlier value.
    const between = env(
      '        - {name: HOST, value: db}',
      '        - {name: URL, value: "http://$(HOST):5432"}',
      '        - {name: HOST, value: cache}',
    );
    const d = only(between, 'duplicate-env');
    assert.deepEqual(titles(d), [['Remove this `HOST` entry', false]]);
    assert.equal(applyFix(between, d), env('        - {name: HOST, value: db}', '        - {name: URL, value: "http://$(HOST):5432"}'));
  });

  it('with three entries, points each later one at the first and prefers a removal that keeps the value in effect', () => {
    const text = env('        - {name: A, value: "1"}', '        - {name: A, value: "2"}', '        - {name: A, value: "3"}');
    const [second, third] = withCode(text, 'duplicate-env');
    assert.ok(second && third);
    assert.deepEqual(titles(second), [
      ['Remove the earlier `A` entry', true],
      ['Remove this `A` entry', false],
    ]);
    assert.equal(applyFix(text, third, 0), env('        - {name: A, value: "2"}', '        - {name: A, value: "3"}'));
  });

  it('offers no fix in a flow-style env list (too fiddly to cut cleanly)', () => {
    const text = pod(
      '  containers:',
      '    - name: api',
      '      image: nginx:1.27',
      '      env: [{name: A, value: "1"}, {name: A, value: "2"}]',
    );
    assert.deepEqual(fixesOf(only(text, 'duplicate-env')), []);
  });

  it('fixes a Deployment template container', () => {
    const deployment = (...entries: string[]): string =>
      yaml(
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        '  name: api',
        'spec:',
        '  selector:',
        '    matchLabels: {app: api}',
        '  template:',
        '    metadata:',
        '      labels: {app: api}',
        '    spec:',
        '      containers:',
        '        - name: api',
        '          image: nginx:1.27',
        '          env:',
        ...entries,
      );
    const text = deployment(
      '            - name: TZ',
      '              value: UTC',
      '            - name: TZ',
      '              value: Asia/Seoul',
    );
    const fixed = applyFix(text, only(text, 'duplicate-env'));
    assert.equal(fixed, deployment('            - name: TZ', '              value: Asia/Seoul'));
    assert.deepEqual(problems(fixed), []);
  });
});

describe('duplicate-volume fix', () => {
  const volumes = (...entries: string[]): string =>
    pod(
      '  containers:',
      '    - name: web',
      '      image: nginx:1.27',
      '      volumeMounts:',
      '        - name: data',
      '          mountPath: /data',
      '  volumes:',
      ...entries,
    );

  it('removes the later of two identical definitions', () => {
    const text = volumes(
      '    - name: data',
      '      emptyDir: {}',
      '    - name: data # copied',
      '      emptyDir: {}',
      '    - name: cache',
      '      emptyDir: {}',
    );
    const d = only(text, 'duplicate-volume');
    assert.deepEqual(titles(d), [['Remove this duplicate volume `data`', true]]);
    const fixed = applyFix(text, d);
    assert.equal(fixed, volumes('    - name: data', '      emptyDir: {}', '    - name: cache', '      emptyDir: {}'));
    assert.deepEqual(problems(fixed), []);
    assert.deepEqual(titles(only(text, 'duplicate-volume', 'ko')), [['중복된 이 `data` 볼륨 지우기', true]]);
  });

  it('offers nothing when the definitions differ: which one the mounts meant is the author’s call', () => {
    const text = volumes(
      '    - name: data',
      '      emptyDir: {}',
      '    - name: data',
      '      persistentVolumeClaim:',
      '        claimName: web-data',
    );
    assert.deepEqual(fixesOf(only(text, 'duplicate-volume')), []);
  });
});

describe('port-conflict fix', () => {
  const ports = (...containers: string[]): string => pod('  containers:', ...containers);

  it('removes a port entry repeated word for word in one container', () => {
    const text = ports(
      '    - name: web',
      '      image: nginx:1.27',
      '      ports:',
      '        - containerPort: 80',
      '          name: http',
      '        - name: http',
      '          containerPort: 80',
      '        - containerPort: 443',
    );
    const d = only(text, 'port-conflict');
    assert.deepEqual(titles(d), [['Remove this repeated port 80/TCP entry', true]]);
    const fixed = applyFix(text, d);
    assert.equal(
      fixed,
      ports(
        '    - name: web',
        '      image: nginx:1.27',
        '      ports:',
        '        - containerPort: 80',
        '          name: http',
        '        - containerPort: 443',
      ),
    );
    assert.deepEqual(problems(fixed), []);
    assert.deepEqual(titles(only(text, 'port-conflict', 'ko')), [['반복된 이 80/TCP 포트 항목 지우기', true]]);
  });

  it('offers nothing for a clash between containers or between different entries', () => {
    const text = ports(
      '    - name: web',
      '      image: nginx:1.27',
      '      ports: [{containerPort: 80}, {containerPort: 80, name: alt}]',
      '    - name: proxy',
      '      image: envoy:1.30',
      '      ports: [{containerPort: 80}]',
    );
    const found = withCode(text, 'port-conflict');
    assert.equal(found.length, 2);
    assert.deepEqual(found.map(fixesOf), [[], []]);
  });
});
