import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { applyFix, diagnostics, fixesOf, rangeIn, withCode, yaml } from '../../helpers/diagnostics';

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
    assert.deepEqual(fixesOf(typo).map((f) => f.title), ['Change to `html-volum`']);
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
    assert.deepEqual(diagnostics(text).filter((d) => d.code === 'internal-error' || String(d.code).startsWith('undefined-')), []);
  });
});
