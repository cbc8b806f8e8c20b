// Messages of rbac-rule and rbac-binding (rules/rbac.ts).
import type { Localized } from './localized';

export type RuleProblem =
  | { readonly kind: 'nonResourceInRole' }
  | { readonly kind: 'nonResourceMixed' }
  | { readonly kind: 'noApiGroups' }
  | { readonly kind: 'noResources' }
  | { readonly kind: 'groupVersion'; readonly written: string; readonly group: string }
  | { readonly kind: 'coreGroup'; readonly written: string }
  | { readonly kind: 'resourceName'; readonly written: string; readonly suggestion: string }
  | { readonly kind: 'resourceTypo'; readonly written: string; readonly suggestion: string }
  | { readonly kind: 'resourceGroup'; readonly resource: string; readonly groups: readonly string[] }
  | { readonly kind: 'verb'; readonly written: string; readonly suggestion: string | undefined };

export type BindingProblem =
  | { readonly kind: 'roleRefKind'; readonly written: string; readonly cluster: boolean; readonly suggestion: string | undefined }
  | { readonly kind: 'clusterBindingToRole' }
  | { readonly kind: 'roleRefApiGroup'; readonly written: string }
  | { readonly kind: 'subjectKind'; readonly written: string; readonly suggestion: string | undefined }
  | { readonly kind: 'serviceAccountApiGroup'; readonly written: string }
  | { readonly kind: 'userApiGroup'; readonly subjectKind: string; readonly written: string }
  | { readonly kind: 'serviceAccountNamespace' };

export interface RbacMessages {
  rule(problem: RuleProblem): string;
  binding(problem: BindingProblem): string;
  change(value: string): string;
  addNamespace(namespace: string): string;
  add(line: string): string;
}

const VERBS = '`get`, `list`, `watch`, `create`, `update`, `patch`, `delete`, `deletecollection` and `*`';
const VERBS_KO = '`get`, `list`, `watch`, `create`, `update`, `patch`, `delete`, `deletecollection`, `*`';
const RBAC_GROUP = 'rbac.authorization.k8s.io';

function groupsOf(groups: readonly string[], or: string): string {
  return groups.map((g) => (g === '' ? '`""` (core)' : `\`${g}\``)).join(or);
}

function groupsOfKo(groups: readonly string[]): string {
  return groups.map((g) => (g === '' ? '`""`(코어)' : `\`${g}\``)).join(', ');
}

export const rbacMessages: Localized<RbacMessages> = {
  en: {
    rule: (p) => {
      switch (p.kind) {
        case 'nonResourceInRole':
          return 'A Role belongs to one namespace and cannot grant `nonResourceURLs` (paths such as `/healthz`): use a ClusterRole. Kubernetes rejects it.';
        case 'nonResourceMixed':
          return 'A rule grants either `nonResourceURLs` or resources (`apiGroups`, `resources`, `resourceNames`), not both: split it into two rules. Kubernetes rejects the mix.';
        case 'noApiGroups':
          return 'A rule on resources needs `apiGroups`, the API groups of its resources: `""` for the core group (pods, services, configmaps…), `apps` for deployments, and so on. Kubernetes rejects the rule without it.';
        case 'noResources':
          return 'A rule on resources needs `resources`, such as `pods` or `deployments`; Kubernetes rejects the rule without it.';
        case 'groupVersion':
          return `\`${p.written}\` is a group and a version, but \`apiGroups\` takes the group alone: \`${p.group}\`. As written, the rule matches nothing.`;
        case 'coreGroup':
          return `The core group (pods, services, configmaps…) is written \`""\` in \`apiGroups\`; \`${p.written}\` names no group, so the rule matches nothing.`;
        case 'resourceName':
          return `\`resources\` takes resource names, which are lower-case plurals: \`${p.suggestion}\`, not \`${p.written}\`. As written, the rule matches nothing.`;
        case 'resourceTypo':
          return `\`${p.written}\` is not a resource of these API groups, so the rule matches nothing. Did you mean \`${p.suggestion}\`?`;
        case 'resourceGroup':
          return `\`${p.resource}\` belongs to the ${groupsOf(p.groups, ' or ')} API group, which this rule's \`apiGroups\` does not list: the rule grants nothing on it. Add the group to \`apiGroups\`.`;
        case 'verb':
          return `\`${p.written}\` is not a verb Kubernetes authorizes; resource verbs are ${VERBS}.${p.suggestion !== undefined ? ` Did you mean \`${p.suggestion}\`?` : ''}`;
      }
    },
    binding: (p) => {
      switch (p.kind) {
        case 'roleRefKind':
          return `\`${p.written}\` is not a kind a \`roleRef\` can name: use ${p.cluster ? '`ClusterRole`' : '`Role` or `ClusterRole`'}. Kubernetes rejects it.${p.suggestion !== undefined ? ` Did you mean \`${p.suggestion}\`?` : ''}`;
        case 'clusterBindingToRole':
          return 'A ClusterRoleBinding cannot reference a Role, which belongs to a single namespace: use a RoleBinding in that namespace, or bind a ClusterRole. Kubernetes rejects it.';
        case 'roleRefApiGroup':
          return `\`roleRef.apiGroup\` is the group alone, \`${RBAC_GROUP}\`, not \`${p.written}\`. Kubernetes rejects it.`;
        case 'subjectKind':
          return `\`${p.written}\` is not a subject kind; use \`ServiceAccount\`, \`User\` or \`Group\`. Kubernetes rejects it.${p.suggestion !== undefined ? ` Did you mean \`${p.suggestion}\`?` : ''}`;
        case 'serviceAccountApiGroup':
          return `A ServiceAccount subject is in the core group: its \`apiGroup\` is \`""\` or left out, not \`${p.written}\`. Kubernetes rejects it.`;
        case 'userApiGroup':
          return `A ${p.subjectKind} subject's \`apiGroup\` is \`${RBAC_GROUP}\` or left out, not \`${p.written}\`. Kubernetes rejects it.`;
        case 'serviceAccountNamespace':
          return 'A ServiceAccount subject of a ClusterRoleBinding needs `namespace`: service accounts live in a namespace, and a cluster-wide binding has none to lend them. Kubernetes rejects it.';
      }
    },
    change: (value) => `Change to \`${value}\``,
    addNamespace: (namespace) => `Add \`namespace: ${namespace}\``,
    add: (line) => `Add \`${line}\``,
  },
  ko: {
    rule: (p) => {
      switch (p.kind) {
        case 'nonResourceInRole':
          return 'Role은 네임스페이스 하나에 속하므로 `nonResourceURLs`(`/healthz` 같은 경로)를 허용할 수 없습니다. ClusterRole을 쓰세요. Kubernetes는 이 규칙을 거부합니다.';
        case 'nonResourceMixed':
          return '규칙 하나는 `nonResourceURLs`와 리소스(`apiGroups`, `resources`, `resourceNames`) 중 하나만 허용합니다. 규칙 두 개로 나누세요. Kubernetes는 둘을 섞은 규칙을 거부합니다.';
        case 'noApiGroups':
          return '리소스에 대한 규칙에는 리소스의 API 그룹을 담은 `apiGroups`가 있어야 합니다. 코어 그룹(pods, services, configmaps…)은 `""`, deployments는 `apps`처럼 씁니다. Kubernetes는 이 필드가 없는 규칙을 거부합니다.';
        case 'noResources':
          return '리소스에 대한 규칙에는 `pods`나 `deployments` 같은 `resources`가 있어야 합니다. Kubernetes는 이 필드가 없는 규칙을 거부합니다.';
        case 'groupVersion':
          return `\`${p.written}\` 값은 그룹과 버전입니다. \`apiGroups\`에는 그룹만 씁니다: \`${p.group}\`. 지금대로라면 이 규칙은 아무것에도 맞지 않습니다.`;
        case 'coreGroup':
          return `\`apiGroups\`에서 코어 그룹(pods, services, configmaps…)은 \`""\`로 씁니다. \`${p.written}\` 그룹은 없어서 이 규칙은 아무것에도 맞지 않습니다.`;
        case 'resourceName':
          return `\`resources\`에는 소문자 복수형인 리소스 이름을 씁니다: \`${p.written}\` 대신 \`${p.suggestion}\`. 지금대로라면 이 규칙은 아무것에도 맞지 않습니다.`;
        case 'resourceTypo':
          return `\`${p.written}\` 값은 이 API 그룹들의 리소스가 아니어서 이 규칙은 아무것에도 맞지 않습니다. \`${p.suggestion}\` 값을 쓰려던 것인가요?`;
        case 'resourceGroup':
          return `\`${p.resource}\` 리소스는 ${groupsOfKo(p.groups)} API 그룹에 속하는데, 이 규칙의 \`apiGroups\`에는 그 그룹이 없어서 이 리소스에 아무 권한도 주지 않습니다. \`apiGroups\`에 그룹을 추가하세요.`;
        case 'verb':
          return `\`${p.written}\` 값은 Kubernetes가 권한을 검사하는 동사가 아닙니다. 리소스 동사는 ${VERBS_KO}입니다.${p.suggestion !== undefined ? ` \`${p.suggestion}\` 값을 쓰려던 것인가요?` : ''}`;
      }
    },
    binding: (p) => {
      switch (p.kind) {
        case 'roleRefKind':
          return `\`${p.written}\` 값은 \`roleRef\`가 가리킬 수 있는 kind가 아닙니다. ${p.cluster ? '`ClusterRole`을' : '`Role`이나 `ClusterRole`을'} 쓰세요. Kubernetes는 이 값을 거부합니다.${p.suggestion !== undefined ? ` \`${p.suggestion}\` 값을 쓰려던 것인가요?` : ''}`;
        case 'clusterBindingToRole':
          return 'ClusterRoleBinding은 Role을 가리킬 수 없습니다. Role은 네임스페이스 하나에 속하기 때문입니다. 그 네임스페이스의 RoleBinding을 쓰거나 ClusterRole을 바인딩하세요. Kubernetes는 이 바인딩을 거부합니다.';
        case 'roleRefApiGroup':
          return `\`roleRef.apiGroup\`에는 버전 없이 그룹만 씁니다: \`${p.written}\` 대신 \`${RBAC_GROUP}\`. Kubernetes는 이 값을 거부합니다.`;
        case 'subjectKind':
          return `\`${p.written}\` 값은 주체(subject)의 kind가 아닙니다. \`ServiceAccount\`, \`User\`, \`Group\` 중 하나를 쓰세요. Kubernetes는 이 값을 거부합니다.${p.suggestion !== undefined ? ` \`${p.suggestion}\` 값을 쓰려던 것인가요?` : ''}`;
        case 'serviceAccountApiGroup':
          return `ServiceAccount 주체(subject)는 코어 그룹에 속하므로 \`apiGroup\`은 \`""\`이거나 생략해야 하며, \`${p.written}\` 값은 쓸 수 없습니다. Kubernetes는 이 값을 거부합니다.`;
        case 'userApiGroup':
          return `${p.subjectKind} 주체(subject)의 \`apiGroup\`은 \`${RBAC_GROUP}\`이거나 생략해야 하며, \`${p.written}\` 값은 쓸 수 없습니다. Kubernetes는 이 값을 거부합니다.`;
        case 'serviceAccountNamespace':
          return 'ClusterRoleBinding의 ServiceAccount 주체(subject)에는 `namespace`가 있어야 합니다. 서비스 어카운트는 네임스페이스에 속하는데, 클러스터 전체 바인딩에는 빌려줄 네임스페이스가 없습니다. Kubernetes는 이 주체를 거부합니다.';
      }
    },
    change: (value) => `\`${value}\`(으)로 바꾸기`,
    addNamespace: (namespace) => `\`namespace: ${namespace}\` 추가하기`,
    add: (line) => `\`${line}\` 추가하기`,
  },
};
