// pvc-spec: what the API server demands of a volume claim beyond its schema: at least one access mode,
// each one it knows, `ReadWriteOncePod` alone, and a storage request greater than zero. Checked wherever
// a claim is written: a PersistentVolumeClaim, a StatefulSet's volumeClaimTemplates, a pod's ephemeral
// volumes (the claims made from templates are validated the same way). Unreadable sizes (`10GB`) are
// invalid-quantity's.
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import { parseQuantity } from '../../util/quantity';
import { rankSuggestions } from '../../util/suggest';
import { replaceScalar } from '../../util/textEdits';
import { pairOf } from '../../util/yamlAccess';
import { storageMessages, type AccessModeProblem } from '../messages/storage';
import type { Fix, RuleContext, Rule } from '../rule';
import { walkTyped } from '../typedWalk';
import { appendToMap, fillEmptyValue, type Edit } from '../yamlEdits';
import { structuralContext } from '../yamlText';
import { isSet, reportAt, stringItems } from './kindKit';

const CLAIM_SPEC = 'io.k8s.api.core.v1.PersistentVolumeClaimSpec';
const ACCESS_MODES = ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod'];
/** The short forms `kubectl get pvc` shows in its ACCESS MODES column. */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  RWO: 'ReadWriteOnce',
  ROX: 'ReadOnlyMany',
  RWX: 'ReadWriteMany',
  RWOP: 'ReadWriteOncePod',
};
const PLACEHOLDER_SIZE = '1Gi';

/** Adds an entry to a map, as block lines or, in a flow map, as one `key: value`. */
function addEntry(text: string, map: YAMLMap, blockLines: readonly string[], flowLine: string): Edit | undefined {
  return appendToMap(text, map, map.flow ? [flowLine] : blockLines);
}

function accessModeFinding(context: RuleContext, node: Node, problem: AccessModeProblem, fixes: Fix[]): void {
  reportAt(context, node, {
    code: 'pvc-spec',
    severity: 'error',
    message: storageMessages[context.settings.language].accessModes(problem),
    fixes,
  });
}

function checkAccessModes(context: RuleContext, specKey: Node, spec: YAMLMap): void {
  const text = context.document.chunk.text;
  const say = storageMessages[context.settings.language];
  const pair = pairOf(spec, 'accessModes');
  const modes = pair?.value;
  if (!pair || !isSet(modes)) {
    const edit = pair
      ? fillEmptyValue(text, pair.key, modes, ['- ReadWriteOnce'])
      : addEntry(text, spec, ['accessModes:', '  - ReadWriteOnce'], 'accessModes: [ReadWriteOnce]');
    accessModeFinding(
      context,
      pair?.key ?? specKey,
      { kind: 'missing' },
      edit ? [{ title: say.addAccessModes, edits: [edit], preferred: true }] : [],
    );
    return;
  }
  if (!isSeq(modes)) return; // type-mismatch speaks
  if (modes.items.length === 0) {
    const range = modes.range;
    const fixes: Fix[] =
      range && modes.flow
        ? [{ title: say.addAccessModes, edits: [{ start: range[0], end: range[1], newText: '[ReadWriteOnce]' }], preferred: true }]
        : [];
    accessModeFinding(context, pair.key, { kind: 'empty' }, fixes);
    return;
  }
  for (const { node } of stringItems(modes)) {
    if (ACCESS_MODES.includes(node.value)) continue;
    const abbreviation = Object.hasOwn(ABBREVIATIONS, node.value.toUpperCase()) ? ABBREVIATIONS[node.value.toUpperCase()] : undefined;
    const suggestion = abbreviation ?? rankSuggestions(node.value, ACCESS_MODES, 1)[0];
    const edit = suggestion !== undefined ? replaceScalar(text, node, suggestion) : undefined;
    accessModeFinding(
      context,
      node,
      { kind: 'unknown', value: node.value, suggestion, abbreviation: abbreviation !== undefined },
      suggestion !== undefined && edit ? [{ title: say.change(suggestion), edits: [edit], preferred: true }] : [],
    );
  }
  const values = stringItems(modes).map((item) => item.node);
  const podOnly = values.find((node) => node.value === 'ReadWriteOncePod');
  if (podOnly && values.some((node) => node.value !== 'ReadWriteOncePod' && ACCESS_MODES.includes(node.value))) {
    accessModeFinding(context, podOnly, { kind: 'podOnlyCombined' }, []);
  }
}

function checkStorage(context: RuleContext, specKey: Node, spec: YAMLMap): void {
  const text = context.document.chunk.text;
  const say = storageMessages[context.settings.language];
  const resourcesPair = pairOf(spec, 'resources');
  const resources = resourcesPair?.value;
  const requestsPair = pairOf(resources, 'requests');
  const requests = requestsPair?.value;
  const storagePair = pairOf(requests, 'storage');
  if (storagePair) {
    const storage = storagePair.value;
    const amount = isScalar(storage)
      ? typeof storage.value === 'number'
        ? storage.value
        : typeof storage.value === 'string'
          ? parseQuantity(storage.value)?.value
          : undefined
      : undefined;
    if (isScalar(storage) && amount === 0) {
      reportAt(context, storage, {
        code: 'pvc-spec',
        severity: 'error',
        message: say.storage({ kind: 'zero', value: String(storage.value) }),
      });
    }
    return;
  }
  // A layout that is not maps all the way down is type-mismatch's to explain.
  if ((isSet(resources) && !isMap(resources)) || (isSet(requests) && !isMap(requests))) return;
  const entry = `storage: ${PLACEHOLDER_SIZE}`;
  let edit: Edit | undefined;
  let anchor: Node = specKey;
  if (requestsPair) {
    anchor = requestsPair.key as Node;
    edit = isMap(requests) ? addEntry(text, requests, [entry], entry) : fillEmptyValue(text, requestsPair.key as Node, requests, [entry]);
  } else if (resourcesPair) {
    anchor = resourcesPair.key as Node;
    edit = isMap(resources)
      ? addEntry(text, resources, ['requests:', `  ${entry}`], `requests: {${entry}}`)
      : fillEmptyValue(text, resourcesPair.key as Node, resources, ['requests:', `  ${entry}`]);
  } else {
    edit = addEntry(text, spec, ['resources:', '  requests:', `    ${entry}`], `resources: {requests: {${entry}}}`);
  }
  reportAt(context, anchor, {
    code: 'pvc-spec',
    severity: 'error',
    message: say.storage({ kind: 'missing' }),
    fixes: edit ? [{ title: say.addStorage(PLACEHOLDER_SIZE), edits: [edit], preferred: true }] : [],
  });
}

export const storageRule: Rule = {
  codes: ['pvc-spec'],
  check(raw) {
    const context = structuralContext(raw);
    if (!context) return;
    walkTyped(context.model, context.kind.def.type, context.document.chunk.yaml.contents, {
      node({ node, expected, path, keyNode }) {
        if (expected.kind !== 'object' || expected.typeId !== CLAIM_SPEC || !isMap(node) || !keyNode || path[0] === 'status') return;
        // A merge key may bring in the fields: the spec cannot be judged from its own text.
        if (node.items.some((item) => isScalar(item.key) && item.key.value === '<<')) return;
        checkAccessModes(context, keyNode, node);
        checkStorage(context, keyNode, node);
      },
    });
  },
};
