import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { diagnostics, rangeIn, rangeOf, withCode, yaml } from '../../helpers/diagnostics';
import { withCode as withCodeIn } from '../../helpers/ruleHarness';

function relatedRange(d: Diagnostic | undefined) {
  assert.equal(d?.relatedInformation?.length, 1);
  return d?.relatedInformation?.[0]?.location.range;
}

describe('duplicate-container-name', () => {
  it('reports the later container, across containers and initContainers, pointing at the earlier one', () => {
    const text = yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        initContainers:
          - name: web
            image: busybox:1.36
        containers:
          - name: web
            image: nginx:1.27
          - name: sidecar
            image: busybox:1.36
    `;
    const found = withCode(text, 'duplicate-container-name');
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d?.severity, DiagnosticSeverity.Error);
    assert.deepEqual(d?.range, rangeOf(text, 'web', 3));
    assert.deepEqual(relatedRange(d), rangeOf(text, 'web', 2));
    assert.match(d?.message ?? '', /`web` is already the name of an earlier init container/);
  });

  it('accepts distinct names', () => {
    const text = yaml`
      apiVersion: v1
      kind: Pod
      metadata: {name: web}
      spec:
        containers:
          - {name: web, image: "nginx:1.27"}
          - {name: log, image: "busybox:1.36"}
    `;
    assert.deepEqual(diagnostics(text), []);
  });
});

describe('port-conflict', () => {
  const twoNginx = yaml`
    apiVersion: v1
    kind: Pod
    metadata:
      name: two-nginx
    spec:
      containers:
        - name: first
          image: nginx:1.27
          ports:
            - containerPort: 80
        - name: second
          image: nginx:1.27
          ports:
            - containerPort: 80
              protocol: TCP
            - containerPort: 53
              protocol: UDP
            - containerPort: 53
              protocol: TCP
  `;

  it('reports two containers listening on one port: they share a network namespace', () => {
    const found = withCode(twoNginx, 'port-conflict');
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d?.severity, DiagnosticSeverity.Error);
    assert.deepEqual(d?.range, rangeIn(twoNginx, 'containerPort: 80', '80', 2));
    assert.deepEqual(relatedRange(d), rangeIn(twoNginx, 'containerPort: 80', '80', 1));
    assert.match(d?.message ?? '', /Port 80\/TCP is already used by container `first`/);
    assert.match(d?.message ?? '', /share one network namespace/);
  });

  it('reports a port listed twice in one container and a repeated host port', () => {
    const text = yaml`
      apiVersion: v1
      kind: Pod
      metadata: {name: p}
      spec:
        initContainers:
          - name: setup
            image: busybox:1.36
            ports: [{containerPort: 8080}, {containerPort: 8080}]
        containers:
          - name: app
            image: app:1.0
            ports: [{containerPort: 8080, hostPort: 30080}]
          - name: other
            image: app:1.0
            ports: [{containerPort: 9090, hostPort: 30080}]
    `;
    const found = withCode(text, 'port-conflict');
    assert.equal(found.length, 2);
    assert.match(found[0]?.message ?? '', /Port 8080\/TCP is listed twice in init container `setup`/);
    assert.deepEqual(found[0]?.range, rangeOf(text, '8080', 2));
    assert.match(found[1]?.message ?? '', /Host port 30080\/TCP is already claimed by container `app`/);
    assert.deepEqual(found[1]?.range, rangeOf(text, '30080', 2));
  });

  it('allows the same port in a plain init container (it runs before the app) but not in a sidecar', () => {
    const text = (policy: string) => yaml`
      apiVersion: v1
      kind: Pod
      metadata: {name: p}
      spec:
        initContainers:
          - {name: proxy, image: "envoy:1.30", ${policy} ports: [{containerPort: 8080}]}
        containers:
          - {name: app, image: "app:1.0", ports: [{containerPort: 8080}]}
    `;
    assert.deepEqual(withCode(text(''), 'port-conflict'), []);
    const [d] = withCode(text('restartPolicy: Always,'), 'port-conflict');
    assert.match(d?.message ?? '', /already used by init container `proxy`/);
  });

  it('names a port repeated in one app container, and a host port on one host IP of an unnamed container', () => {
    const text = yaml`
      apiVersion: v1
      kind: Pod
      metadata: {name: p}
      spec:
        containers:
          - image: app:1.0
            ports: [{containerPort: 8080, hostPort: 30080, hostIP: 10.0.0.1}]
          - name: app
            image: app:1.0
            ports: [{containerPort: 9090}, {containerPort: 9090, hostPort: 30080, hostIP: 10.0.0.1}, {containerPort: 9091, hostPort: 30080}]
    `;
    assert.deepEqual(
      withCode(text, 'port-conflict').map((d) => d.message),
      [
        'Port 9090/TCP is listed twice in container `app`. Remove the repeated entry.',
        'Host port 30080/TCP on 10.0.0.1 is already claimed by container #1. A host port can be bound only once per node; Kubernetes rejects the pod. Use another hostPort or remove one.',
      ],
    );
  });
});

describe('duplicate-env', () => {
  it('warns on the later variable with the same name', () => {
    const text = yaml`
      apiVersion: v1
      kind: Pod
      metadata: {name: p}
      spec:
        containers:
          - name: app
            image: app:1.0
            env:
              - name: SPRING_PROFILES_ACTIVE
                value: dev
              - name: JAVA_OPTS
                value: -Xmx512m
              - name: SPRING_PROFILES_ACTIVE
                value: prod
          - name: other
            image: app:1.0
            env: [{name: JAVA_OPTS, value: x}]
    `;
    const found = withCode(text, 'duplicate-env');
    assert.equal(found.length, 1, 'the same name in another container is fine');
    const [d] = found;
    assert.equal(d?.severity, DiagnosticSeverity.Warning);
    assert.deepEqual(d?.range, rangeOf(text, 'SPRING_PROFILES_ACTIVE', 2));
    assert.deepEqual(relatedRange(d), rangeOf(text, 'SPRING_PROFILES_ACTIVE', 1));
    assert.match(d?.message ?? '', /Only the later value takes effect/);
  });

  it('leaves a later entry that extends the earlier value alone, but not one that only repeats it', () => {
    const pod = (later: string) => yaml`
      apiVersion: v1
      kind: Pod
      metadata: {name: p}
      spec:
        containers:
          - name: app
            image: app:1.0
            env:
              - {name: PATH, value: /usr/bin}
              - {name: PATH, value: "${later}"}
    `;
    assert.deepEqual(withCode(pod('$(PATH):/opt/bin'), 'duplicate-env'), []);
    assert.equal(withCode(pod('$(PATH)'), 'duplicate-env').length, 1);
    assert.equal(withCode(pod('/opt/bin'), 'duplicate-env').length, 1);
  });
});

describe('duplicate-volume', () => {
  it('reports the later volume of the same name', () => {
    const text = yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web}
      spec:
        selector: {matchLabels: {app: web}}
        template:
          metadata: {labels: {app: web}}
          spec:
            containers:
              - name: web
                image: nginx:1.27
                volumeMounts: [{name: config, mountPath: /etc/nginx/conf.d}]
            volumes:
              - name: config
                configMap: {name: nginx-config}
              - name: config
                emptyDir: {}
    `;
    const found = withCode(text, 'duplicate-volume');
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d?.severity, DiagnosticSeverity.Error);
    assert.deepEqual(d?.range, rangeIn(text, '- name: config', 'config', 2));
    assert.deepEqual(relatedRange(d), rangeIn(text, '- name: config', 'config', 1));
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
            env: {A: 1}
            ports: [{containerPort: [80]}, {containerPort: null}, 80]
          - ? [complex, key]
            : value
        volumes: [null, {name: 1}, {name: 1}]
    `;
    assert.deepEqual(
      diagnostics(text).filter((d) => d.code === 'internal-error'),
      [],
    );
  });
});

describe('duplicate diagnostics in Korean', () => {
  const korean = (text: string, code: string) => withCodeIn(text, code, { language: 'ko' });
  const relatedMessage = (d: Diagnostic | undefined) => d?.relatedInformation?.map((r) => r.message);

  it('words a repeated container name', () => {
    const text = yaml`
      apiVersion: v1
      kind: Pod
      metadata: {name: web}
      spec:
        initContainers: [{name: web, image: "busybox:1.36"}]
        containers: [{name: web, image: "nginx:1.27"}]
    `;
    const [d] = korean(text, 'duplicate-container-name');
    assert.equal(
      d?.message,
      '`web`은 이 파드에서 앞에 나온 초기화 컨테이너의 이름으로 이미 쓰였습니다. 컨테이너 이름은 containers, initContainers, ephemeralContainers 전체에서 고유해야 합니다. 둘 중 하나의 이름을 바꾸세요.',
    );
    assert.deepEqual(relatedMessage(d), ['`web`이 처음 쓰인 곳']);
  });

  it('words the three kinds of port conflict', () => {
    const text = yaml`
      apiVersion: v1
      kind: Pod
      metadata: {name: p}
      spec:
        initContainers:
          - {name: setup, image: "busybox:1.36", ports: [{containerPort: 8080}, {containerPort: 8080}]}
        containers:
          - {name: app, image: "app:1.0", ports: [{containerPort: 8080, hostPort: 30080, hostIP: 10.0.0.1}]}
          - {name: other, image: "app:1.0", ports: [{containerPort: 8080}, {containerPort: 9090, hostPort: 30080, hostIP: 10.0.0.1}]}
    `;
    const found = korean(text, 'port-conflict');
    assert.deepEqual(
      found.map((d) => d.range),
      withCode(text, 'port-conflict').map((d) => d.range),
    );
    assert.deepEqual(
      found.map((d) => [d.message, ...(relatedMessage(d) ?? [])]),
      [
        ['초기화 컨테이너 `setup`에 8080/TCP 포트가 두 번 나옵니다. 반복된 항목을 지우세요.', '8080/TCP 포트가 처음 선언된 곳'],
        [
          '8080/TCP 포트는 이미 컨테이너 `app`에서 쓰고 있습니다. 한 파드의 컨테이너들은 네트워크 네임스페이스 하나를 함께 쓰므로, 두 컨테이너가 같은 포트에서 동시에 연결을 기다릴(listen) 수 없습니다. 하나는 바인딩에 실패합니다. 둘 중 하나에 다른 포트를 지정하세요.',
          '8080/TCP 포트가 처음 선언된 곳',
        ],
        [
          '10.0.0.1의 30080/TCP 호스트 포트는 이미 컨테이너 `app`에서 차지했습니다. 호스트 포트는 노드마다 한 번만 바인딩할 수 있어서 Kubernetes가 이 파드를 거부합니다. 다른 hostPort를 쓰거나 하나를 지우세요.',
          '10.0.0.1의 30080/TCP 호스트 포트를 처음 차지한 곳',
        ],
      ],
    );
  });

  it('words a repeated environment variable and a repeated volume', () => {
    const text = yaml`
      apiVersion: v1
      kind: Pod
      metadata: {name: p}
      spec:
        containers:
          - name: app
            image: app:1.0
            env: [{name: MODE, value: dev}, {name: MODE, value: prod}]
        volumes: [{name: config, emptyDir: {}}, {name: config, emptyDir: {}}]
    `;
    const [env] = korean(text, 'duplicate-env');
    assert.equal(env?.message, '환경 변수 `MODE`는 컨테이너 `app`에서 이미 앞서 설정되었습니다. 나중 값만 적용되니 둘 중 하나를 지우세요.');
    assert.deepEqual(relatedMessage(env), ['`MODE`가 처음 설정된 곳']);
    const [volume] = korean(text, 'duplicate-volume');
    assert.equal(
      volume?.message,
      '`config`(이)라는 이름의 볼륨이 이 파드에 이미 정의되어 있습니다. 볼륨 이름은 고유해야 합니다. 둘 중 하나의 이름을 바꾸세요(그 볼륨을 쓰는 volumeMounts도 함께 바꾸세요).',
    );
    assert.deepEqual(relatedMessage(volume), ['볼륨 `config`가 처음 정의된 곳']);
  });
});
