// pdb-spec: a PodDisruptionBudget sets `minAvailable` or `maxUnavailable`, never both, each a whole
// number or a percentage from 0% to 100%. A quoted number (`"2"`) is a string to Kubernetes, read as a
// percentage and rejected: the commonest slip. Negative `maxUnavailable` is out-of-range's.
import { isScalar, type Node } from 'yaml';
import { replaceScalar } from '../../util/textEdits';
import { mapAt, pairOf, type KeyedPair } from '../../util/yamlAccess';
import { disruptionMessages, type BudgetProblem } from '../messages/disruption';
import type { Fix, Rule } from '../rule';
import { deleteLines } from '../yamlEdits';
import { contentEnd, lineEndOf, lineStartOf, startsItsLine } from '../yamlText';
import { isSet, kindDocument, replaceWhole, reportAt, type KindDocument } from './kindKit';

const FIELDS = ['minAvailable', 'maxUnavailable'] as const;

function report(doc: KindDocument, node: Node, problem: BudgetProblem, fixes: Fix[] = [], related?: { node: Node; message: string }): void {
  const range = related?.node.range;
  reportAt(doc.context, node, {
    code: 'pdb-spec',
    severity: 'error',
    message: disruptionMessages[doc.context.settings.language].problem(problem),
    fixes,
    ...(related && range ? { related: [{ start: range[0], end: range[1], message: related.message }] } : {}),
  });
}

function removeFix(doc: KindDocument, pair: KeyedPair, field: string): Fix[] {
  const keyStart = pair.key.range?.[0];
  const value = pair.value as Node | null;
  if (keyStart === undefined || !value || !startsItsLine(doc.text, keyStart)) return [];
  const end = lineEndOf(doc.text, Math.max(keyStart, contentEnd(doc.text, value) - 1));
  return [
    {
      title: disruptionMessages[doc.context.settings.language].remove(field),
      edits: [deleteLines(doc.text, lineStartOf(doc.text, keyStart), end)],
    },
  ];
}

function checkValue(doc: KindDocument, field: string, pair: KeyedPair): void {
  const node = pair.value;
  if (!isScalar(node)) return;
  const say = disruptionMessages[doc.context.settings.language];
  if (typeof node.value === 'number') {
    // A negative maxUnavailable is out-of-range's to report.
    if (field === 'minAvailable' && Number.isInteger(node.value) && node.value < 0)
      report(doc, node, { kind: 'negative', field, value: node.value });
    return;
  }
  if (typeof node.value !== 'string') return;
  const value = node.value;
  const percent = /^(\d+)%$/.exec(value);
  if (percent) {
    if (Number(percent[1]) > 100) report(doc, node, { kind: 'over100', field, value });
    return;
  }
  if (/^\d+$/.test(value)) {
    const edit = replaceWhole(node, String(Number(value)));
    report(
      doc,
      node,
      { kind: 'quotedNumber', field, value },
      edit ? [{ title: say.change(String(Number(value))), edits: [edit], preferred: true }] : [],
    );
    return;
  }
  const compact = value.replace(/\s+/g, '');
  const edit =
    compact !== value && /^\d+%$/.test(compact) && Number(compact.slice(0, -1)) <= 100 ? replaceScalar(doc.text, node, compact) : undefined;
  report(doc, node, { kind: 'notPercent', field, value }, edit ? [{ title: say.change(compact), edits: [edit], preferred: true }] : []);
}

export const disruptionRule: Rule = {
  codes: ['pdb-spec'],
  check(raw) {
    const doc = kindDocument(raw, ['PodDisruptionBudget']);
    const spec = doc ? mapAt(doc.root, 'spec') : undefined;
    if (!doc || !spec) return;
    const pairs = FIELDS.map((field) => ({ field, pair: pairOf(spec, field) })).filter(
      (p): p is { field: (typeof FIELDS)[number]; pair: KeyedPair } => p.pair !== undefined && isSet(p.pair.value),
    );
    for (const { field, pair } of pairs) checkValue(doc, field, pair);
    const [first, second] = pairs;
    if (first && second) {
      const [earlier, later] = (first.pair.key.range?.[0] ?? 0) < (second.pair.key.range?.[0] ?? 0) ? [first, second] : [second, first];
      const say = disruptionMessages[doc.context.settings.language];
      report(
        doc,
        later.pair.key,
        { kind: 'both' },
        [...removeFix(doc, later.pair, later.field), ...removeFix(doc, earlier.pair, earlier.field)],
        {
          node: earlier.pair.key,
          message: say.theOther(earlier.field),
        },
      );
    }
  },
};
