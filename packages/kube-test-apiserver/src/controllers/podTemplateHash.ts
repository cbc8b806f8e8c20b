// The `pod-template-hash` a Deployment gives each ReplicaSet: a 32-bit FNV-1a hash of the pod
// template (and the collision count, when there was a collision), its decimal digits written in
// the alphabet of generated names (no vowels, so no words), as the real controller does. The
// template is hashed as canonical JSON rather than Go's printed struct, so values differ from a
// real cluster's, but they are stable and of the same shape (`5d4c8b7f9`, `7f6d9c5b84`).
import { clone, deepEqual, isObj, type Obj } from '../objects';

export const HASH_LABEL = 'pod-template-hash';
const SAFE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObj(value)) {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function fnv32a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function podTemplateHash(template: unknown, collisionCount?: number): string {
  const text = canonical(template) + (collisionCount !== undefined ? String(collisionCount) : '');
  return [...String(fnv32a(text))].map((digit) => SAFE_ALPHABET[digit.charCodeAt(0) % SAFE_ALPHABET.length] ?? '').join('');
}

function withoutHash(template: unknown): unknown {
  const copy = clone(template);
  if (isObj(copy) && isObj(copy.metadata) && isObj(copy.metadata.labels)) {
    const labels: Obj = copy.metadata.labels;
    delete labels[HASH_LABEL];
  }
  return copy;
}

/** Whether a ReplicaSet's template is the Deployment's, apart from the hash label. */
export function sameTemplate(a: unknown, b: unknown): boolean {
  return deepEqual(withoutHash(a), withoutHash(b));
}
