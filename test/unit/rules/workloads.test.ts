import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { applyFix, diagnostics, fixesOf, rangeIn, rangeOf, withCode, yaml } from '../../helpers/diagnostics';
import { withCode as withCodeIn } from '../../helpers/ruleHarness';

const korean = (text: string, code: string) => withCodeIn(text, code, { language: 'ko' });

const deployment = (selector: string, templateMetadata: string) => yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: chat
  spec:
    replicas: 3
    selector:
      ${selector}
    template:
      metadata:
        ${templateMetadata}
      spec:
        containers:
          - name: chat-container
            image: docker.io/jeongchanmin/spring-server:0.1.2
`;

describe('selector-mismatch', () => {
  it('reports a selector label the template lacks, and adds it to the template', () => {
    const text = deployment('matchLabels:\n        app: chat\n        tier: backend', 'labels:\n          app: chat');
    const found = withCode(text, 'selector-mismatch');
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d?.severity, DiagnosticSeverity.Error);
    assert.deepEqual(d?.range, rangeOf(text, 'tier'));
    assert.match(d?.message ?? '', /requires label `tier: backend`, but the pod template has no `tier` label/);
    assert.deepEqual(d?.relatedInformation?.[0]?.location.range, rangeIn(text, '      labels:', 'labels'));
    const fixed = applyFix(text, d);
    assert.match(fixed, /\n {6}labels:\n {8}app: chat\n {8}tier: backend\n/);
    assert.deepEqual(diagnostics(fixed), []);
  });

  it('reports a different value, with a fix for either side', () => {
    const text = deployment('matchLabels: {app: chat}', 'labels: {app: chat-server}');
    const [d] = withCode(text, 'selector-mismatch');
    assert.deepEqual(d?.range, rangeIn(text, '{app: chat}', 'chat'));
    assert.match(d?.message ?? '', /requires `app: chat`, but the pod template's label is `app: chat-server`/);
    assert.deepEqual(
      fixesOf(d).map((f) => f.title),
      ['Change the template label to `app: chat`', 'Change the selector to `app: chat-server`'],
    );
    for (const fix of fixesOf(d)) assert.deepEqual(withCode(applyFix(text, d, fix.title), 'selector-mismatch'), []);
  });

  it('creates labels: in a template that has none', () => {
    const text = deployment('matchLabels: {app: chat}', 'name: chat-template');
    const [d] = withCode(text, 'selector-mismatch');
    const fixed = applyFix(text, d);
    assert.match(fixed, /\n {4}metadata:\n {6}labels:\n {8}app: chat\n {6}name: chat-template\n/);
    assert.deepEqual(withCode(fixed, 'selector-mismatch'), []);
  });

  it('checks matchExpressions and empty selectors', () => {
    const text = deployment(
      'matchExpressions:\n        - {key: tier, operator: In, values: [web, api]}\n        - {key: canary, operator: DoesNotExist}\n        - {key: app, operator: Exists}',
      'labels: {app: chat, tier: worker, canary: "true"}',
    );
    const found = withCode(text, 'selector-mismatch');
    assert.equal(found.length, 2);
    assert.deepEqual(found[0]?.range, rangeOf(text, 'tier'));
    assert.match(found[0]?.message ?? '', /`tier` to be one of `web`, `api`, but the pod template's `tier` label is `worker`/);
    assert.match(found[1]?.message ?? '', /requires no `canary` label/);

    const empty = deployment('{}', 'labels: {app: chat}').replace('selector:\n    {}', 'selector: {}');
    const [e] = withCode(empty, 'selector-mismatch');
    assert.deepEqual(e?.range, rangeOf(empty, 'selector'));
    assert.match(e?.message ?? '', /selector is empty/);
  });

  it('speaks Korean when the language is Korean', () => {
    const rejects =
      ' Kubernetes는 셀렉터가 파드 템플릿의 레이블과 맞지 않는 Deployment를 거부합니다. 그런 Deployment는 자신이 만든 파드를 자기 것으로 선택하지 못하기 때문입니다.';
    const missing = deployment('matchLabels:\n        app: chat\n        tier: backend', 'labels:\n          app: chat');
    const [m] = korean(missing, 'selector-mismatch');
    assert.equal(m?.message, `셀렉터는 레이블 \`tier: backend\`를 요구하지만, 파드 템플릿에는 \`tier\` 레이블이 없습니다.${rejects}`);
    assert.deepEqual(
      m?.relatedInformation?.map((r) => r.message),
      ['파드 템플릿의 레이블'],
    );
    assert.deepEqual(
      fixesOf(m).map((f) => f.title),
      ['파드 템플릿에 레이블 `tier: backend` 추가하기'],
    );
    assert.deepEqual(fixesOf(m)[0]?.edits, fixesOf(withCode(missing, 'selector-mismatch')[0])[0]?.edits);

    const [different] = korean(deployment('matchLabels: {app: chat}', 'labels: {app: chat-server}'), 'selector-mismatch');
    assert.equal(different?.message, `셀렉터는 \`app: chat\`을 요구하지만, 파드 템플릿의 레이블은 \`app: chat-server\`입니다.${rejects}`);
    assert.deepEqual(
      fixesOf(different).map((f) => f.title),
      ['템플릿 레이블을 `app: chat`으로 바꾸기', '셀렉터를 `app: chat-server`로 바꾸기'],
    );

    const expressions = deployment(
      'matchExpressions:\n        - {key: tier, operator: In, values: [web, api]}\n        - {key: canary, operator: DoesNotExist}\n        - {key: app, operator: Exists}\n        - {key: env, operator: NotIn, values: [prod, staging]}',
      'labels: {tier: worker, canary: "true", env: prod}',
    );
    assert.deepEqual(
      korean(expressions, 'selector-mismatch').map((d) => d.message.slice(0, -rejects.length)),
      [
        '셀렉터 표현식은 레이블 `tier`의 값이 `web`, `api` 중 하나이기를 요구하지만, 파드 템플릿의 `tier` 레이블은 `worker`입니다.',
        '셀렉터 표현식은 `canary` 레이블이 없기를 요구하지만, 파드 템플릿의 `canary` 레이블은 `true`입니다.',
        '셀렉터 표현식은 `app` 레이블이 있기를 요구하지만, 파드 템플릿에는 `app` 레이블이 없습니다.',
        '셀렉터 표현식은 레이블 `env`의 값이 `prod`, `staging` 중 어느 것도 아니기를 요구하지만, 파드 템플릿의 `env` 레이블은 `prod`입니다.',
      ],
    );

    const empty = deployment('{}', 'labels: {app: chat}').replace('selector:\n    {}', 'selector: {}');
    assert.equal(
      korean(empty, 'selector-mismatch')[0]?.message,
      `이 셀렉터는 비어 있어서 네임스페이스의 모든 파드를 선택하게 됩니다. 파드 템플릿의 레이블로 \`matchLabels\`를 추가하세요.${rejects}`,
    );
  });

  it('checks a Job only with manualSelector, and a ReplicationController map selector', () => {
    const job = (manual: string) => yaml`
      apiVersion: batch/v1
      kind: Job
      metadata: {name: once}
      spec:
        ${manual}
        selector: {matchLabels: {job: once}}
        template:
          metadata: {labels: {job: other}}
          spec:
            restartPolicy: Never
            containers: [{name: run, image: "busybox:1.36"}]
    `;
    assert.equal(withCode(job('manualSelector: true'), 'selector-mismatch').length, 1);
    assert.deepEqual(withCode(job('parallelism: 1'), 'selector-mismatch'), []);

    const rc = yaml`
      apiVersion: v1
      kind: ReplicationController
      metadata: {name: web}
      spec:
        selector: {app: web}
        template:
          metadata: {labels: {app: nginx}}
          spec: {containers: [{name: web, image: "nginx:1.27"}]}
    `;
    assert.equal(withCode(rc, 'selector-mismatch').length, 1);
  });

  it('accepts matching selectors', () => {
    assert.deepEqual(diagnostics(deployment('matchLabels: {app: chat}', 'labels: {app: chat, version: "2"}')), []);
  });
});

describe('job-restart-policy', () => {
  const job = (policy: string) => yaml`
    apiVersion: batch/v1
    kind: Job
    metadata:
      name: pi
    spec:
      template:
        spec:
          ${policy}
          containers:
            - name: pi
              image: perl:5.34
              command: ["perl", "-Mbignum=bpi", "-wle", "print bpi(100)"]
  `;

  it('reports restartPolicy: Always with fixes for Never and OnFailure', () => {
    const text = job('restartPolicy: Always');
    const found = withCode(text, 'job-restart-policy');
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d?.severity, DiagnosticSeverity.Error);
    assert.deepEqual(d?.range, rangeOf(text, 'Always'));
    assert.match(d?.message ?? '', /`restartPolicy: Always` is not allowed in a Job's pod template/);
    assert.deepEqual(
      fixesOf(d).map((f) => [f.title, f.preferred === true]),
      [
        ['Use `restartPolicy: Never`', true],
        ['Use `restartPolicy: OnFailure`', false],
      ],
    );
    assert.deepEqual(diagnostics(applyFix(text, d)), []);
  });

  it('reports a missing restartPolicy on the template spec key (it would default to Always)', () => {
    const text = job('hostname: pi');
    const [d] = withCode(text, 'job-restart-policy');
    assert.deepEqual(d?.range, rangeOf(text, 'spec', 2));
    assert.match(d?.message ?? '', /has no `restartPolicy`\. Pods default to `Always`/);
    const fixed = applyFix(text, d);
    assert.match(fixed, /\n {4}spec:\n {6}restartPolicy: Never\n {6}hostname: pi\n/);
    assert.deepEqual(diagnostics(fixed), []);
  });

  it('speaks Korean when the language is Korean', () => {
    const allowed =
      'Job의 파드는 끝나야 하므로, `restartPolicy`는 `Never`(실패한 파드를 새 파드로 교체) 또는 `OnFailure`(컨테이너를 그 자리에서 재시작)여야 합니다.';
    const [always] = korean(job('restartPolicy: Always'), 'job-restart-policy');
    assert.equal(always?.message, `Job의 파드 템플릿에는 \`restartPolicy: Always\`를 쓸 수 없습니다. ${allowed}`);
    assert.deepEqual(
      fixesOf(always).map((f) => [f.title, f.preferred === true]),
      [
        ['`restartPolicy: Never` 사용하기', true],
        ['`restartPolicy: OnFailure` 사용하기', false],
      ],
    );
    const text = job('hostname: pi');
    const [missing] = korean(text, 'job-restart-policy');
    assert.equal(
      missing?.message,
      `이 Job의 파드 템플릿에는 \`restartPolicy\`가 없습니다. 파드의 기본값은 \`Always\`인데, Kubernetes는 Job에서 이 값을 거부합니다("Unsupported value: \\"Always\\""). ${allowed}`,
    );
    assert.deepEqual(
      fixesOf(missing).map((f) => f.title),
      ['`restartPolicy: Never` 추가하기'],
    );
    assert.match(applyFix(text, missing), /\n {4}spec:\n {6}restartPolicy: Never\n {6}hostname: pi\n/);
  });

  it('checks CronJob templates and accepts OnFailure/Never', () => {
    const cron = (policy: string) => yaml`
      apiVersion: batch/v1
      kind: CronJob
      metadata: {name: hello}
      spec:
        schedule: "*/1 * * * *"
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: ${policy}
                containers: [{name: hello, image: "busybox:1.36"}]
    `;
    assert.equal(withCode(cron('Always'), 'job-restart-policy').length, 1);
    assert.deepEqual(diagnostics(cron('OnFailure')), []);
    assert.deepEqual(diagnostics(job('restartPolicy: Never')), []);
  });

  it('does not throw on odd YAML', () => {
    const text = yaml`
      apiVersion: batch/v1
      kind: Job
      metadata: {name: odd}
      spec:
        manualSelector: true
        selector: {matchLabels: [a], matchExpressions: {key: a}}
        template:
          metadata: {labels: *none}
          spec: {restartPolicy: [Always]}
    `;
    assert.deepEqual(
      diagnostics(text).filter((d) => d.code === 'internal-error'),
      [],
    );
  });
});
