import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { applyFix, diagnostics, fixesOf, rangeIn, rangeOf, withCode, yaml } from '../../helpers/diagnostics';

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
    assert.deepEqual(fixesOf(d).map((f) => f.title), ['Change the template label to `app: chat`', 'Change the selector to `app: chat-server`']);
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
    assert.deepEqual(fixesOf(d).map((f) => [f.title, f.preferred === true]), [['Use `restartPolicy: Never`', true], ['Use `restartPolicy: OnFailure`', false]]);
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
    assert.deepEqual(diagnostics(text).filter((d) => d.code === 'internal-error'), []);
  });
});
