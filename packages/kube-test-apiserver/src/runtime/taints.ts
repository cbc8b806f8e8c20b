// Node taints and pod tolerations, matched by the scheduler's rules: a toleration with an effect
// only matches that effect, one with a key only that key; `Exists` takes any value, `Equal` (the
// default operator) needs the same value; an empty key with `Exists` tolerates every taint.
import type { ApiCore } from '../core/core';
import { asArray, asString, isObj, timestamp, type Obj } from '../objects';
import { resourceByName } from '../resources';

export interface Taint {
  readonly key: string;
  readonly value?: string;
  readonly effect: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
}

export function tolerates(toleration: Obj, taint: Obj): boolean {
  const effect = asString(toleration.effect) ?? '';
  if (effect !== '' && effect !== taint.effect) return false;
  const key = asString(toleration.key) ?? '';
  if (key !== '' && key !== taint.key) return false;
  const operator = asString(toleration.operator) ?? '';
  if (operator === 'Exists') return true;
  if (operator === 'Equal' || operator === '') return (asString(toleration.value) ?? '') === (asString(taint.value) ?? '');
  return false;
}

/** The first NoSchedule/NoExecute taint of the node that no toleration of the pod matches. */
export function untoleratedTaint(node: Obj, pod: Obj): Obj | undefined {
  const nodeSpec = isObj(node.spec) ? node.spec : {};
  const podSpec = isObj(pod.spec) ? pod.spec : {};
  const tolerations = asArray(podSpec.tolerations).filter(isObj);
  return asArray(nodeSpec.taints)
    .filter(isObj)
    .filter((t) => t.effect === 'NoSchedule' || t.effect === 'NoExecute')
    .find((t) => !tolerations.some((toleration) => tolerates(toleration, t)));
}

/** Whether the pod tolerates a cordoned node (`kubectl cordon` sets spec.unschedulable). */
export function toleratesCordon(pod: Obj): boolean {
  const podSpec = isObj(pod.spec) ? pod.spec : {};
  const taint = { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' };
  return asArray(podSpec.tolerations)
    .filter(isObj)
    .some((t) => tolerates(t, taint));
}

/**
 * Rewrites the node's taints as an administrator would (`kubectl taint`), through the store so
 * watchers and the scheduler see a MODIFIED node.
 */
export function changeNodeTaints(core: ApiCore, nodeName: string, change: (taints: Obj[]) => Obj[]): void {
  const node = core.store.get('nodes', '', nodeName);
  if (!node) throw new Error(`no node ${nodeName}`);
  const spec = isObj(node.spec) ? node.spec : {};
  const taints = change(asArray(spec.taints).filter(isObj));
  if (taints.length > 0) spec.taints = taints;
  else delete spec.taints;
  node.spec = spec;
  core.systemUpdate(resourceByName('nodes'), node, 'kubectl-taint');
}

/** Adds taints, replacing any with the same key and effect; NoExecute taints get `timeAdded`. */
export function addTaints(current: Obj[], added: readonly Taint[]): Obj[] {
  const kept = current.filter((t) => !added.some((a) => a.key === t.key && a.effect === t.effect));
  const fresh = added.map((t): Obj => ({
    key: t.key,
    ...(t.value !== undefined && t.value !== '' ? { value: t.value } : {}),
    effect: t.effect,
    ...(t.effect === 'NoExecute' ? { timeAdded: timestamp() } : {}),
  }));
  return [...kept, ...fresh];
}
