// The address of a log document: `podwright-log:/web-1 · app?context=…&namespace=…&containers=app`.
// The path is what the editor tab shows; the query says exactly which log it is, so the same pod
// name in two namespaces or contexts gets two documents.

export const LOG_SCHEME = 'podwright-log';

export interface LogAddress {
  readonly context: string;
  readonly namespace: string;
  readonly pod: string;
  /** One container, or several read together ("all containers"). */
  readonly containers: readonly string[];
  readonly previous: boolean;
}

export interface UriParts {
  readonly path: string;
  readonly query: string;
}

export function logUriParts(address: LogAddress): UriParts {
  const which = address.containers.length === 1 ? ` · ${address.containers[0] ?? ''}` : '';
  const previous = address.previous ? ' (previous)' : '';
  const query = new URLSearchParams({
    context: address.context,
    namespace: address.namespace,
    pod: address.pod,
    containers: address.containers.join(','),
    previous: address.previous ? '1' : '0',
  });
  // Slashes in a pod name are impossible; keep the path one segment anyway.
  return { path: `/${address.pod.replace(/\//g, '_')}${which}${previous}`, query: query.toString() };
}

export function parseLogQuery(query: string): LogAddress | undefined {
  const params = new URLSearchParams(query);
  const context = params.get('context');
  const namespace = params.get('namespace');
  const pod = params.get('pod');
  const containers = params.get('containers');
  if (context === null || namespace === null || pod === null || containers === null) return undefined;
  return { context, namespace, pod, containers: containers.split(',').filter((c) => c !== ''), previous: params.get('previous') === '1' };
}

/** A workload's (or a typed selector's) merged log: `podwright-log:/deployment.apps/web (all pods)?…&selector=app%3Dweb`. */
export interface WorkloadLogAddress {
  readonly context: string;
  readonly namespace: string;
  /** `deployment.apps/web`, or the selector itself when typed. */
  readonly label: string;
  readonly selector: string;
}

export function workloadLogUriParts(address: WorkloadLogAddress, allPods: string): UriParts {
  const query = new URLSearchParams({ context: address.context, namespace: address.namespace, selector: address.selector });
  return { path: `/${address.label.replace(/\//g, '∕')} (${allPods})`, query: query.toString() };
}
