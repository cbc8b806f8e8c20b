// The elements of the pod explorer tree. Pod and container elements are PodTargets, so VS Code
// hands them straight to the pod commands of the context menu. Ids are stable (VS Code keeps
// expansion and selection by id) and unique across contexts.
import type { ContainerRole } from '../../core/present/podContainers';
import type { PodTarget } from '../../core/kube/podTarget';

export interface ContextNode {
  readonly type: 'context';
  readonly id: string;
  readonly context: string;
}

export interface NamespaceNode {
  readonly type: 'namespace';
  readonly id: string;
  readonly context: string;
  readonly namespace: string;
}

export interface PodNode extends PodTarget {
  readonly type: 'pod';
  readonly id: string;
}

export interface ContainerNode extends PodTarget {
  readonly type: 'container';
  readonly id: string;
  readonly container: string;
  readonly role: ContainerRole;
}

/** A row that explains (an error, an empty namespace) instead of a missing list. */
export interface MessageNode {
  readonly type: 'message';
  readonly id: string;
  readonly text: string;
  readonly detail?: string;
  readonly severity: 'error' | 'info';
  /** What clicking the row does (a first-run row opening the walkthrough). */
  readonly command?: { readonly command: string; readonly title: string; readonly arguments?: readonly unknown[] };
}

export type ExplorerNode = ContextNode | NamespaceNode | PodNode | ContainerNode | MessageNode;

const SEP = '\u0000';

export const contextId = (context: string): string => ['ctx', context].join(SEP);
export const namespaceId = (context: string, namespace: string): string => ['ns', context, namespace].join(SEP);
export const podId = (context: string, namespace: string, pod: string): string => ['pod', context, namespace, pod].join(SEP);
export const containerId = (context: string, namespace: string, pod: string, container: string): string =>
  ['ctr', context, namespace, pod, container].join(SEP);

export function messageNode(parentId: string, text: string, severity: 'error' | 'info', detail?: string, key?: string): MessageNode {
  return {
    type: 'message',
    id: ['msg', parentId, ...(key !== undefined ? [key] : [])].join(SEP),
    text,
    severity,
    ...(detail !== undefined ? { detail } : {}),
  };
}
