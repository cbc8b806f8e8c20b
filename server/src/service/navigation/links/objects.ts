// Objects by name: a ConfigMap and the pods that read it, a Secret and its users (pods, image pull
// secrets, Ingress TLS), claims, service accounts (and the bindings that name them), roles and
// bindings, Services and Ingress backends, workloads and the autoscalers that scale them. Also a
// Service's ports and the Ingress backends that name them, and a ConfigMap's or Secret's keys and
// the pods that read them. Names meet across files, namespace-aware.
import { isDeclaration } from '../../workspace/links/mention';
import { isClusterScoped, mayShareNamespace } from '../../workspace/workspaceIndex';
import { namespaceClosure, namespaceOf, visibleHits } from '../scope';
import type { LinkResolver } from './resolver';

export const objectLinks: LinkResolver = {
  closure(scope, origin) {
    const { mention } = origin;
    const clusterScoped = mention.type === 'object' && isClusterScoped(mention.kind);
    return namespaceClosure(visibleHits(scope, mention.key), origin, clusterScoped);
  },
  definitions(scope, origin) {
    if (isDeclaration(origin.mention)) return [origin];
    const clusterScoped = origin.mention.type === 'object' && isClusterScoped(origin.mention.kind);
    const namespace = namespaceOf(origin);
    return visibleHits(scope, origin.mention.key, 'declarations').filter(
      (hit) => clusterScoped || mayShareNamespace(namespaceOf(hit), namespace),
    );
  },
};
