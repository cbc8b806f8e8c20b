// Plumbing shared by the rule families of kinds beyond the pod-bearing ones (Ingress, volume claims,
// CronJob, autoscalers, disruption budgets, network policies, RBAC): which document a family checks,
// where a finding goes, and the small edits their fixes make.
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import { isStringScalar, type StringScalar } from '../../util/yamlAccess';
import type { Finding, Fix, RuleContext } from '../rule';
import { structuralContext } from '../yamlText';

export interface KindDocument {
  /** Reports through the structural filter: nothing in lines a YAML error mangled. */
  readonly context: RuleContext;
  readonly root: YAMLMap;
  /** The modelled kind, e.g. `Ingress`. */
  readonly kind: string;
  /** The modelled apiVersion (the one the document is typed as, even under a wrong apiVersion). */
  readonly apiVersion: string;
  readonly text: string;
}

/** The document when it is one of `kinds` with a map root; undefined otherwise. */
export function kindDocument(raw: RuleContext, kinds: readonly string[]): KindDocument | undefined {
  const context = structuralContext(raw);
  const root = raw.document.chunk.yaml.contents;
  if (!context || !isMap(root) || !kinds.includes(context.kind.def.kind)) return undefined;
  return { context, root, kind: context.kind.def.kind, apiVersion: context.kind.def.apiVersion, text: raw.document.chunk.text };
}

export type FindingBody = Omit<Finding, 'start' | 'end' | 'fixes'> & { readonly fixes?: readonly Fix[] };

/** Reports a finding on a node's text; an empty fix list is left out. */
export function reportAt(context: RuleContext, node: Node, body: FindingBody): void {
  const [start, end] = context.rangeOf(node);
  reportRange(context, start, end, body);
}

export function reportRange(context: RuleContext, start: number, end: number, body: FindingBody): void {
  const { fixes, ...rest } = body;
  context.report({ ...rest, start, end, ...(fixes && fixes.length > 0 ? { fixes } : {}) });
}

/** The string items of a list, with their index. */
export function stringItems(seq: unknown): { node: StringScalar; index: number }[] {
  if (!isSeq(seq)) return [];
  const out: { node: StringScalar; index: number }[] = [];
  seq.items.forEach((item, index) => {
    if (isStringScalar(item)) out.push({ node: item, index });
  });
  return out;
}

/** A node's text as written (with its quotes). */
export function sourceOf(text: string, node: Node): string {
  const range = node.range;
  return range ? text.slice(range[0], range[1]) : '';
}

/** The line break the document uses. */
export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** Replaces a scalar with bare text, dropping its quotes (`"80"` → `80`). */
export function replaceWhole(node: Node, newText: string): { start: number; end: number; newText: string } | undefined {
  const range = node.range;
  return range ? { start: range[0], end: range[1], newText } : undefined;
}

/** A scalar's integer value, when it is written as a plain number. */
export function integerOf(node: unknown): number | undefined {
  return isScalar(node) && typeof node.value === 'number' && Number.isInteger(node.value) ? node.value : undefined;
}

/** Whether a value is present: not missing, not `key:` with nothing, not `~`. */
export function isSet(node: unknown): boolean {
  return node !== undefined && node !== null && !(isScalar(node) && node.value === null);
}

/** Whether a map (or flow map) holds no entries. */
export function isEmptyMap(node: unknown): boolean {
  return isMap(node) && node.items.length === 0;
}
