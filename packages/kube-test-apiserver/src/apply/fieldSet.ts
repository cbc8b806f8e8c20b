// A set of field paths in the `FieldsV1` form managedFields use: path elements `f:name` (field),
// `k:{"name":"x"}` (list item by key), `v:"x"` (set item) and `i:0` (index); `.` marks the element
// itself as owned when it also has owned children.
import { isObj } from '../objects';

export type FieldPath = readonly string[];

export class FieldSet {
  member = false;
  readonly children = new Map<string, FieldSet>();

  static fromFieldsV1(json: unknown): FieldSet {
    const set = new FieldSet();
    const fill = (node: FieldSet, value: unknown): void => {
      if (!isObj(value)) return;
      for (const [key, child] of Object.entries(value)) {
        if (key === '.') continue;
        const next = node.child(key);
        const childObj = isObj(child) ? child : {};
        const keys = Object.keys(childObj);
        if (keys.length === 0 || keys.includes('.')) next.member = true;
        fill(next, childObj);
      }
    };
    fill(set, json);
    return set;
  }

  toFieldsV1(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const sorted = [...this.children.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [key, child] of sorted) {
      const inner = child.toFieldsV1();
      if (child.member && Object.keys(inner).length > 0) out[key] = { '.': {}, ...inner };
      else if (child.member) out[key] = {};
      else if (Object.keys(inner).length > 0) out[key] = inner;
    }
    return out;
  }

  child(key: string): FieldSet {
    let next = this.children.get(key);
    if (!next) {
      next = new FieldSet();
      this.children.set(key, next);
    }
    return next;
  }

  add(path: FieldPath): void {
    if (path.length === 0) {
      this.member = true;
      return;
    }
    this.child(path[0] ?? '').add(path.slice(1));
  }

  has(path: FieldPath): boolean {
    const node = this.at(path);
    return node?.member ?? false;
  }

  at(path: FieldPath): FieldSet | undefined {
    if (path.length === 0) return this;
    return this.children.get(path[0] ?? '')?.at(path.slice(1));
  }

  /** Every owned path, parents before children. */
  members(prefix: string[] = []): string[][] {
    const out: string[][] = [];
    for (const [key, child] of this.children) {
      const path = [...prefix, key];
      if (child.member) out.push(path);
      out.push(...child.members(path));
    }
    return out;
  }

  isEmpty(): boolean {
    return this.members().length === 0;
  }

  /** Whether any owned path lies at or below `path`. */
  ownsWithin(path: FieldPath): boolean {
    const node = this.at(path);
    return !!node && (node.member || !node.isEmpty());
  }

  remove(path: FieldPath): void {
    const node = this.at(path);
    if (node) node.member = false;
    this.prune();
  }

  /** Removes a path and everything below it. */
  removeTree(path: FieldPath): void {
    if (path.length === 0) return;
    const parent = this.at(path.slice(0, -1));
    parent?.children.delete(path[path.length - 1] ?? '');
    this.prune();
  }

  union(other: FieldSet): FieldSet {
    const out = this.copy();
    for (const path of other.members()) out.add(path);
    return out;
  }

  difference(other: FieldSet): FieldSet {
    const out = new FieldSet();
    for (const path of this.members()) if (!other.has(path)) out.add(path);
    return out;
  }

  copy(): FieldSet {
    const out = new FieldSet();
    for (const path of this.members()) out.add(path);
    return out;
  }

  private prune(): boolean {
    for (const [key, child] of this.children) {
      if (child.prune()) this.children.delete(key);
    }
    return !this.member && this.children.size === 0;
  }
}

/** `.spec.containers[name="nginx"].image`, the form conflict messages use. */
export function formatFieldPath(path: FieldPath): string {
  let out = '';
  for (const element of path) {
    const body = element.slice(2);
    if (element.startsWith('f:')) out += `.${body}`;
    else if (element.startsWith('k:')) {
      const key = JSON.parse(body) as Record<string, unknown>;
      out += `[${Object.entries(key)
        .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
        .join(',')}]`;
    } else if (element.startsWith('v:')) out += `[=${body}]`;
    else if (element.startsWith('i:')) out += `[${body}]`;
  }
  return out;
}
