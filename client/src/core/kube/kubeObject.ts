// Kubernetes objects as the API server sends them: plain JSON with apiVersion, kind and metadata.
// The typed kinds of kubeTypes.ts (Pod, Node, …) extend KubeObject, and kinds.ts reads an object
// of a known kind as its type, so no caller converts between the two.
import type { ObjectMeta } from './kubeTypes';

export interface KubeObject {
  apiVersion?: string;
  kind?: string;
  metadata?: ObjectMeta;
  [key: string]: unknown;
}

/** Identifies one object on the cluster. */
export interface ObjectRef {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  /** Omitted for cluster-scoped kinds; the session's namespace is used for namespaced ones. */
  readonly namespace?: string;
}

export function refOf(obj: KubeObject, defaultNamespace?: string): ObjectRef {
  const namespace = obj.metadata?.namespace ?? defaultNamespace;
  return {
    apiVersion: obj.apiVersion ?? '',
    kind: obj.kind ?? '',
    name: obj.metadata?.name ?? '',
    ...(namespace !== undefined ? { namespace } : {}),
  };
}

export function isKubeObject(value: unknown): value is KubeObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A manifest document's object to apply, with the document's position in its file to map results and errors back. */
export interface ApplyDocument {
  readonly index: number;
  readonly object: KubeObject;
}

/** What applying one document did (or would do, in a dry run). */
export type ApplyOutcome = 'created' | 'configured' | 'unchanged' | 'failed' | 'skipped';
