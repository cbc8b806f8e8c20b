// invalid-label: label keys and values, selector keys and values and annotation keys the API server
// rejects (`metadata.labels: Invalid value: "my app": a valid label must be …`). Every object's
// metadata, pod templates, label selectors (`matchLabels`, `matchExpressions[].key`) and a Service's
// `selector` are checked. Values that are not text (`version: 1.0`) are type-mismatch's to report.
// The fix renames the key or value in every label and selector of the document that holds it, so
// a selector keeps matching the labels it matched.
import { isMap, isScalar, type Scalar, type YAMLMap } from 'yaml';
import {
  labelValueIssue,
  qualifiedNameIssue,
  toLabelValue,
  toQualifiedName,
  type LabelPartIssue,
  type QualifiedNameIssue,
} from '../../util/names';
import { replaceScalar, type TextEdit } from '../../util/textEdits';
import { isStringScalar, keyedPairs, mapAt, mapItems, seqAt, stringAt } from '../../util/yamlAccess';
import { labelsMessages, type LabelPlace } from '../messages/labels';
import type { Fix, Rule, RuleContext } from '../rule';
import { walkTyped } from '../typedWalk';
import { structuralContext } from '../yamlText';

const OBJECT_META = 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta';
const LABEL_SELECTOR = 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector';

/** A map of label keys to label values: `metadata.labels`, `matchLabels`, a Service's `selector`. */
interface LabelMap {
  readonly map: YAMLMap;
  readonly place: LabelPlace;
}

/** The label maps, annotation maps and selector requirement keys of one document. */
interface Found {
  readonly labels: LabelMap[];
  readonly annotations: YAMLMap[];
  readonly requirementKeys: Scalar<string>[];
}

function collect(context: RuleContext & { readonly kind: NonNullable<RuleContext['kind']> }): Found {
  const found: Found = { labels: [], annotations: [], requirementKeys: [] };
  walkTyped(context.model, context.kind.def.type, context.document.chunk.yaml.contents, {
    node({ node, expected }) {
      if (expected.kind !== 'object' || !isMap(node)) return;
      if (expected.typeId === OBJECT_META) {
        const labels = mapAt(node, 'labels');
        if (labels) found.labels.push({ map: labels, place: 'label' });
        const annotations = mapAt(node, 'annotations');
        if (annotations) found.annotations.push(annotations);
      } else if (expected.typeId === LABEL_SELECTOR) {
        const matchLabels = mapAt(node, 'matchLabels');
        if (matchLabels) found.labels.push({ map: matchLabels, place: 'selector' });
        for (const { map } of mapItems(seqAt(node, 'matchExpressions'))) {
          const key = stringAt(map, 'key');
          if (key) found.requirementKeys.push(key);
        }
      }
    },
  });
  const def = context.kind.def;
  if (def.kind === 'Service' && def.apiVersion === 'v1') {
    const root = context.document.chunk.yaml.contents;
    const selector = mapAt(mapAt(root, 'spec'), 'selector');
    if (selector) found.labels.push({ map: selector, place: 'selector' });
  }
  return found;
}

function hasKey(map: YAMLMap, key: string): boolean {
  return keyedPairs(map).some((p) => p.key === key);
}

function editsOf(text: string, nodes: readonly Scalar[], to: string): TextEdit[] {
  return nodes.map((n) => replaceScalar(text, n, to)).filter((e): e is TextEdit => e !== undefined);
}

function fixOf(title: string, edits: readonly TextEdit[]): Fix[] {
  return edits.length > 0 ? [{ title, edits, preferred: true }] : [];
}

function checkKey(context: RuleContext, found: Found, node: Scalar, key: string, place: LabelPlace, issue: QualifiedNameIssue): void {
  const say = labelsMessages[context.settings.language];
  const text = context.document.chunk.text;
  const to = toQualifiedName(key);
  const usable = to !== '' && to !== key && qualifiedNameIssue(to, place === 'annotation') === undefined;
  let fixes: Fix[] = [];
  if (usable) {
    // An annotation key names nothing else; a label key is renamed in every label map and selector.
    const maps = place === 'annotation' ? found.annotations : found.labels.map((l) => l.map);
    const holders = maps.filter((m) => keyedPairs(m).some((p) => p.pair.key === node || (place !== 'annotation' && p.key === key)));
    const keys = holders.flatMap((m) =>
      keyedPairs(m)
        .filter((p) => p.key === key)
        .map((p) => p.pair.key),
    );
    const requirements = place === 'annotation' ? [] : found.requirementKeys.filter((k) => k.value === key);
    if (!holders.some((m) => hasKey(m, to))) fixes = fixOf(say.rename(to), editsOf(text, [...keys, ...requirements], to));
  }
  const [start, end] = context.rangeOf(node);
  context.report({
    code: 'invalid-label',
    severity: 'error',
    start,
    end,
    message: say.invalidKey(place, key, issue, usable ? to : undefined),
    ...(fixes.length > 0 ? { fixes } : {}),
  });
}

function checkValue(context: RuleContext, found: Found, node: Scalar<string>, key: string, place: LabelPlace, issue: LabelPartIssue): void {
  const say = labelsMessages[context.settings.language];
  const to = toLabelValue(node.value);
  const usable = to !== '' && to !== node.value;
  // The same key and value anywhere in the document's labels and selectors: they match each other.
  const nodes = found.labels.flatMap(({ map }) =>
    keyedPairs(map)
      .filter((p) => p.key === key && isStringScalar(p.pair.value) && p.pair.value.value === node.value)
      .map((p) => p.pair.value as Scalar<string>),
  );
  const fixes = usable ? fixOf(say.change(to), editsOf(context.document.chunk.text, nodes, to)) : [];
  const [start, end] = context.rangeOf(node);
  context.report({
    code: 'invalid-label',
    severity: 'error',
    start,
    end,
    message: say.invalidValue(place, node.value, issue, usable ? to : undefined),
    ...(fixes.length > 0 ? { fixes } : {}),
  });
}

export const labelsRule: Rule = {
  codes: ['invalid-label'],
  check(raw) {
    const context = structuralContext(raw);
    if (!context) return;
    const found = collect(context);
    for (const { map, place } of found.labels) {
      for (const { key, pair } of keyedPairs(map)) {
        const keyIssue = qualifiedNameIssue(key);
        if (keyIssue) checkKey(context, found, pair.key, key, place, keyIssue);
        const value = pair.value;
        if (!isStringScalar(value)) continue; // numbers and booleans: type-mismatch; null is an empty value
        const valueIssue = labelValueIssue(value.value);
        if (valueIssue) checkValue(context, found, value, key, place, valueIssue);
      }
    }
    for (const key of found.requirementKeys) {
      const issue = qualifiedNameIssue(key.value);
      if (issue) checkKey(context, found, key, key.value, 'selector', issue);
    }
    for (const map of found.annotations) {
      for (const { key, pair } of keyedPairs(map)) {
        const issue = qualifiedNameIssue(key, true);
        if (issue && isScalar(pair.key)) checkKey(context, found, pair.key, key, 'annotation', issue);
      }
    }
  },
};
