import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { applyFix, diagnostics, fixesOf, rangeOf, withCode, yaml } from '../../helpers/diagnostics';
import { withCode as withCodeIn } from '../../helpers/ruleHarness';

const korean = (text: string) => withCodeIn(text, 'invalid-name', { language: 'ko' });

describe('invalid-name', () => {
  it('reports a container name with a tag (the seed notes) and renames it without the tag', () => {
    const text = yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: spring-pod
      spec:
        containers:
          - name: spring-container:latest
            image: spring-server
            ports:
              - containerPort: 8080
            imagePullPolicy: Always
    `;
    const found = withCode(text, 'invalid-name');
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d?.severity, DiagnosticSeverity.Error);
    assert.deepEqual(d?.range, rangeOf(text, 'spring-container:latest'));
    assert.match(d?.message ?? '', /Container name `spring-container:latest` is not valid: it contains ':'/);
    assert.match(d?.message ?? '', /DNS-1123 label/);
    assert.match(d?.message ?? '', /belongs on `image:`/);
    assert.deepEqual(
      fixesOf(d).map((f) => f.title),
      ['Rename to `spring-container`'],
    );
    const fixed = applyFix(text, d);
    assert.match(fixed, /^ {4}- name: spring-container\n/m);
    assert.deepEqual(withCode(fixed, 'invalid-name'), []);
  });

  it('reports upper-case and over-long object names by kind', () => {
    const text = yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: MyApp
      spec:
        selector: {matchLabels: {app: web}}
        template:
          metadata: {labels: {app: web}}
          spec:
            containers: [{name: web, image: "nginx:1.27"}]
    `;
    const [d] = withCode(text, 'invalid-name');
    assert.deepEqual(d?.range, rangeOf(text, 'MyApp'));
    assert.match(d?.message ?? '', /Deployment name `MyApp` is not valid: it has upper-case letters/);
    assert.match(d?.message ?? '', /DNS-1123 subdomain/);
    assert.match(applyFix(text, d), /name: myapp\n/);

    const cron = yaml`
      apiVersion: batch/v1
      kind: CronJob
      metadata:
        name: ${'nightly-report-'.repeat(4)}x
      spec:
        schedule: "0 3 * * *"
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: OnFailure
                containers: [{name: report, image: "busybox:1.36"}]
    `;
    const [c] = withCode(cron, 'invalid-name');
    assert.match(c?.message ?? '', /61 characters long; a CronJob name may have at most 52/);
    assert.deepEqual(withCode(applyFix(cron, c), 'invalid-name'), []);
  });

  it('requires a DNS label for StatefulSet names but accepts dots in a Deployment name', () => {
    const workload = (kind: string) => yaml`
      apiVersion: apps/v1
      kind: ${kind}
      metadata:
        name: db.main
      spec:
        selector: {matchLabels: {app: db}}
        template:
          metadata: {labels: {app: db}}
          spec:
            containers: [{name: db, image: "postgres:16"}]
    `;
    const stateful = workload('StatefulSet');
    const [d] = withCode(stateful, 'invalid-name');
    assert.deepEqual(d?.range, rangeOf(stateful, 'db.main'));
    assert.match(d?.message ?? '', /StatefulSet name `db\.main` is not valid: it contains '\.'/);
    assert.deepEqual(withCode(workload('Deployment'), 'invalid-name'), []);
  });

  it('renames a volume together with the mounts that use it', () => {
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
              - name: Web_Data
                mountPath: /usr/share/nginx/html
        volumes:
          - name: Web_Data
            emptyDir: {}
    `;
    const found = withCode(text, 'invalid-name');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]?.range, rangeOf(text, 'Web_Data', 2));
    const fixed = applyFix(text, found[0]);
    assert.equal(fixed.split('name: web-data').length - 1, 2);
    assert.deepEqual(
      diagnostics(fixed).filter((d) => d.severity === DiagnosticSeverity.Error),
      [],
    );
  });

  it('checks port names as IANA service names and renames probe references too', () => {
    const text = yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
          - name: web
            image: nginx:1.27
            ports:
              - name: HTTP_Port
                containerPort: 80
              - name: metrics-endpoint
                containerPort: 9090
            readinessProbe:
              httpGet: {path: /, port: HTTP_Port}
    `;
    const found = withCode(text, 'invalid-name');
    assert.equal(found.length, 2);
    assert.deepEqual(found[0]?.range, rangeOf(text, 'HTTP_Port'));
    assert.deepEqual(found[1]?.range, rangeOf(text, 'metrics-endpoint'));
    assert.match(found[1]?.message ?? '', /16 characters long; port names may have at most 15/);
    const fixed = applyFix(text, found[0]);
    assert.match(fixed, /- name: http-port\n/);
    assert.match(fixed, /port: http-port\}/);
    assert.deepEqual(withCode(fixed, 'undefined-port-name'), []);
  });

  it('accepts valid names everywhere', () => {
    const text = yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: my-nginx-pod.v2
        namespace: team-a
      spec:
        initContainers:
          - name: init-config
            image: busybox:1.36
        containers:
          - name: my-nginx-container
            image: nginx:latest
            imagePullPolicy: IfNotPresent
            ports:
              - name: http
                containerPort: 80
            volumeMounts: [{name: html, mountPath: /html}]
        volumes:
          - name: html
            emptyDir: {}
    `;
    assert.deepEqual(diagnostics(text), []);
  });

  it('does not throw on odd YAML', () => {
    const text = yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: &n 123
        namespace: null
      spec:
        containers:
          - name: *n
            image: [nginx]
          - {name: ~, ports: {a: 1}}
          - 42
        volumes: {name: x}
    `;
    const all = diagnostics(text);
    assert.deepEqual(
      all.filter((d) => d.code === 'internal-error'),
      [],
    );
    assert.deepEqual(
      all.filter((d) => d.code === 'invalid-name'),
      [],
    );
  });

  describe('in Korean', () => {
    it('explains a tag on a container name and offers the same rename', () => {
      const text = yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: spring-pod
        spec:
          containers:
            - name: spring-container:latest
              image: spring-server:1.0
      `;
      const [d] = korean(text);
      assert.equal(
        d?.message,
        "컨테이너 이름 `spring-container:latest`는 올바르지 않습니다. 쓸 수 없는 문자가 들어 있습니다: ':'(소문자, 숫자, '-'만 쓰세요). " +
          "이름은 DNS-1123 레이블 형식(소문자, 숫자, '-'로 이루어지고, 글자나 숫자로 시작하고 끝나며, 최대 63자)이어야 합니다. " +
          '`:latest` 같은 태그는 컨테이너 이름이 아니라 `image:`에 붙입니다. 예: `spring-container`.',
      );
      assert.deepEqual(
        fixesOf(d).map((f) => f.title),
        ['`spring-container`로 이름 바꾸기'],
      );
      assert.deepEqual(fixesOf(d)[0]?.edits, fixesOf(withCode(text, 'invalid-name')[0])[0]?.edits);
    });

    it('words upper-case object names and the CronJob length limit', () => {
      const deployment = yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: MyApp
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: web, image: "nginx:1.27"}]
      `;
      assert.equal(
        korean(deployment)[0]?.message,
        "Deployment 이름 `MyApp`은 올바르지 않습니다. 대문자가 들어 있습니다. 모두 소문자로 써야 합니다(소문자, 숫자, '-', '.'만 쓰세요). " +
          "이름은 DNS-1123 서브도메인 형식(소문자, 숫자, '-', '.'로 이루어지고, 최대 253자)이어야 합니다. 예: `myapp`.",
      );
      const cron = yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: ${'nightly-report-'.repeat(4)}x
        spec:
          schedule: "0 3 * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  containers: [{name: report, image: "busybox:1.36"}]
      `;
      assert.match(
        korean(cron)[0]?.message ?? '',
        /^CronJob 이름 `[a-z-]+x`는 올바르지 않습니다\. 길이가 61자인데, CronJob 이름은 최대 52자까지입니다\. CronJob이 만드는 Job마다 이 이름 뒤에 11자짜리 접미사가 붙기 때문입니다\. /,
      );
    });

    it('words port name problems', () => {
      const text = yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: web
              image: nginx:1.27
              ports:
                - name: HTTP_Port
                  containerPort: 80
                - name: metrics-endpoint
                  containerPort: 9090
                - name: "8081"
                  containerPort: 8081
      `;
      const found = korean(text);
      const rule = "이름은 IANA 서비스 이름 형식(소문자, 숫자, '-'로 이루어진 최대 15자이고, 글자가 하나 이상 있음)이어야 합니다.";
      assert.deepEqual(
        found.map((d) => d.message),
        [
          `포트 이름 \`HTTP_Port\`는 올바르지 않습니다. 쓸 수 없는 문자가 들어 있습니다: '_', 대문자(소문자, 숫자, '-'만 쓰세요). ${rule} 예: \`http-port\`.`,
          `포트 이름 \`metrics-endpoint\`는 올바르지 않습니다. 길이가 16자인데, 포트 이름은 최대 15자까지 쓸 수 있습니다. ${rule} 예: \`metrics-endpoin\`.`,
          `포트 이름 \`8081\`은 올바르지 않습니다. 글자가 하나 이상 있어야 합니다(숫자로만 된 포트 이름은 포트 번호처럼 보입니다). ${rule}`,
        ],
      );
    });
  });
});
