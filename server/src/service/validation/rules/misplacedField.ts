// misplaced-field: a known field at the wrong level — mostly an indentation slip (`name:` at the top of a
// Pod instead of under `metadata:`, `image:` directly under `spec:`). Says where it belongs and, when
// the target is clear, offers to move it there.
import { isMap, isSeq, type Pair, type YAMLMap } from 'yaml';
import { shortTypeName } from '../../schema/model';
import { formatPath, type PathSegment } from '../../schema/resolvePath';
import { misplacedFieldMessages, type MisplacedFieldMessages } from '../messages/misplacedField';
import { misplacementOf, type Placement } from '../placement';
import { pairOf } from '../../util/yamlAccess';
import type { Fix, Rule } from '../rule';
import { walkTyped } from '../typedWalk';
import { firstKeyStart, moveIntoMap, moveUnderEmptyKey, pairLines, wrapInNewKey, type Edit } from '../yamlEdits';
import { columnOf, isEmptyValue, keyText, lineEndOf, reindent, structuralContext } from '../yamlText';

/**
 * Down into the place it belongs, following maps and single-entry lists that already exist; a missing
 * parent is created only one level down (`name:` → `metadata:\n  name:`).
 */
function moveDown(text: string, pair: Pair, owner: YAMLMap, placement: Placement): Edit[] | undefined {
  let map = owner;
  for (const [index, hop] of placement.hops.entries()) {
    const target = pairOf(map, hop.name);
    if (!target) {
      if (placement.hops.length !== 1 || hop.list) return undefined;
      const wrapped = wrapInNewKey(text, pair, hop.name);
      return wrapped ? [wrapped] : undefined;
    }
    const value = target.value;
    const only = isSeq(value) && value.items.length === 1 && isMap(value.items[0]) ? value.items[0] : undefined;
    if (index === placement.hops.length - 1) {
      if (isEmptyValue(value)) return moveUnderEmptyKey(text, pair, target, hop.list);
      if (!hop.list && isMap(value)) return moveIntoMap(text, pair, value);
      return hop.list && only ? moveIntoMap(text, pair, only) : undefined;
    }
    const next = hop.list ? only : isMap(value) ? value : undefined;
    if (!next) return undefined;
    map = next;
  }
  return undefined;
}

/** One level up, when the entry is the last thing before the parent continues: dedent it. */
function moveUp(text: string, pair: Pair, parentKeyColumn: number): Edit[] | undefined {
  const moved = pairLines(text, pair);
  if (!moved) return undefined;
  const rest = text.slice(moved.end).split('\n').slice(1);
  const next = rest.find((line) => line.trim() !== '' && !line.trim().startsWith('#'));
  if (next !== undefined && (next.length - next.trimStart().length > parentKeyColumn || next.trimStart().startsWith('- ')))
    return undefined;
  const lines = reindent(moved.lines, parentKeyColumn - moved.keyColumn);
  return [{ start: moved.start, end: moved.end, newText: lines.join('\n') }];
}

function describe(
  say: MisplacedFieldMessages,
  key: string,
  placement: Placement,
  ownerPath: readonly PathSegment[],
  owner: string,
): string {
  const target = placement.container;
  const inEntry = target.endsWith('[]');
  const full = placement.display === key ? undefined : placement.display;
  return say.misplaced(key, inEntry ? target.slice(0, -2) : target, inEntry, full, formatPath(ownerPath), owner);
}

export const misplacedFieldRule: Rule = {
  codes: ['misplaced-field'],
  check(raw) {
    const context = structuralContext(raw);
    if (!context) return;
    const { kind, model, document } = context;
    const rootTypeId = kind.def.type;
    const text = document.chunk.text;
    const say = misplacedFieldMessages[context.settings.language];
    walkTyped(model, rootTypeId, document.chunk.yaml.contents, {
      unknownKey(visit) {
        const placement = misplacementOf(model, rootTypeId, visit);
        if (!placement) return;
        const key = keyText(visit.keyNode.value);
        const ownerPath = visit.path.slice(0, -1);
        let edits: Edit[] | undefined;
        if (placement.relation === 'child') edits = moveDown(text, visit.pair, visit.ownerNode, placement);
        else if (placement.hops.length === 0 && !visit.ownerNode.flow) {
          const parentMap = document.chunk.yaml.getIn(placement.ownerPath, true);
          const keyStart = isMap(parentMap) ? firstKeyStart(parentMap) : undefined;
          if (keyStart !== undefined) edits = moveUp(text, visit.pair, columnOf(text, keyStart));
        }
        const fixes: Fix[] = edits ? [{ title: say.move(key, placement.container.replace(/\[\]$/, '')), edits, preferred: true }] : [];
        const [start, end] = context.rangeOf(visit.keyNode);
        // Keep the squiggle on the key's line even for a long block value.
        const tightEnd = Math.min(end, lineEndOf(text, start));
        context.report({
          code: 'misplaced-field',
          severity: 'error',
          start,
          end: tightEnd,
          message: describe(say, key, placement, ownerPath, shortTypeName(visit.ownerTypeId)),
          fixes,
        });
      },
    });
  },
};
