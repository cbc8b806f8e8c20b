// required-field: a field Kubernetes demands is missing, empty or left without a value. Reported on the
// key of the object that lacks it (`spec:`), on the first key of a list entry, or on `kind:` when a
// whole top-level section is missing; the fix adds the field with a placeholder.
import { isMap, isPair, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import type { TypeModel } from '../../schema/model';
import type { PathSegment } from '../../schema/resolvePath';
import { isFieldReason, requiredFieldMessages, type Holder, type Reason } from '../messages/requiredField';
import { requirementsOf, runsPods, renderField, renderValue, skeletonOf, type Requirement } from '../requirements';
import { GLUED_KEY, ignorableKey, listAgnostic, misplacementOf } from '../placement';
import { pairOf } from '../../util/yamlAccess';
import type { Finding, Rule, RuleContext } from '../rule';
import { walkTyped, type TypedNode } from '../typedWalk';
import { appendToMap, fillEmptyValue, type Edit } from '../yamlEdits';
import { rankSuggestions } from '../../util/suggest';
import { keyText, headRange, isEmptyValue, lineEndOf, spaces, columnOf, structuralContext } from '../yamlText';

/** Why a learner should care, for the fields they most often leave out. */
function why(requirement: Requirement, path: readonly PathSegment[], rootType: string | undefined): Reason | undefined {
  if (requirement.name === 'name') return path.length === 1 && path[0] === 'metadata' ? 'metadataName' : undefined;
  // "it says what to run" fits the spec of pod-bearing kinds only.
  if (requirement.name === 'spec' && path.length === 0 && !(rootType && runsPods(rootType))) return undefined;
  return isFieldReason(requirement.name) ? requirement.name : undefined;
}

interface Pending {
  readonly finding: Finding;
  /** `metadata.name`, `spec.containers[].image`: the field's place, list indexes as `[]`. */
  readonly place: string;
}

/** Where to report that the object `visit` lacks a field, and how to name the object. */
function anchor(context: RuleContext, visit: TypedNode, map: YAMLMap): { range: [number, number]; holder: Holder } {
  const text = context.document.chunk.text;
  if (visit.path.length === 0) {
    const kindKey = pairOf(map, 'kind')?.key as Node | undefined;
    return { range: kindKey ? context.rangeOf(kindKey) : headRange(text, map), holder: { root: context.kind?.def.kind } };
  }
  if (visit.keyNode) return { range: context.rangeOf(visit.keyNode), holder: { key: String(visit.keyNode.value) } };
  const first = map.items[0]?.key as Node | undefined;
  return { range: first && isScalar(first) ? context.rangeOf(first) : headRange(text, map), holder: { entryOf: visit.field?.name } };
}

/** New top-level sections go right after `kind:`, where people expect `metadata`. */
function insertAtTop(text: string, map: YAMLMap, lines: readonly string[]): Edit | undefined {
  const kindPair = pairOf(map, 'kind');
  const kindKey = kindPair?.key as Node | undefined;
  const kindValue = kindPair?.value as Node | undefined;
  if (!kindKey?.range || map.flow) return appendToMap(text, map, lines);
  const at = lineEndOf(text, kindValue?.range?.[1] ?? kindKey.range[1]);
  const indent = columnOf(text, kindKey.range[0]);
  return { start: at, end: at, newText: lines.map((line) => `\n${spaces(indent)}${line}`).join('') };
}

function checkObject(context: RuleContext, visit: TypedNode, map: YAMLMap, typeId: string, pending: Pending[]): void {
  const { model } = context;
  const text = context.document.chunk.text;
  const say = requiredFieldMessages[context.settings.language];
  if (map.items.some((item) => isPair(item) && isScalar(item.key) && item.key.value === '<<')) return; // fields may come from a merge
  for (const requirement of requirementsOf(model, typeId, visit.path)) {
    if (requirement.unlessPresent && pairOf(map, requirement.unlessPresent)) continue;
    const field = model.field(typeId, requirement.name);
    if (!field) continue;
    const fieldPath = [...visit.path, requirement.name];
    const pair = pairOf(map, requirement.name);
    if (!pair) {
      const where = anchor(context, visit, map);
      const lines = renderField(requirement.name, skeletonOf(model, field.type, fieldPath));
      const edit =
        visit.path.length === 0 && requirement.name === 'metadata' ? insertAtTop(text, map, lines) : appendToMap(text, map, lines);
      pending.push({
        place: listAgnostic(fieldPath),
        finding: {
          code: 'required-field',
          severity: 'error',
          start: where.range[0],
          end: where.range[1],
          message: say.missing(where.holder, requirement.name, why(requirement, visit.path, context.kind?.def.type)),
          ...(edit ? { fixes: [{ title: say.add(requirement.name), edits: [edit], preferred: true }] } : {}),
        },
      });
      continue;
    }
    const value = pair.value;
    const key = pair.key as Node;
    let problem: 'noValue' | 'empty' | undefined;
    let range = context.rangeOf(key);
    let edit: Edit | undefined;
    if (isEmptyValue(value)) {
      // `nullable: true` in a custom schema: null is a value like any other.
      if (field.def.c?.nullable) continue;
      problem = 'noValue';
      edit = fillEmptyValue(text, key, value, renderValue(skeletonOf(model, field.type, fieldPath)));
    } else if (isSeq(value) && value.items.length === 0 && field.type.kind === 'array') {
      problem = 'empty';
    } else if (requirement.nonEmpty && isScalar(value) && value.value === '') {
      problem = 'empty';
      range = context.rangeOf(value);
    }
    if (!problem) continue;
    // `name: ""` is a real mistake of its own, whatever else is misplaced.
    const place = problem === 'noValue' ? listAgnostic(fieldPath) : '';
    pending.push({
      place,
      finding: {
        code: 'required-field',
        severity: 'error',
        start: range[0],
        end: range[1],
        message: say.unset(requirement.name, problem, why(requirement, visit.path, context.kind?.def.type)),
        ...(edit ? { fixes: [{ title: say.fill(requirement.name), edits: [edit], preferred: true }] } : {}),
      },
    });
  }
}

/**
 * A field written at a nearby wrong level (or misspelled) is explained by misplaced-field (or
 * unknown-field), and so is the hole it left.
 */
function explainedByMisplaced(misplaced: ReadonlySet<string>, item: Pending): boolean {
  if (item.place === '') return false;
  if (misplaced.has(item.place)) return true;
  // A key that belongs inside the missing or empty field: `template` written where `jobTemplate.spec` should be.
  for (const place of misplaced) if (place.startsWith(`${item.place}.`) || place.startsWith(`${item.place}[].`)) return true;
  return false;
}

function checkRequired(context: RuleContext, model: TypeModel, rootTypeId: string, root: unknown): void {
  const pending: Pending[] = [];
  // Places (list-agnostic paths) that a misplaced or misspelled key stands in for.
  const misplaced = new Set<string>();
  walkTyped(model, rootTypeId, root as Node | null, {
    node(visit) {
      // `status` is written by Kubernetes, not by hand; what it requires is not the author's concern.
      if (visit.path[0] === 'status') return;
      if (visit.expected.kind === 'object' && isMap(visit.node)) checkObject(context, visit, visit.node, visit.expected.typeId, pending);
    },
    unknownKey(visit) {
      const glued = GLUED_KEY.exec(keyText(visit.keyNode.value));
      if (glued?.[1]) misplaced.add(listAgnostic([...visit.path.slice(0, -1), glued[1]]));
      if (ignorableKey(visit)) return;
      const placement = misplacementOf(model, rootTypeId, visit);
      if (placement) {
        misplaced.add(listAgnostic(placement.display));
        return;
      }
      // `images: nginx` where `image` is missing: the spelling fix of unknown-field settles both.
      const best = rankSuggestions(
        keyText(visit.keyNode.value),
        model.fields(visit.ownerTypeId).map((f) => f.name),
        1,
      )[0];
      if (best !== undefined) misplaced.add(listAgnostic([...visit.path.slice(0, -1), best]));
    },
  });
  for (const item of pending) if (!explainedByMisplaced(misplaced, item)) context.report(item.finding);
}

export const requiredFieldRule: Rule = {
  codes: ['required-field'],
  check(raw) {
    const context = structuralContext(raw);
    if (!context) return;
    const { kind, model, document } = context;
    checkRequired(context, model, kind.def.type, document.chunk.yaml.contents);
  },
};
