// The mentions of objects other than pod specs: the object's own name and namespace, a ConfigMap's
// or Secret's keys, a Service's selector and ports, an Ingress's backends, TLS secrets and class, a claim's storage class, RBAC
// bindings, HPA targets and PDB selectors.
import { isScalar, type YAMLMap } from 'yaml';
import { keyedPairs, mapAt, mapItems, pairOf, seqAt, stringAt } from '../../util/yamlAccess';
import { ingressServiceBackends } from '../ingressBackends';
import type { MentionCollector } from './mention';
import { labelMentions } from './podMentions';

export interface ObjectIdentity {
  readonly apiVersion: string;
  readonly kind: string;
  readonly group: string;
  readonly namespace?: string;
}

const RBAC = 'rbac.authorization.k8s.io';

function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

export function objectMentions(out: MentionCollector, object: ObjectIdentity, root: YAMLMap): void {
  const { kind, group } = object;
  const metadata = mapAt(root, 'metadata');
  const name = stringAt(metadata, 'name');
  if (name) out.add(name, { type: 'object', group, kind, name: name.value, declaration: true });
  const namespace = stringAt(metadata, 'namespace');
  if (namespace) out.add(namespace, { type: 'object', group: '', kind: 'Namespace', name: namespace.value, declaration: false });
  const spec = mapAt(root, 'spec');
  if (kind === 'Service' && group === '') serviceMentions(out, spec, name?.value);
  else if (kind === 'Ingress' && group === 'networking.k8s.io') ingressMentions(out, spec);
  else if (kind === 'PersistentVolumeClaim' && group === '')
    classRef(out, stringAt(spec, 'storageClassName'), 'StorageClass', 'storage.k8s.io');
  else if ((kind === 'ConfigMap' || kind === 'Secret') && object.apiVersion === 'v1' && name) {
    for (const section of kind === 'ConfigMap' ? ['data', 'binaryData'] : ['data', 'stringData']) {
      for (const { key, pair } of keyedPairs(mapAt(root, section)))
        out.add(pair.key, { type: 'dataKey', kind, object: name.value, name: key, declaration: true });
    }
  } else if ((kind === 'RoleBinding' || kind === 'ClusterRoleBinding') && group === RBAC)
    bindingMentions(out, root, kind === 'RoleBinding' ? object.namespace : undefined);
  else if (kind === 'HorizontalPodAutoscaler' && group === 'autoscaling') {
    const target = mapAt(spec, 'scaleTargetRef');
    const targetKind = stringAt(target, 'kind')?.value;
    const targetName = stringAt(target, 'name');
    if (targetKind && targetName) {
      const targetGroup = groupOf(stringAt(target, 'apiVersion')?.value ?? '');
      out.add(targetName, { type: 'object', group: targetGroup, kind: targetKind, name: targetName.value, declaration: false });
    }
  } else if (kind === 'PodDisruptionBudget' && group === 'policy')
    labelMentions(out, mapAt(mapAt(spec, 'selector'), 'matchLabels'), 'selector');
}

function serviceMentions(out: MentionCollector, spec: YAMLMap | undefined, service: string | undefined): void {
  labelMentions(out, mapAt(spec, 'selector'), 'selector');
  for (const { map: port } of mapItems(seqAt(spec, 'ports'))) {
    const portName = stringAt(port, 'name');
    if (portName && service) out.add(portName, { type: 'servicePort', service, name: portName.value, numeric: false, declaration: true });
    const number = pairOf(port, 'port')?.value;
    if (service && isScalar(number) && typeof number.value === 'number') {
      out.add(number, { type: 'servicePort', service, name: String(number.value), numeric: true, declaration: true });
    }
    const target = stringAt(port, 'targetPort');
    if (target && !/^\d+$/.test(target.value)) out.add(target, { type: 'port', name: target.value, role: 'target' });
  }
}

function classRef(out: MentionCollector, node: ReturnType<typeof stringAt>, kind: string, group: string): void {
  if (node) out.add(node, { type: 'object', group, kind, name: node.value, declaration: false });
}

function ingressMentions(out: MentionCollector, spec: YAMLMap | undefined): void {
  classRef(out, stringAt(spec, 'ingressClassName'), 'IngressClass', 'networking.k8s.io');
  for (const backend of ingressServiceBackends(spec)) {
    const service = stringAt(backend, 'name');
    if (!service) continue;
    out.add(service, { type: 'object', group: '', kind: 'Service', name: service.value, declaration: false });
    const port = mapAt(backend, 'port');
    const portName = stringAt(port, 'name');
    if (portName)
      out.add(portName, { type: 'servicePort', service: service.value, name: portName.value, numeric: false, declaration: false });
    const number = pairOf(port, 'number')?.value;
    if (isScalar(number) && typeof number.value === 'number') {
      out.add(number, { type: 'servicePort', service: service.value, name: String(number.value), numeric: true, declaration: false });
    }
  }
  for (const { map: tls } of mapItems(seqAt(spec, 'tls'))) {
    const secret = stringAt(tls, 'secretName');
    if (secret) out.add(secret, { type: 'object', group: '', kind: 'Secret', name: secret.value, declaration: false });
  }
}

function bindingMentions(out: MentionCollector, root: YAMLMap, namespace: string | undefined): void {
  const roleRef = mapAt(root, 'roleRef');
  const roleKind = stringAt(roleRef, 'kind')?.value;
  const roleName = stringAt(roleRef, 'name');
  if (roleName && (roleKind === 'Role' || roleKind === 'ClusterRole')) {
    const roleGroup = stringAt(roleRef, 'apiGroup')?.value ?? RBAC;
    out.add(roleName, { type: 'object', group: roleGroup, kind: roleKind, name: roleName.value, declaration: false });
  }
  for (const { map: subject } of mapItems(seqAt(root, 'subjects'))) {
    if (stringAt(subject, 'kind')?.value !== 'ServiceAccount') continue;
    const name = stringAt(subject, 'name');
    const namespaceNode = stringAt(subject, 'namespace');
    if (namespaceNode)
      out.add(namespaceNode, { type: 'object', group: '', kind: 'Namespace', name: namespaceNode.value, declaration: false });
    const subjectNamespace = namespaceNode?.value ?? namespace;
    if (name)
      out.add(name, {
        type: 'object',
        group: '',
        kind: 'ServiceAccount',
        name: name.value,
        declaration: false,
        ...(subjectNamespace ? { namespace: subjectNamespace } : {}),
      });
  }
}
