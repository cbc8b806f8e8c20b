// Which pod a forward follows when its pod goes away. A pod made by a controller is followed
// through the top of its owner chain (Pod → ReplicaSet → Deployment): the newest ready pod that
// the Deployment's selector selects, so a rollout's new pods count. A bare pod is followed by its
// own labels (less the per-revision hash labels), and always by its name (deleted and recreated).
import type { KubeObject } from '../../cluster/index';
import type { Pod } from '../../core/kube/kubeTypes';
import { timeMillis } from '../../core/kube/kubeTypes';
import { isEmptySelector, selectorMatches, type LabelSelector } from '../../core/kube/labelSelector';
import { controllerOf, type OwnedMeta, type OwnerLink } from '../../core/kube/owners';

/** Labels that differ between revisions of the same workload. */
export const VOLATILE_LABELS = [
  'pod-template-hash',
  'controller-revision-hash',
  'pod-template-generation',
  'apps.kubernetes.io/pod-index',
  'statefulset.kubernetes.io/pod-name',
];

/** What a forward follows: the pod's name, and the selector of the set it belongs to, if any. */
export interface FollowedPods {
  readonly name: string;
  readonly selector?: LabelSelector;
  /** `Deployment/web`: where the selector came from (for the UI); undefined for a bare pod's labels. */
  readonly owner?: string;
}

export type OwnerRef = OwnerLink;
/** Fetches an owner (undefined when it is gone or may not be read). */
export type OwnerLookup = (ref: OwnerRef) => Promise<KubeObject | undefined>;

/** The controller to look up: only one named with its apiVersion can be fetched. */
function controllerToFetch(object: { readonly metadata?: OwnedMeta }): OwnerRef | undefined {
  const ref = controllerOf(object.metadata);
  return ref?.apiVersion ? ref : undefined;
}

function stableLabels(labels: Readonly<Record<string, string>> = {}): Record<string, string> {
  return Object.fromEntries(Object.entries(labels).filter(([key]) => !VOLATILE_LABELS.includes(key)));
}

/** Walks the controller chain up (a few levels at most) and takes the selector of the highest owner that has one. */
export async function followedPods(pod: Pod, lookup: OwnerLookup): Promise<FollowedPods> {
  const name = pod.metadata.name ?? '';
  let found: { selector: LabelSelector; owner: string } | undefined;
  let ref = controllerToFetch(pod);
  for (let depth = 0; ref && depth < 4; depth++) {
    const owner = await lookup(ref).catch(() => undefined);
    if (!owner) break;
    const selector = (owner.spec as { selector?: LabelSelector } | undefined)?.selector;
    if (selector && typeof selector === 'object' && !isEmptySelector(selector)) found = { selector, owner: `${ref.kind}/${ref.name}` };
    ref = controllerToFetch(owner);
  }
  if (found) return { name, ...found };
  const labels = stableLabels(pod.metadata.labels);
  return Object.keys(labels).length > 0 ? { name, selector: { matchLabels: labels } } : { name };
}

export function isTerminating(pod: Pod): boolean {
  return pod.metadata.deletionTimestamp !== undefined && pod.metadata.deletionTimestamp !== null;
}

export function isRunning(pod: Pod): boolean {
  return pod.status?.phase === 'Running' && !isTerminating(pod);
}

export function isReady(pod: Pod): boolean {
  return isRunning(pod) && (pod.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}

/** Whether `pod` belongs to what the forward follows. */
export function isFollowed(followed: FollowedPods, pod: Pod): boolean {
  if (pod.metadata.name === followed.name) return true;
  return followed.selector !== undefined && selectorMatches(followed.selector, pod.metadata.labels);
}

/** The pod to send new connections to instead of `currentUid`: the newest ready one followed. */
export function pickSuccessor(followed: FollowedPods, pods: Iterable<Pod>, currentUid: string | undefined): Pod | undefined {
  let best: Pod | undefined;
  for (const pod of pods) {
    if (pod.metadata.uid === currentUid || !isReady(pod) || !isFollowed(followed, pod)) continue;
    const newer = (timeMillis(pod.metadata.creationTimestamp) ?? 0) > (timeMillis(best?.metadata.creationTimestamp) ?? -1);
    // The same name wins over the selector (a recreated pod, a StatefulSet replica).
    const sameName = pod.metadata.name === followed.name;
    const bestSameName = best?.metadata.name === followed.name;
    if (!best || (sameName && !bestSameName) || (sameName === bestSameName && newer)) best = pod;
  }
  return best;
}
