// How kubectl names a resource in its results: `pod/web`, `deployment.apps/web`,
// `namespace/team-a` (lower-case kind, the API group when there is one, then the name).
import type { ObjectRef } from '../kube/kubeObject';

export function resourceLabel(ref: Pick<ObjectRef, 'apiVersion' | 'kind' | 'name'>): string {
  const slash = ref.apiVersion.indexOf('/');
  const group = slash > 0 ? ref.apiVersion.slice(0, slash) : '';
  const kind = (ref.kind || 'object').toLowerCase();
  return `${kind}${group ? `.${group}` : ''}/${ref.name || '<unnamed>'}`;
}
