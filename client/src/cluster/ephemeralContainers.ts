// Adding an ephemeral container: a strategic merge patch to pods/NAME/ephemeralcontainers (the
// subresource since Kubernetes 1.23). A 404 that is not about the pod itself, or a 405, means the
// cluster does not serve the subresource; that becomes an `unsupported` error naming the feature.
import type { EphemeralContainer } from '../core/debug/debugContainer';
import { addDebuggerPatch } from '../core/debug/debugContainer';
import type { Pod } from '../core/kube/kubeTypes';
import { ClusterError } from './errors';
import type { Transport } from './transport';

function subresourcePath(namespace: string, pod: string): string {
  return `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods/${encodeURIComponent(pod)}/ephemeralcontainers`;
}

export async function addEphemeralContainer(
  transport: Transport,
  namespace: string,
  pod: string,
  container: EphemeralContainer,
): Promise<Pod> {
  const path = subresourcePath(namespace, pod);
  try {
    return await transport.json<Pod>({
      method: 'PATCH',
      path,
      body: JSON.stringify(addDebuggerPatch(container)),
      contentType: 'application/strategic-merge-patch+json',
    });
  } catch (error) {
    if (!(error instanceof ClusterError)) throw error;
    const podMissing = error.kind === 'not-found' && error.status?.details?.name === pod;
    if ((error.kind === 'not-found' && !podMissing) || error.statusCode === 405) {
      const target = transport.target;
      throw new ClusterError({
        kind: 'unsupported',
        feature: 'ephemeral-containers',
        target,
        cause: error,
        request: { method: 'PATCH', path },
        ...(error.statusCode !== undefined ? { statusCode: error.statusCode } : {}),
        message: `The API server of context "${target.context}" (${target.server}) does not serve pods/ephemeralcontainers (it answered ${error.statusCode ?? '?'}): it is older than Kubernetes 1.23, or ephemeral containers are turned off.`,
      });
    }
    throw error;
  }
}
