// rbac-rule and rbac-binding: Roles, ClusterRoles and their bindings as the API server validates them
// (verbs, apiGroups and resources present; roleRef and subject kinds and groups), and the mistakes it
// accepts but that grant nothing: `apps/v1` or `v1` in `apiGroups`, kinds (`Pod`) for resources, a
// resource outside the listed groups, unknown verbs. Those are warnings, and only judged when every
// listed group is one of Kubernetes' own (custom resources may be named anything).
import { isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import type { TypeModel } from '../../schema/model';
import { rankSuggestions } from '../../util/suggest';
import { appendToMap } from '../yamlEdits';
import { replaceScalar } from '../../util/textEdits';
import { isStringScalar, mapAt, mapItems, pairOf, type StringScalar } from '../../util/yamlAccess';
import { rbacMessages, type BindingProblem, type RuleProblem } from '../messages/rbac';
import type { Fix, Rule } from '../rule';
import { isSet, kindDocument, replaceWhole, reportAt, stringItems, type KindDocument } from './kindKit';

const RBAC_GROUP = 'rbac.authorization.k8s.io';
const RESOURCE_VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection', '*'];
/** Verbs of special permissions (escalate a role, bind it, impersonate, use a policy, sign or approve CSRs). */
const SPECIAL_VERBS = ['escalate', 'bind', 'impersonate', 'use', 'approve', 'sign', 'attest'];
/** Non-resource URLs are authorized by the request's lower-cased HTTP method. */
const HTTP_VERBS = ['post', 'put', 'head', 'options'];
const SUBJECT_KINDS = ['ServiceAccount', 'User', 'Group'];
/** Kinds that are subresources or request bodies, not resources a rule names. */
const NOT_RESOURCES = new Set(['Scale', 'Eviction', 'TokenRequest', 'Status']);
const IRREGULAR_PLURALS: Readonly<Record<string, string>> = { Endpoints: 'endpoints' };

interface ResourceIndex {
  /** Plural resource name → the groups that serve it (`""` for core). */
  readonly groups: ReadonlyMap<string, ReadonlySet<string>>;
  /** Lower-cased kind → plural (`pod` → `pods`). */
  readonly pluralOfKind: ReadonlyMap<string, string>;
  /** Every group Kubernetes itself serves. */
  readonly builtInGroups: ReadonlySet<string>;
}

const indexes = new WeakMap<TypeModel, ResourceIndex>();

function pluralOf(kind: string): string {
  if (Object.hasOwn(IRREGULAR_PLURALS, kind)) return IRREGULAR_PLURALS[kind] ?? kind.toLowerCase();
  const lower = kind.toLowerCase();
  if (/(s|x|z|ch|sh)$/.test(lower)) return `${lower}es`;
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ies`;
  return `${lower}s`;
}

function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

function resourceIndex(model: TypeModel): ResourceIndex {
  let index = indexes.get(model);
  if (index) return index;
  const groups = new Map<string, Set<string>>();
  const pluralOfKind = new Map<string, string>();
  for (const { kind, apiVersion } of model.kinds) {
    if (kind.endsWith('List') || NOT_RESOURCES.has(kind)) continue;
    const plural = pluralOf(kind);
    pluralOfKind.set(kind.toLowerCase(), plural);
    let set = groups.get(plural);
    if (!set) groups.set(plural, (set = new Set()));
    set.add(groupOf(apiVersion));
  }
  const builtInGroups = new Set(Object.keys(model.data.servedKinds).map(groupOf));
  index = { groups, pluralOfKind, builtInGroups };
  indexes.set(model, index);
  return index;
}

function ruleFinding(doc: KindDocument, node: Node, problem: RuleProblem, severity: 'error' | 'warning', fixes: Fix[] = []): void {
  reportAt(doc.context, node, { code: 'rbac-rule', severity, message: rbacMessages[doc.context.settings.language].rule(problem), fixes });
}

function bindingFinding(doc: KindDocument, node: Node, problem: BindingProblem, fixes: Fix[] = []): void {
  reportAt(doc.context, node, {
    code: 'rbac-binding',
    severity: 'error',
    message: rbacMessages[doc.context.settings.language].binding(problem),
    fixes,
  });
}

function changeFix(doc: KindDocument, node: StringScalar, value: string): Fix[] {
  // `""` is written with its quotes: an unquoted empty value would be null.
  const edit = value === '' ? replaceWhole(node, '""') : replaceScalar(doc.text, node, value);
  return edit
    ? [{ title: rbacMessages[doc.context.settings.language].change(value === '' ? '""' : value), edits: [edit], preferred: true }]
    : [];
}

/** A list that is absent, `key:` without value, or `[]`. */
function isEmptyList(node: unknown): boolean {
  return !isSet(node) || (isSeq(node) && node.items.length === 0);
}

function checkApiGroups(doc: KindDocument, groups: readonly { node: StringScalar }[], index: ResourceIndex): void {
  for (const { node } of groups) {
    const group = node.value;
    if (group === 'v1' || group === 'core') {
      ruleFinding(doc, node, { kind: 'coreGroup', written: group }, 'warning', changeFix(doc, node, ''));
      continue;
    }
    const slash = group.indexOf('/');
    if (slash < 0) continue;
    const base = group.slice(0, slash);
    // `apps/v1`, `batch/v1`: a built-in group with a version; `v1/…` is not a shape anyone means.
    if (index.builtInGroups.has(base) && base !== '' && /^v\d+((alpha|beta)\d+)?$/.test(group.slice(slash + 1))) {
      ruleFinding(doc, node, { kind: 'groupVersion', written: group, group: base }, 'warning', changeFix(doc, node, base));
    }
  }
}

function checkResources(
  doc: KindDocument,
  resources: readonly { node: StringScalar }[],
  groups: readonly string[],
  index: ResourceIndex,
): void {
  // Resources are judged only against Kubernetes' own groups: a custom group may name anything.
  const effectiveGroups = groups.map((g) => (g === 'v1' || g === 'core' ? '' : g.includes('/') ? g.slice(0, g.indexOf('/')) : g));
  if (effectiveGroups.length === 0 || effectiveGroups.includes('*') || !effectiveGroups.every((g) => index.builtInGroups.has(g))) return;
  for (const { node } of resources) {
    const written = node.value;
    if (written === '*' || written.startsWith('*/')) continue;
    const slash = written.indexOf('/');
    const base = slash < 0 ? written : written.slice(0, slash);
    const rest = slash < 0 ? '' : written.slice(slash);
    const servedBy = index.groups.get(base);
    if (servedBy) {
      if (![...servedBy].some((g) => effectiveGroups.includes(g))) {
        ruleFinding(doc, node, { kind: 'resourceGroup', resource: written, groups: [...servedBy].sort() }, 'warning');
      }
      continue;
    }
    const plural = index.pluralOfKind.get(base.toLowerCase()) ?? (index.groups.has(base.toLowerCase()) ? base.toLowerCase() : undefined);
    if (plural !== undefined) {
      const suggestion = `${plural}${rest}`;
      ruleFinding(doc, node, { kind: 'resourceName', written, suggestion }, 'warning', changeFix(doc, node, suggestion));
      continue;
    }
    const candidates = [...index.groups].filter(([, served]) => [...served].some((g) => effectiveGroups.includes(g))).map(([name]) => name);
    const typo = rankSuggestions(base, candidates, 1)[0];
    if (typo !== undefined)
      ruleFinding(
        doc,
        node,
        { kind: 'resourceTypo', written, suggestion: `${typo}${rest}` },
        'warning',
        changeFix(doc, node, `${typo}${rest}`),
      );
  }
}

function checkVerbs(doc: KindDocument, verbs: readonly { node: StringScalar }[], nonResource: boolean): void {
  const known = [...RESOURCE_VERBS, ...SPECIAL_VERBS, ...(nonResource ? HTTP_VERBS : [])];
  for (const { node } of verbs) {
    if (known.includes(node.value)) continue;
    const suggestion = rankSuggestions(node.value, known, 1)[0];
    ruleFinding(
      doc,
      node,
      { kind: 'verb', written: node.value, suggestion },
      'warning',
      suggestion !== undefined ? changeFix(doc, node, suggestion) : [],
    );
  }
}

function checkPolicyRule(doc: KindDocument, rule: YAMLMap, namespaced: boolean, index: ResourceIndex): void {
  // Missing or empty `verbs` is required-field's to report.
  const verbsPair = pairOf(rule, 'verbs');
  const urlsPair = pairOf(rule, 'nonResourceURLs');
  const nonResource = urlsPair !== undefined && !isEmptyList(urlsPair.value);
  checkVerbs(doc, stringItems(verbsPair?.value), nonResource);
  const groupsPair = pairOf(rule, 'apiGroups');
  const resourcesPair = pairOf(rule, 'resources');
  if (nonResource && urlsPair) {
    if (namespaced) ruleFinding(doc, urlsPair.key, { kind: 'nonResourceInRole' }, 'error');
    const mixed = ['apiGroups', 'resources', 'resourceNames'].some((key) => !isEmptyList(pairOf(rule, key)?.value));
    if (mixed) ruleFinding(doc, urlsPair.key, { kind: 'nonResourceMixed' }, 'error');
    return;
  }
  // Fields the rule lacks altogether are reported once, on the first key of the rule.
  const anchor = rule.items[0]?.key;
  if (isEmptyList(groupsPair?.value)) {
    const node = groupsPair?.key ?? anchor;
    if (isScalar(node))
      ruleFinding(doc, node, { kind: 'noApiGroups' }, 'error', apiGroupsFix(doc, rule, stringItems(resourcesPair?.value), index));
  }
  if (isEmptyList(resourcesPair?.value)) {
    const node = resourcesPair?.key ?? anchor;
    if (isScalar(node)) ruleFinding(doc, node, { kind: 'noResources' }, 'error');
  }
  const groups = stringItems(groupsPair?.value);
  checkApiGroups(doc, groups, index);
  checkResources(
    doc,
    stringItems(resourcesPair?.value),
    groups.map((g) => g.node.value),
    index,
  );
}

/** `apiGroups` for a rule whose resources all come from one known group. */
function apiGroupsFix(doc: KindDocument, rule: YAMLMap, resources: readonly { node: StringScalar }[], index: ResourceIndex): Fix[] {
  if (pairOf(rule, 'apiGroups') || resources.length === 0) return [];
  const groups = new Set<string>();
  for (const { node } of resources) {
    const served = index.groups.get(node.value.split('/')[0] ?? '');
    if (!served || served.size !== 1) return [];
    for (const g of served) groups.add(g);
  }
  const [group] = [...groups];
  if (groups.size !== 1 || group === undefined) return [];
  const line = `apiGroups: ["${group}"]`;
  const edit = appendToMap(doc.text, rule, [line]);
  return edit ? [{ title: rbacMessages[doc.context.settings.language].add(line), edits: [edit], preferred: true }] : [];
}

function checkRole(doc: KindDocument): void {
  const index = resourceIndex(doc.context.model);
  for (const { map } of mapItems(pairOf(doc.root, 'rules')?.value)) checkPolicyRule(doc, map, doc.kind === 'Role', index);
}

function checkRoleRef(doc: KindDocument, cluster: boolean): void {
  const roleRef = mapAt(doc.root, 'roleRef');
  if (!roleRef) return;
  const kind = pairOf(roleRef, 'kind')?.value;
  if (isStringScalar(kind)) {
    const allowed = cluster ? ['ClusterRole'] : ['Role', 'ClusterRole'];
    if (cluster && kind.value === 'Role') {
      bindingFinding(doc, kind, { kind: 'clusterBindingToRole' });
    } else if (!allowed.includes(kind.value)) {
      const suggestion = rankSuggestions(kind.value, allowed, 1)[0];
      bindingFinding(
        doc,
        kind,
        { kind: 'roleRefKind', written: kind.value, cluster, suggestion },
        suggestion !== undefined ? changeFix(doc, kind, suggestion) : [],
      );
    }
  }
  const apiGroup = pairOf(roleRef, 'apiGroup')?.value;
  // An empty apiGroup is filled in by the API server.
  if (isStringScalar(apiGroup) && apiGroup.value !== '' && apiGroup.value !== RBAC_GROUP) {
    const fixes =
      apiGroup.value.startsWith(`${RBAC_GROUP}/`) || rankSuggestions(apiGroup.value, [RBAC_GROUP], 1).length > 0
        ? changeFix(doc, apiGroup, RBAC_GROUP)
        : [];
    bindingFinding(doc, apiGroup, { kind: 'roleRefApiGroup', written: apiGroup.value }, fixes);
  }
}

function checkSubject(doc: KindDocument, subject: YAMLMap, cluster: boolean): void {
  const kind = pairOf(subject, 'kind')?.value;
  if (!isStringScalar(kind)) return;
  const say = rbacMessages[doc.context.settings.language];
  if (!SUBJECT_KINDS.includes(kind.value)) {
    const suggestion =
      SUBJECT_KINDS.find((k) => k.toLowerCase() === kind.value.toLowerCase().replace(/s$/, '')) ??
      rankSuggestions(kind.value, SUBJECT_KINDS, 1)[0];
    bindingFinding(
      doc,
      kind,
      { kind: 'subjectKind', written: kind.value, suggestion },
      suggestion !== undefined ? changeFix(doc, kind, suggestion) : [],
    );
    return;
  }
  const apiGroup = pairOf(subject, 'apiGroup')?.value;
  const group = isStringScalar(apiGroup) ? apiGroup.value : '';
  if (kind.value === 'ServiceAccount') {
    if (isStringScalar(apiGroup) && group !== '')
      bindingFinding(doc, apiGroup, { kind: 'serviceAccountApiGroup', written: group }, changeFix(doc, apiGroup, ''));
    const namespace = pairOf(subject, 'namespace');
    if (cluster && (!namespace || !isSet(namespace.value) || (isStringScalar(namespace.value) && namespace.value.value === ''))) {
      const edit = !namespace ? appendToMap(doc.text, subject, ['namespace: default']) : undefined;
      bindingFinding(doc, kind, { kind: 'serviceAccountNamespace' }, edit ? [{ title: say.addNamespace('default'), edits: [edit] }] : []);
    }
    return;
  }
  if (isStringScalar(apiGroup) && group !== '' && group !== RBAC_GROUP) {
    bindingFinding(doc, apiGroup, { kind: 'userApiGroup', subjectKind: kind.value, written: group }, changeFix(doc, apiGroup, RBAC_GROUP));
  }
}

function checkBinding(doc: KindDocument): void {
  const cluster = doc.kind === 'ClusterRoleBinding';
  checkRoleRef(doc, cluster);
  for (const { map } of mapItems(pairOf(doc.root, 'subjects')?.value)) checkSubject(doc, map, cluster);
}

export const rbacRule: Rule = {
  codes: ['rbac-rule', 'rbac-binding'],
  check(raw) {
    const doc = kindDocument(raw, ['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding']);
    if (!doc) return;
    if (doc.kind === 'Role' || doc.kind === 'ClusterRole') checkRole(doc);
    else checkBinding(doc);
  },
};
