import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { applyFix, diagnose, fixesOf, rangeOf, textAt, withCode, yaml } from '../../helpers/ruleHarness';

const role = (kind: 'Role' | 'ClusterRole', ...rules: string[]): string =>
  yaml(
    'apiVersion: rbac.authorization.k8s.io/v1',
    `kind: ${kind}`,
    'metadata:',
    '  name: reader',
    'rules:',
    ...rules.map((line) => `  ${line}`),
  );

const binding = (kind: 'RoleBinding' | 'ClusterRoleBinding', roleRef: string[], subjects: string[]): string =>
  yaml(
    'apiVersion: rbac.authorization.k8s.io/v1',
    `kind: ${kind}`,
    'metadata:',
    '  name: readers',
    'roleRef:',
    ...roleRef.map((line) => `  ${line}`),
    'subjects:',
    ...subjects.map((line) => `  ${line}`),
  );

describe('rbac-rule', () => {
  it('fixes a group written with its version, and the core group written as v1 or core', () => {
    const text = role('Role', '- apiGroups: ["apps/v1", "v1", core]', '  resources: ["deployments", "pods"]', '  verbs: ["get", "list"]');
    const found = withCode(text, 'rbac-rule');
    assert.deepEqual(
      found.map((d) => [textAt(text, d), d.severity]),
      [
        ['"apps/v1"', DiagnosticSeverity.Warning],
        ['"v1"', DiagnosticSeverity.Warning],
        ['core', DiagnosticSeverity.Warning],
      ],
    );
    assert.deepEqual(rangeOf(found[0]), [5, 16, 5, 25]);
    assert.equal(
      found[0]?.message,
      '`apps/v1` is a group and a version, but `apiGroups` takes the group alone: `apps`. As written, the rule matches nothing.',
    );
    assert.equal(
      found[1]?.message,
      'The core group (pods, services, configmaps…) is written `""` in `apiGroups`; `v1` names no group, so the rule matches nothing.',
    );
    assert.deepEqual(
      fixesOf(found[2]).map((f) => f.title),
      ['Change to `""`'],
    );
    let fixed = text;
    for (const d of [...found].reverse()) fixed = applyFix(fixed, d);
    assert.match(fixed, /apiGroups: \["apps", "", ""\]/);
    assert.deepEqual(diagnose(fixed), []);
  });

  it('turns kinds into resource names and finds resources outside the listed groups', () => {
    const text = role(
      'ClusterRole',
      '- apiGroups: [""]',
      '  resources: [Pod, ConfigMaps, pods/log, deployments, servces]',
      '  verbs: [get]',
    );
    const found = withCode(text, 'rbac-rule');
    assert.deepEqual(
      found.map((d) => textAt(text, d)),
      ['Pod', 'ConfigMaps', 'deployments', 'servces'],
    );
    assert.equal(
      found[0]?.message,
      '`resources` takes resource names, which are lower-case plurals: `pods`, not `Pod`. As written, the rule matches nothing.',
    );
    assert.deepEqual(
      found.map((d) => fixesOf(d)[0]?.title),
      ['Change to `pods`', 'Change to `configmaps`', undefined, 'Change to `services`'],
    );
    assert.equal(
      found[2]?.message,
      "`deployments` belongs to the `apps` API group, which this rule's `apiGroups` does not list: the rule grants nothing on it. Add the group to `apiGroups`.",
    );
    // Custom groups may name any resource.
    assert.deepEqual(
      withCode(role('ClusterRole', '- apiGroups: [example.com]', '  resources: [Widget]', '  verbs: [get]'), 'rbac-rule'),
      [],
    );
  });

  it('warns about verbs Kubernetes does not authorize, allowing HTTP verbs on non-resource URLs', () => {
    const text = role(
      'ClusterRole',
      '- apiGroups: [""]',
      '  resources: [pods]',
      '  verbs: [Get, read, escalate]',
      '- nonResourceURLs: [/healthz]',
      '  verbs: [get, post]',
    );
    const found = withCode(text, 'rbac-rule');
    assert.deepEqual(
      found.map((d) => textAt(text, d)),
      ['Get', 'read'],
    );
    assert.match(found[0]?.message ?? '', /^`Get` is not a verb Kubernetes authorizes; .* Did you mean `get`\?$/);
    assert.deepEqual(fixesOf(found[1]), []);
  });

  it('rejects rules without groups or resources, and non-resource URLs in a Role or mixed with resources', () => {
    const missing = role('Role', '- resources: [deployments]', '  verbs: [get]');
    const [g] = withCode(missing, 'rbac-rule');
    assert.equal(g?.severity, DiagnosticSeverity.Error);
    assert.equal(textAt(missing, g), 'resources');
    assert.match(g?.message ?? '', /^A rule on resources needs `apiGroups`/);
    assert.deepEqual(
      fixesOf(g).map((f) => f.title),
      ['Add `apiGroups: ["apps"]`'],
    );
    assert.deepEqual(diagnose(applyFix(missing, g)), []);

    const noResources = role('Role', '- apiGroups: [""]', '  resources: []', '  verbs: [get]');
    assert.match(withCode(noResources, 'rbac-rule')[0]?.message ?? '', /^A rule on resources needs `resources`/);

    const urls = role('Role', '- nonResourceURLs: [/metrics]', '  apiGroups: [""]', '  verbs: [get]');
    assert.deepEqual(
      withCode(urls, 'rbac-rule').map((d) => d.message.slice(0, 40)),
      ['A Role belongs to one namespace and cann', 'A rule grants either `nonResourceURLs` o'],
    );
    assert.deepEqual(withCode(role('ClusterRole', '- nonResourceURLs: [/metrics]', '  verbs: [get]'), 'rbac-rule'), []);
  });

  it('speaks Korean when the language is Korean', () => {
    const korean = (text: string) => withCode(text, 'rbac-rule', { language: 'ko' });
    const [d] = korean(role('Role', '- apiGroups: ["apps/v1"]', '  resources: [deployments]', '  verbs: [get]'));
    assert.equal(
      d?.message,
      '`apps/v1` 값은 그룹과 버전입니다. `apiGroups`에는 그룹만 씁니다: `apps`. 지금대로라면 이 규칙은 아무것에도 맞지 않습니다.',
    );
    assert.deepEqual(
      fixesOf(d).map((f) => f.title),
      ['`apps`로 바꾸기'],
    );
    const [r] = korean(role('Role', '- apiGroups: [""]', '  resources: [Pod]', '  verbs: [get]'));
    assert.equal(
      r?.message,
      '`resources`에는 소문자 복수형인 리소스 이름을 씁니다: `Pod` 대신 `pods`. 지금대로라면 이 규칙은 아무것에도 맞지 않습니다.',
    );
  });
});

describe('rbac-binding', () => {
  it('rejects a ClusterRoleBinding to a Role and a roleRef group with a version', () => {
    const text = binding(
      'ClusterRoleBinding',
      ['kind: Role', 'name: reader', 'apiGroup: rbac.authorization.k8s.io/v1'],
      ['- kind: Group', '  name: readers', '  apiGroup: rbac.authorization.k8s.io'],
    );
    const found = withCode(text, 'rbac-binding');
    assert.deepEqual(
      found.map((d) => textAt(text, d)),
      ['Role', 'rbac.authorization.k8s.io/v1'],
    );
    assert.deepEqual(rangeOf(found[0]), [5, 8, 5, 12]);
    assert.equal(
      found[0]?.message,
      'A ClusterRoleBinding cannot reference a Role, which belongs to a single namespace: use a RoleBinding in that namespace, or bind a ClusterRole. Kubernetes rejects it.',
    );
    assert.deepEqual(
      fixesOf(found[1]).map((f) => f.title),
      ['Change to `rbac.authorization.k8s.io`'],
    );
    // A RoleBinding may bind either, and an absent apiGroup is filled in by the API server.
    assert.deepEqual(
      withCode(binding('RoleBinding', ['kind: ClusterRole', 'name: view'], ['- kind: User', '  name: jane']), 'rbac-binding'),
      [],
    );
  });

  it('checks subjects: kinds, groups, and the namespace of a service account bound cluster-wide', () => {
    const text = binding(
      'ClusterRoleBinding',
      ['kind: ClusterRole', 'name: view', 'apiGroup: rbac.authorization.k8s.io'],
      [
        '- kind: ServiceAccount',
        '  name: prometheus',
        '  apiGroup: rbac.authorization.k8s.io',
        '- kind: serviceaccounts',
        '  name: grafana',
        '  namespace: monitoring',
        '- kind: User',
        '  name: jane',
        '  apiGroup: v1',
      ],
    );
    const found = withCode(text, 'rbac-binding');
    assert.deepEqual(
      found.map((d) => textAt(text, d)),
      ['rbac.authorization.k8s.io', 'ServiceAccount', 'serviceaccounts', 'v1'],
    );
    assert.match(found[0]?.message ?? '', /^A ServiceAccount subject is in the core group/);
    assert.match(found[1]?.message ?? '', /^A ServiceAccount subject of a ClusterRoleBinding needs `namespace`/);
    assert.deepEqual(
      fixesOf(found[1]).map((f) => f.title),
      ['Add `namespace: default`'],
    );
    assert.deepEqual(
      fixesOf(found[2]).map((f) => f.title),
      ['Change to `ServiceAccount`'],
    );
    let fixed = text;
    for (const d of [...found].reverse()) fixed = applyFix(fixed, d);
    assert.match(fixed, /apiGroup: ""\n {4}namespace: default\n/);
    assert.deepEqual(diagnose(fixed), []);
    // In a RoleBinding the service account defaults to the binding's namespace.
    assert.deepEqual(
      withCode(binding('RoleBinding', ['kind: Role', 'name: reader'], ['- kind: ServiceAccount', '  name: app']), 'rbac-binding'),
      [],
    );
  });

  it('speaks Korean when the language is Korean', () => {
    const korean = (text: string) => withCode(text, 'rbac-binding', { language: 'ko' });
    const [d] = korean(
      binding('ClusterRoleBinding', ['kind: ClusterRole', 'name: view'], ['- kind: ServiceAccount', '  name: prometheus']),
    );
    assert.equal(
      d?.message,
      'ClusterRoleBinding의 ServiceAccount 주체(subject)에는 `namespace`가 있어야 합니다. 서비스 어카운트는 네임스페이스에 속하는데, 클러스터 전체 바인딩에는 빌려줄 네임스페이스가 없습니다. Kubernetes는 이 주체를 거부합니다.',
    );
    assert.deepEqual(
      fixesOf(d).map((f) => f.title),
      ['`namespace: default` 추가하기'],
    );
  });
});
