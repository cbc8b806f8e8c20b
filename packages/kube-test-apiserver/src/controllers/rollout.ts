// The arithmetic of a Deployment's rolling update, as the real controller does it: maxSurge and
// maxUnavailable resolved against spec.replicas (surge rounded up, unavailable down, never both 0),
// how far the new ReplicaSet may grow, and how many old pods may go (unhealthy ones first, then
// old ReplicaSets oldest first) without dropping below the minimum available.
import { asString, isObj, meta, type Obj } from '../objects';

export function num(value: unknown, fallback = 0): number {
  return typeof value === 'number' ? value : fallback;
}

function spec(obj: Obj): Obj {
  return isObj(obj.spec) ? obj.spec : {};
}

function status(obj: Obj): Obj {
  return isObj(obj.status) ? obj.status : {};
}

export function desiredReplicas(d: Obj): number {
  return num(spec(d).replicas, 1);
}

export function specReplicas(rs: Obj | undefined): number {
  return rs ? num(spec(rs).replicas, 1) : 0;
}

export function availableReplicas(rs: Obj | undefined): number {
  return rs ? num(status(rs).availableReplicas) : 0;
}

export function strategyType(d: Obj): string {
  const strategy = spec(d).strategy;
  return isObj(strategy) ? (asString(strategy.type) ?? 'RollingUpdate') : 'RollingUpdate';
}

function scaled(value: unknown, total: number, roundUp: boolean, fallback: string): number {
  const v = value ?? fallback;
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return 0;
  const percent = /^(\d+)%$/.exec(v);
  if (!percent) return Number(v) || 0;
  const exact = (Number(percent[1]) * total) / 100;
  return roundUp ? Math.ceil(exact) : Math.floor(exact);
}

/** maxSurge and maxUnavailable as numbers of pods. */
export function fenceposts(d: Obj): { surge: number; unavailable: number } {
  const strategy = spec(d).strategy;
  const rolling = isObj(strategy) && isObj(strategy.rollingUpdate) ? strategy.rollingUpdate : {};
  const desired = desiredReplicas(d);
  const surge = scaled(rolling.maxSurge, desired, true, '25%');
  const unavailable = scaled(rolling.maxUnavailable, desired, false, '25%');
  return surge === 0 && unavailable === 0 ? { surge, unavailable: 1 } : { surge, unavailable };
}

/** How many pods may be unavailable: 0 for Recreate or no replicas. */
export function maxUnavailable(d: Obj): number {
  const desired = desiredReplicas(d);
  if (strategyType(d) !== 'RollingUpdate' || desired === 0) return 0;
  return Math.min(fenceposts(d).unavailable, desired);
}

export function maxReplicas(d: Obj): number {
  return desiredReplicas(d) + (strategyType(d) === 'RollingUpdate' ? fenceposts(d).surge : 0);
}

/** The replicas the new ReplicaSet may have now (it may grow up to desired + maxSurge pods in all). */
export function newReplicaSetReplicas(d: Obj, all: readonly Obj[], newRS: Obj | undefined): number {
  const desired = desiredReplicas(d);
  if (strategyType(d) !== 'RollingUpdate') return desired;
  const current = all.reduce((n, rs) => n + specReplicas(rs), 0);
  const maxTotal = desired + fenceposts(d).surge;
  const now = specReplicas(newRS);
  if (current >= maxTotal) return now;
  return now + Math.min(maxTotal - current, Math.max(0, desired - now));
}

/** Oldest first (by name when created in the same second). */
export function byCreation(a: Obj, b: Obj): number {
  return (
    (Date.parse(meta(a).creationTimestamp ?? '') || 0) - (Date.parse(meta(b).creationTimestamp ?? '') || 0) ||
    (meta(a).name ?? '').localeCompare(meta(b).name ?? '')
  );
}

/**
 * The new spec.replicas of old ReplicaSets for one rolling step (only those that change), given
 * the new ReplicaSet's unavailable pods: first the unhealthy pods of old ReplicaSets, then
 * available ones while more than the minimum would stay available.
 */
export function oldReplicaSetScaleDown(d: Obj, newRS: Obj | undefined, oldRSs: readonly Obj[]): Map<Obj, number> {
  const out = new Map<Obj, number>();
  const old = [...oldRSs].sort(byCreation);
  if (old.reduce((n, rs) => n + specReplicas(rs), 0) === 0) return out;
  const all = newRS ? [...old, newRS] : old;
  const minAvailable = desiredReplicas(d) - maxUnavailable(d);
  const newUnavailable = specReplicas(newRS) - availableReplicas(newRS);
  const maxScaledDown = all.reduce((n, rs) => n + specReplicas(rs), 0) - minAvailable - newUnavailable;
  if (maxScaledDown <= 0) return out;
  const replicas = new Map(old.map((rs) => [rs, specReplicas(rs)]));
  let cleaned = 0;
  for (const rs of old) {
    if (cleaned >= maxScaledDown) break;
    const current = replicas.get(rs) ?? 0;
    const unhealthy = current - availableReplicas(rs);
    if (current === 0 || unhealthy <= 0) continue;
    const down = Math.min(maxScaledDown - cleaned, unhealthy);
    replicas.set(rs, current - down);
    cleaned += down;
  }
  const available = all.reduce((n, rs) => n + availableReplicas(rs), 0);
  if (available > minAvailable) {
    const total = available - minAvailable;
    let scaledDown = 0;
    for (const rs of old) {
      if (scaledDown >= total) break;
      const current = replicas.get(rs) ?? 0;
      if (current === 0) continue;
      const down = Math.min(current, total - scaledDown);
      replicas.set(rs, current - down);
      scaledDown += down;
    }
  }
  for (const [rs, value] of replicas) if (value !== specReplicas(rs)) out.set(rs, value);
  return out;
}
