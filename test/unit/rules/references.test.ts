import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { applyFix, diagnostics, fixesOf, rangeIn, withCode, yaml } from '../../helpers/diagnostics';
import { withCode as withCodeIn } from '../../helpers/ruleHarness';

const korean = (text: string, code: string) => withCodeIn(text, code, { language: 'ko' });

describe('undefined-volume', () => {
  const text = yaml`
    apiVersion: v1
    kind: Pod
    metadata:
      name: web
    spec:
      containers:
        - name: web
          image: nginx:1.27
          volumeMounts:
            - name: html-volume
              mountPath: /usr/share/nginx/html
            - name: logs
              mountPath: /var/log/nginx
      volumes:
        - name: html-volum
          emptyDir: {}
        - name: cache
          emptyDir: {}
  `;

  it('reports a mount of an undefined volume, suggesting the closest name', () => {
    const found = withCode(text, 'undefined-volume');
    assert.equal(found.length, 2);
    const [typo, missing] = found;
    assert.equal(typo?.severity, DiagnosticSeverity.Error);
    assert.deepEqual(typo?.range, rangeIn(text, '- name: html-volume', 'html-volume'));
    assert.match(typo?.message ?? '', /No volume named `html-volume` is defined in this pod/);
    assert.match(typo?.message ?? '', /Did you mean `html-volum`\?/);
    assert.deepEqual(
      fixesOf(typo).map((f) => f.title),
      ['Change to `html-volum`'],
    );
    const fixed = applyFix(text, typo);
    assert.match(fixed, /- name: html-volum\n {10}mountPath: \/usr/);
    assert.equal(withCode(fixed, 'undefined-volume').length, 1);

    assert.deepEqual(missing?.range, rangeIn(text, '- name: logs', 'logs'));
    assert.match(missing?.message ?? '', /Defined: `html-volum`, `cache`\./);
    assert.deepEqual(fixesOf(missing), []);
  });

  it('says so when the pod has no volumes at all', () => {
    const none = text.slice(0, text.indexOf('  volumes:'));
    const found = withCode(none, 'undefined-volume');
    assert.equal(found.length, 2);
    assert.match(found[0]?.message ?? '', /This pod has no `volumes:`/);
  });

  it('speaks Korean when the language is Korean', () => {
    const [typo, missing] = korean(text, 'undefined-volume');
    const head = '볼륨 마운트는 파드의 `volumes:`에 있는 항목의 이름을 가리켜야 합니다.';
    assert.equal(
      typo?.message,
      `이 파드에는 \`html-volume\`(이)라는 볼륨이 정의되어 있지 않습니다. ${head} \`html-volum\`을 쓰려던 것인가요?`,
    );
    assert.deepEqual(
      fixesOf(typo).map((f) => f.title),
      ['`html-volum`으로 바꾸기'],
    );
    assert.deepEqual(fixesOf(typo)[0]?.edits, fixesOf(withCode(text, 'undefined-volume')[0])[0]?.edits);
    assert.equal(
      missing?.message,
      `이 파드에는 \`logs\`(이)라는 볼륨이 정의되어 있지 않습니다. ${head} \`volumes:\`에 이 이름의 볼륨을 추가하거나, 이미 있는 볼륨을 쓰세요. 정의된 볼륨: \`html-volum\`, \`cache\`.`,
    );
    const [none] = korean(text.slice(0, text.indexOf('  volumes:')), 'undefined-volume');
    assert.equal(
      none?.message,
      `이 파드에는 \`html-volume\`(이)라는 볼륨이 정의되어 있지 않습니다. ${head} 이 파드에는 \`volumes:\`가 없습니다. \`containers:\`와 같은 수준에 \`volumes:\`를 만들고 이 이름의 볼륨을 추가하세요.`,
    );
  });

  it('accepts StatefulSet volumeClaimTemplates as volumes', () => {
    const stateful = yaml`
      apiVersion: apps/v1
      kind: StatefulSet
      metadata: {name: db}
      spec:
        selector: {matchLabels: {app: db}}
        serviceName: db
        template:
          metadata: {labels: {app: db}}
          spec:
            containers:
              - name: db
                image: postgres:16
                volumeMounts: [{name: data, mountPath: /var/lib/postgresql/data}]
        volumeClaimTemplates:
          - metadata: {name: data}
            spec:
              accessModes: [ReadWriteOnce]
              resources: {requests: {storage: 1Gi}}
    `;
    assert.deepEqual(diagnostics(stateful), []);
  });
});

describe('undefined-port-name', () => {
  const probe = (port: string) => yaml`
    apiVersion: v1
    kind: Pod
    metadata: {name: web}
    spec:
      containers:
        - name: web
          image: nginx:1.27
          ports:
            - name: http
              containerPort: 80
          livenessProbe:
            httpGet:
              path: /
              port: ${port}
          lifecycle:
            preStop:
              tcpSocket: {port: ${port}}
        - name: other
          image: busybox:1.36
          ports: [{name: htp, containerPort: 81}]
  `;

  it('reports probe and lifecycle ports naming no port of their container', () => {
    const text = probe('htpp');
    const found = withCode(text, 'undefined-port-name');
    assert.equal(found.length, 2);
    const [liveness, preStop] = found;
    assert.equal(liveness?.severity, DiagnosticSeverity.Error);
    assert.deepEqual(liveness?.range, rangeIn(text, 'port: htpp', 'htpp', 1));
    assert.match(liveness?.message ?? '', /`livenessProbe\.httpGet` uses port `htpp`, but container `web` declares no port with that name/);
    assert.match(liveness?.message ?? '', /keeps restarting the container\. Did you mean `http`\?/);
    assert.deepEqual(preStop?.range, rangeIn(text, 'port: htpp', 'htpp', 2));
    assert.match(preStop?.message ?? '', /`lifecycle\.preStop\.tcpSocket`/);
    const fixed = applyFix(applyFix(text, liveness), withCode(applyFix(text, liveness), 'undefined-port-name')[0]);
    assert.deepEqual(withCode(fixed, 'undefined-port-name'), []);
  });

  it('explains a quoted port number and unquotes it', () => {
    const text = probe('"80"');
    const [d] = withCode(text, 'undefined-port-name');
    assert.deepEqual(d?.range, rangeIn(text, 'port: "80"', '"80"'));
    assert.match(d?.message ?? '', /is quoted, so it is read as a port name/);
    assert.match(applyFix(text, d), /\n {10}port: 80\n/);
  });

  it('speaks Korean when the language is Korean', () => {
    const [liveness, preStop] = korean(probe('htpp'), 'undefined-port-name');
    assert.equal(
      liveness?.message,
      '`livenessProbe.httpGet`은 포트 `htpp`를 쓰지만, 컨테이너 `web`에는 그런 이름의 포트가 선언되어 있지 않습니다. 그래서 프로브가 실패하고 kubelet이 컨테이너를 계속 재시작합니다. `http`를 쓰려던 것인가요?',
    );
    assert.deepEqual(
      fixesOf(liveness).map((f) => f.title),
      ['`http`로 바꾸기'],
    );
    assert.match(preStop?.message ?? '', /그래서 훅이 실행될 때 실패합니다\./);
    const [unknown] = korean(probe('admin'), 'undefined-port-name');
    assert.match(
      unknown?.message ?? '',
      / 이 컨테이너의 `ports:`에 `admin`\(이\)라는 이름의 포트를 만들거나, 포트 번호를 쓰세요\. 정의된 포트 이름: `http`\.$/,
    );
    const quoted = probe('"80"');
    const [d] = korean(quoted, 'undefined-port-name');
    assert.equal(
      d?.message,
      '`livenessProbe.httpGet`의 포트 "80"에 따옴표가 있어서 포트 이름으로 읽히는데, 그런 이름의 포트가 없습니다. 그래서 프로브가 실패하고 kubelet이 컨테이너를 계속 재시작합니다. 따옴표 없이 숫자로 쓰세요.',
    );
    assert.deepEqual(
      fixesOf(d).map((f) => f.title),
      ['포트 번호 80으로 바꾸기'],
    );
    assert.match(applyFix(quoted, d), /\n {10}port: 80\n/);
  });

  it('accepts names and numbers that resolve', () => {
    assert.deepEqual(diagnostics(probe('http')), []);
    assert.deepEqual(diagnostics(probe('80')), []);
  });

  it('does not throw on odd YAML', () => {
    const text = yaml`
      apiVersion: v1
      kind: Pod
      metadata: {name: p}
      spec:
        containers:
          - name: a
            image: a:1
            ports: *nothing
            volumeMounts: [{name: [x]}, {name: y}]
            livenessProbe: {httpGet: null, tcpSocket: {port: {a: b}}}
            lifecycle: [preStop]
        volumes: *nothing
    `;
    assert.deepEqual(
      diagnostics(text).filter((d) => d.code === 'internal-error' || String(d.code).startsWith('undefined-')),
      [],
    );
  });
});
