// Pod Security in a Helm template, as far as its literal text proves it. The checks run on the
// masked text like on any manifest; a violation stays only where the field is written literally
// (`privileged: true`) outside any `if`/`with` block, and a missing field only when nothing in the
// document is written by an action (an `include` or `toYaml` could supply it). The Namespace's
// labels come from the workspace when `metadata.namespace` is literal, otherwise from the setting.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { ChunkTemplate, ParsedChunk } from '../document/manifest';
import { underCondition, unmaskMessage } from '../helm/templateText';
import { openNodesOf } from '../helm/openNodes';
import type { ServiceSettings } from '../settings';
import { mapAt, pairOf, stringAt } from '../util/yamlAccess';
import { summarize } from '../workspace/objectSummary';
import type { IndexView } from '../workspace/workspaceIndex';
import type { Path } from './podSecurity/podView';
import { podSecurityFindings } from './podSecurity/podSecurityFindings';
import type { Finding } from './rule';
import { templateFixes } from './templateFixes';

export interface TemplateSecurityInput {
  readonly chunk: ParsedChunk;
  readonly uri: string;
  readonly index: IndexView;
  readonly settings: ServiceSettings;
}

const touches = (template: ChunkTemplate, start: number, end: number): boolean =>
  template.actions.some((a) => a.start < end && start < a.end);

/** The node at `path` below the root, or undefined where the path leaves the parse. */
function nodeAt(root: unknown, path: Path): Node | undefined {
  let node: unknown = root;
  for (const segment of path) {
    if (typeof segment === 'number') node = isSeq(node) ? node.items[segment] : undefined;
    else node = isMap(node) ? pairOf(node, segment)?.value : undefined;
    if (node === undefined || node === null) return undefined;
  }
  return node as Node;
}

export function templatePodSecurity(input: TemplateSecurityInput): Finding[] {
  const { chunk } = input;
  const template = chunk.template;
  const root = chunk.yaml.contents;
  const summary = summarize(chunk);
  if (!template || !isMap(root) || !summary?.pod) return [];
  const open = openNodesOf(chunk);
  const nothingInserted = open.collections.size === 0 && open.producedPairs.size === 0;
  const namespaceNode = stringAt(mapAt(root, 'metadata'), 'namespace');
  const literalNamespace =
    namespaceNode?.range && !touches(template, namespaceNode.range[0], namespaceNode.range[1]) ? namespaceNode.value : undefined;
  const keep = (path: Path, missing: boolean): boolean => {
    if (missing) return nothingInserted;
    const node = nodeAt(root, path);
    const range = node?.range;
    if (!node || !range || touches(template, range[0], range[1]) || underCondition(template, range[0])) return false;
    // A collection at fault (a hostPath volume) is proven when nothing inside it is written by an action.
    return isScalar(node) || !open.collections.has(node);
  };
  const findings = podSecurityFindings({
    chunk,
    root,
    kind: summary.kind,
    group: summary.group,
    namespace: literalNamespace,
    uri: input.uri,
    index: input.index,
    settings: input.settings,
    keep,
  });
  return findings.map((finding) => ({
    ...finding,
    message: unmaskMessage(chunk.text, template, finding.message),
    ...(finding.fixes ? { fixes: templateFixes(chunk.text, template, finding.fixes) } : {}),
  }));
}
