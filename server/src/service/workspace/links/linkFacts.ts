// What the index keeps of one object for navigation: its mentions with their places (relative to the
// document, so a document that moves in its file keeps them), and the selectors that link pods to
// Services and budgets. Computed once per parsed document, with the rest of its summary.
import type { YAMLMap } from 'yaml';
import { LineIndex } from '../../document/lineIndex';
import { mapAt, stringAt } from '../../util/yamlAccess';
import { stringMap } from '../labelMaps';
import { indexKey, isDeclaration, MentionCollector, type Mention } from './mention';
import { objectMentions, type ObjectIdentity } from './objectMentions';
import { ownSelectorMap, podMentions } from './podMentions';

export interface LinkFacts {
  readonly mentions: readonly Mention[];
  /** Per mention, four numbers: start line, start character, end line, end character (lines counted from the document's first). */
  readonly ranges: Int32Array;
  /** The mentions by index key (link key and side, see `indexKey`): what the workspace index looks up. */
  readonly byKey: ReadonlyMap<string, readonly number[]>;
  /** The labels of the pods this object selects: a Service's selector, a PodDisruptionBudget's `matchLabels`. */
  readonly selects?: Readonly<Record<string, string>>;
  /** A workload's own selector, which must select its template's labels. */
  readonly ownSelector?: Readonly<Record<string, string>>;
}

function nonEmpty(map: Record<string, string>): Record<string, string> | undefined {
  return Object.keys(map).length > 0 ? map : undefined;
}

function selectsOf(object: ObjectIdentity, spec: YAMLMap | undefined): Record<string, string> | undefined {
  if (object.kind === 'Service' && object.group === '') {
    return stringAt(spec, 'type')?.value === 'ExternalName' ? undefined : nonEmpty(stringMap(mapAt(spec, 'selector')));
  }
  if (object.kind === 'PodDisruptionBudget' && object.group === 'policy')
    return nonEmpty(stringMap(mapAt(mapAt(spec, 'selector'), 'matchLabels')));
  return undefined;
}

export function linkFactsOf(text: string, object: ObjectIdentity, root: YAMLMap, makesPods: boolean): LinkFacts {
  const out = new MentionCollector(text);
  objectMentions(out, object, root);
  if (makesPods) podMentions(out, object.kind, root);
  const lines = new LineIndex(text);
  const ranges = new Int32Array(out.mentions.length * 4);
  const byKey = new Map<string, number[]>();
  out.mentions.forEach((mention, i) => {
    const start = lines.positionAt(mention.start);
    const end = lines.positionAt(mention.end);
    ranges.set([start.line, start.character, end.line, end.character], i * 4);
    if (mention.key === undefined) return;
    const key = indexKey(mention.key, isDeclaration(mention));
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  });
  const selects = selectsOf(object, mapAt(root, 'spec'));
  const ownSelector = makesPods && object.kind !== 'Pod' ? nonEmpty(stringMap(ownSelectorMap(object.kind, root))) : undefined;
  return { mentions: out.mentions, ranges, byKey, ...(selects ? { selects } : {}), ...(ownSelector ? { ownSelector } : {}) };
}
