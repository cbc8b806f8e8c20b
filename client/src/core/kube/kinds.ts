// Typed reads by kind: what the API server sends for a kind has that kind's shape, so an object
// read for `Pod` is a Pod. ClusterApi.get and list return ObjectOfKind; watch handlers and other
// places that receive a KubeObject of a known kind read it through asKind, the one conversion.
import type { KubeObject } from './kubeObject';
import type { KubeEvent, Namespace, Node, Pod, Workload } from './kubeTypes';

export interface KindTypes {
  Pod: Pod;
  Node: Node;
  Namespace: Namespace;
  Event: KubeEvent;
  Deployment: Workload;
  ReplicaSet: Workload;
  StatefulSet: Workload;
  DaemonSet: Workload;
  Job: Workload;
  CronJob: Workload;
  ReplicationController: Workload;
}

export type KnownKind = keyof KindTypes;

/** The type of an object of `K`: its own for the kinds above, KubeObject for any other. */
export type ObjectOfKind<K extends string> = K extends KnownKind ? KindTypes[K] : KubeObject;

/** An object the API server sent for `kind`, as that kind's type. */
export function asKind<K extends KnownKind>(kind: K, object: KubeObject): KindTypes[K];
export function asKind(_kind: KnownKind, object: KubeObject): KubeObject {
  return object;
}

/** An object of a workload kind (any kind describe lays out as one), as a Workload. */
export function asWorkload(object: KubeObject): Workload;
export function asWorkload(object: KubeObject): KubeObject {
  return object;
}
