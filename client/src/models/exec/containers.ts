// The containers one can open a shell in, default first: the container named by the
// `kubectl.kubernetes.io/default-container` annotation (as kubectl exec honours it), then app
// containers, sidecars and running ephemeral containers in spec order. Init containers that have
// finished (or not started) cannot take an exec and are left out.
import { podContainers, type ContainerRole } from '../../core/present/podContainers';
import type { Pod } from '../../core/kube/kubeTypes';

export const DEFAULT_CONTAINER_ANNOTATION = 'kubectl.kubernetes.io/default-container';

export interface ExecContainer {
  readonly name: string;
  readonly role: ContainerRole;
  readonly image: string;
  readonly running: boolean;
  /** The annotation's choice, or the first app container without one. */
  readonly isDefault: boolean;
}

export function execContainers(pod: Pod): ExecContainer[] {
  const annotated = pod.metadata.annotations?.[DEFAULT_CONTAINER_ANNOTATION];
  const all = podContainers(pod);
  const defaultName = all.some((c) => c.name === annotated) ? annotated : all.find((c) => c.role === 'container')?.name;
  const rank = (role: ContainerRole): number => ['container', 'sidecar', 'ephemeral', 'init'].indexOf(role);
  return all
    .filter((c) => c.role === 'container' || c.role === 'sidecar' || c.current?.state === 'Running')
    .map((c) => ({
      name: c.name,
      role: c.role,
      image: c.image,
      running: c.current?.state === 'Running',
      isDefault: c.name === defaultName,
    }))
    .sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || rank(a.role) - rank(b.role));
}
