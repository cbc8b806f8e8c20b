// Shared plumbing of the semantic rule families: the document root, its pod specs, and ranges.
import { isMap, type Node, type YAMLMap } from 'yaml';
import { isCustomTypeId } from '../../schema/model';
import { podSpecsOf, type PodSpecLocation } from '../../schema/podSpecs';
import type { RuleContext } from '../rule';

/**
 * The document's root map and kind name, when the document is a modelled kind with a map root.
 * `custom`: a custom resource, whose kind name may be a built-in one's (`Job`) with another shape.
 */
export function documentRoot(context: RuleContext): { root: YAMLMap; kind: string; custom: boolean } | undefined {
  const root = context.document.chunk.yaml.contents;
  const def = context.kind?.def;
  return def !== undefined && isMap(root) ? { root, kind: def.kind, custom: isCustomTypeId(def.type) } : undefined;
}

/** The pod specs of a built-in kind's document (custom resources have none we know of). */
export function podSpecsIn(context: RuleContext): PodSpecLocation[] {
  const doc = documentRoot(context);
  return doc && !doc.custom ? podSpecsOf(doc.kind, doc.root) : [];
}

/** `{ start, end }` of a node, for findings and related locations. */
export function span(context: RuleContext, node: Node): { start: number; end: number } {
  const [start, end] = context.rangeOf(node);
  return { start, end };
}
