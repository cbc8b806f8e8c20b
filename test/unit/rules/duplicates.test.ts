import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { diagnostics, rangeIn, rangeOf, withCode, yaml } from '../../helpers/diagnostics';

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
    assert.deepEqual(diagnostics(text).filter((d) => d.code === 'internal-error'), []);
  });
});
