// invalid-data-key, not-base64 and secret-missing-key: what the API server checks in a ConfigMap's
// and a Secret's data beyond their types. Keys must be usable as file names; `data` of a Secret
// and `binaryData` of a ConfigMap (and every other `[]byte` field, such as `caBundle`) hold base64,
// and a Secret of a well-known type needs the keys its type names.
//
// Plain text in a Secret's `data` is the classic mistake: the preferred fix moves the entry to
// `stringData` (created when missing), where Kubernetes encodes it; base64 broken only by spaces or
// missing padding is repaired instead. Values that are numbers or booleans are reported here, not by
// type-mismatch, since quoting them would not make them base64.
import { isMap, isScalar, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { base64Issue, encodeBase64, repairedBase64 } from '../../util/base64';
import { configMapKeyIssue, toConfigMapKey } from '../../util/names';
import { rankSuggestions } from '../../util/suggest';
import { replaceScalar } from '../../util/textEdits';
import { keyedPairs, mapAt, pairOf, stringAt, type KeyedPair } from '../../util/yamlAccess';
import { configDataMessages, type Base64Place, type DataMap, type NotBase64 } from '../messages/configData';
import type { Fix, Rule, RuleContext } from '../rule';
import { walkTyped } from '../typedWalk';
import { appendToMap, fillEmptyValue, pairLines, type Edit } from '../yamlEdits';
import { contentEnd, isEmptyValue, spaces, structuralContext } from '../yamlText';
import { YAML11_BOOLEAN } from './typeMismatch';
import { span } from './podContext';

type Owner = 'ConfigMap' | 'Secret';

function ownerOf(context: RuleContext): { owner: Owner; root: YAMLMap } | undefined {
  const def = context.kind?.def;
  const root = context.document.chunk.yaml.contents;
  if (!def || def.apiVersion !== 'v1' || !isMap(root)) return undefined;
  return def.kind === 'ConfigMap' || def.kind === 'Secret' ? { owner: def.kind, root } : undefined;
}

const MAPS: Record<Owner, readonly DataMap[]> = { ConfigMap: ['data', 'binaryData'], Secret: ['data', 'stringData'] };

function dataMaps(root: YAMLMap, owner: Owner): { name: DataMap; pair: KeyedPair; map: YAMLMap }[] {
  return MAPS[owner].flatMap((name) => {
    const pair = pairOf(root, name);
    return pair && isMap(pair.value) ? [{ name, pair, map: pair.value }] : [];
  });
}

function checkKeys(context: RuleContext, root: YAMLMap, owner: Owner): void {
  const say = configDataMessages[context.settings.language];
  const maps = dataMaps(root, owner);
  const taken = new Set(maps.flatMap(({ map }) => keyedPairs(map).map((p) => p.key)));
  for (const { name, map } of maps) {
    for (const { key, pair } of keyedPairs(map)) {
      const issue = configMapKeyIssue(key);
      if (!issue) continue;
      const to = toConfigMapKey(key);
      const usable = to !== '' && configMapKeyIssue(to) === undefined && !taken.has(to);
      const edit = usable ? replaceScalar(context.document.chunk.text, pair.key, to) : undefined;
      context.report({
        code: 'invalid-data-key',
        severity: 'error',
        ...span(context, pair.key),
        message: say.invalidKey(owner, name, key, issue, usable ? to : undefined),
        ...(edit ? { fixes: [{ title: say.renameKey(to), edits: [edit], preferred: true }] } : {}),
      });
    }
  }
  if (owner !== 'ConfigMap') return;
  const data = maps.find((m) => m.name === 'data');
  const binary = maps.find((m) => m.name === 'binaryData');
  if (!data || !binary) return;
  const binaryKeys = new Map(keyedPairs(binary.map).map((p) => [p.key, p.pair.key] as const));
  for (const { key, pair } of keyedPairs(data.map)) {
    const other = binaryKeys.get(key);
    if (!other) continue;
    // Reported on the later of the two, pointing back at the earlier one.
    const [later, earlier] = (pair.key.range?.[0] ?? 0) > (other.range?.[0] ?? 0) ? [pair.key, other] : [other, pair.key];
    const { message, related } = say.inBothMaps(key);
    context.report({
      code: 'invalid-data-key',
      severity: 'error',
      ...span(context, later),
      message,
      related: [{ ...span(context, earlier), message: related }],
    });
  }
}

/** What a `[]byte` field holds instead of base64, as kubectl's YAML 1.1 reading sees it. */
function notBase64(node: Scalar, source: string): NotBase64 | undefined {
  const value = node.value;
  if (typeof value === 'number') return { kind: 'number', text: source };
  if (typeof value === 'boolean') return { kind: 'boolean', text: source };
  if (typeof value !== 'string') return undefined;
  if (node.type === 'PLAIN' && YAML11_BOOLEAN.test(value)) return { kind: 'boolean', text: value };
  const issue = base64Issue(value);
  return issue ? { kind: 'text', issue } : undefined;
}

/** A value as plain YAML when it reads back as the same text, otherwise in double quotes. */
function yamlText(value: string): string {
  const plainSafe =
    /^[A-Za-z0-9/+][A-Za-z0-9/+=]*$/.test(value) &&
    !/^[-+]?(\d+\.?\d*|\.\d+)$/.test(value) &&
    !YAML11_BOOLEAN.test(value) &&
    !/^(true|false|null)$/i.test(value);
  return plainSafe ? value : JSON.stringify(value);
}

/** Replaces a value, keeping the line break a block scalar's range ends with. */
function replaceValue(text: string, node: Node, value: string): Edit {
  const [start, end] = node.range ?? [0, 0];
  const stop = Math.max(start, contentEnd(text, node));
  return { start, end: Math.min(end, stop), newText: yamlText(value) };
}

/** Deletes whole lines [start, end) together with the line break before them, so an insertion at `end` stays outside. */
function deleteWithBreakBefore(text: string, start: number, end: number): Edit {
  let from = start;
  if (from > 0 && text[from - 1] === '\n') from--;
  if (from > 0 && text[from - 1] === '\r') from--;
  return { start: from, end, newText: '' };
}

/**
 * Moves `entry` out of the map under `fromPair` into the map `target` of the same object (created
 * after `fromPair` when missing), as plain text: a number or boolean is quoted on the way. When it was
 * the only entry, the emptied key goes too (or is renamed, when `target` does not exist yet).
 */
function moveEntry(
  text: string,
  root: YAMLMap,
  fromPair: KeyedPair,
  entry: Pair,
  target: 'stringData' | 'data',
  quote: boolean,
): Edit[] | undefined {
  const from = fromPair.value;
  const lines = pairLines(text, entry);
  const keyNode = entry.key as Node | null;
  const valueNode = entry.value as Node | null;
  if (!isMap(from) || from.flow || !lines || !keyNode?.range || !valueNode?.range) return undefined;
  let moved = lines.lines.map((line, index) => (index === 0 ? line.slice(lines.keyColumn) : line));
  if (quote) {
    if (lines.lines.length !== 1) return undefined;
    const source = text.slice(valueNode.range[0], contentEnd(text, valueNode));
    moved = [`${text.slice(keyNode.range[0], keyNode.range[1])}: ${JSON.stringify(source)}`];
  }
  const only = from.items.length === 1;
  const targetPair = pairOf(root, target);
  if (!targetPair) {
    if (only) {
      // `data:` with this one entry becomes `stringData:`.
      const key = fromPair.key.range;
      if (!key) return undefined;
      const rename: Edit = { start: key[0], end: key[1], newText: target };
      if (!quote) return [rename];
      const quoted: Edit = {
        start: valueNode.range[0],
        end: contentEnd(text, valueNode),
        newText: moved[0]?.slice(moved[0].indexOf(': ') + 2) ?? '',
      };
      return [rename, quoted];
    }
    const fromLines = pairLines(text, fromPair);
    if (!fromLines) return undefined;
    const indent = spaces(fromLines.keyColumn);
    const block = [
      `${indent}${target}:`,
      ...moved.map((line, index) => (index === 0 ? `${indent}  ${line}` : `${spaces(fromLines.keyColumn + 2 - lines.keyColumn)}${line}`)),
    ];
    const at = fromLines.end;
    return [deleteWithBreakBefore(text, lines.start, lines.end), { start: at, end: at, newText: block.map((l) => `\n${l}`).join('') }];
  }
  const unindented = moved.map((line, index) => (index === 0 ? line : line.replace(new RegExp(`^ {0,${lines.keyColumn}}`), '')));
  const insert = isMap(targetPair.value)
    ? appendToMap(text, targetPair.value, unindented)
    : isEmptyValue(targetPair.value) && targetPair.key.range
      ? fillEmptyValue(text, targetPair.key as Node, targetPair.value, unindented)
      : undefined;
  if (!insert) return undefined;
  const fromLines = only ? pairLines(text, fromPair) : lines;
  if (!fromLines) return undefined;
  const removal = deleteWithBreakBefore(text, fromLines.start, fromLines.end);
  // The insertion must not fall inside what is removed.
  if (insert.start > removal.start && insert.start < removal.end) return undefined;
  return [removal, insert];
}

/** Moving an entry to the map that takes plain text: its name, and the edits when the layout allows them. */
interface Move {
  readonly target: 'stringData' | 'data';
  readonly edits: () => Edit[] | undefined;
}

function base64Fixes(context: RuleContext, node: Scalar, found: NotBase64, move: Move | undefined): Fix[] {
  const say = configDataMessages[context.settings.language];
  const text = context.document.chunk.text;
  const value = typeof node.value === 'string' ? node.value : undefined;
  const repaired = value !== undefined && found.kind === 'text' ? repairedBase64(value) : undefined;
  if (repaired !== undefined) return [{ title: say.repairBase64, edits: [replaceValue(text, node, repaired)], preferred: true }];
  const fixes: Fix[] = [];
  const moved = move?.edits();
  if (move && moved) fixes.push({ title: say.moveTo(move.target), edits: moved, preferred: true });
  const range = node.range;
  if (range) {
    const plain = value ?? text.slice(range[0], contentEnd(text, node));
    fixes.push({ title: say.encode, edits: [replaceValue(text, node, encodeBase64(plain))] });
  }
  return fixes;
}

function checkBase64(context: RuleContext & { readonly kind: NonNullable<RuleContext['kind']> }): void {
  const doc = ownerOf(context);
  const text = context.document.chunk.text;
  const say = configDataMessages[context.settings.language];
  walkTyped(context.model, context.kind.def.type, context.document.chunk.yaml.contents, {
    node({ node, expected, path, pair, field }) {
      if (expected.kind !== 'scalar' || expected.name !== 'bytes' || !isScalar(node) || !node.range) return;
      const found = notBase64(node, text.slice(node.range[0], contentEnd(text, node)));
      if (!found) return;
      const [first, key] = path;
      let place: Base64Place = 'other';
      let move: Move | undefined;
      if (doc && path.length === 2 && typeof key === 'string' && pair) {
        const fromPair = pairOf(doc.root, String(first));
        const target =
          doc.owner === 'Secret' && first === 'data'
            ? 'stringData'
            : doc.owner === 'ConfigMap' && first === 'binaryData'
              ? 'data'
              : undefined;
        if (target && fromPair) {
          place = target === 'stringData' ? 'secretData' : 'binaryData';
          const quote = found.kind !== 'text';
          // A key the target already has would end up there twice.
          if (!keyedPairs(mapAt(doc.root, target)).some((p) => p.key === key))
            move = { target, edits: () => moveEntry(text, doc.root, fromPair, pair, target, quote) };
        }
      }
      const name = typeof key === 'string' && path.length === 2 ? key : (field?.name ?? String(path[path.length - 1] ?? ''));
      const fixes = base64Fixes(context, node, found, move);
      context.report({
        code: 'not-base64',
        severity: 'error',
        // A block scalar's range ends after its last line break; the squiggle ends with its text.
        start: node.range[0],
        end: Math.max(node.range[0], contentEnd(text, node)),
        message: say.notBase64(name, place, found),
        ...(fixes.length > 0 ? { fixes } : {}),
      });
    },
  });
}

/** The keys each built-in Secret type requires (ValidateSecret); basic-auth needs either of its two. */
const REQUIRED_KEYS: Readonly<Record<string, { readonly keys: readonly string[]; readonly anyOf?: boolean; readonly nonEmpty?: boolean }>> =
  {
    'kubernetes.io/tls': { keys: ['tls.crt', 'tls.key'] },
    'kubernetes.io/dockerconfigjson': { keys: ['.dockerconfigjson'] },
    'kubernetes.io/dockercfg': { keys: ['.dockercfg'] },
    'kubernetes.io/basic-auth': { keys: ['username', 'password'], anyOf: true },
    'kubernetes.io/ssh-auth': { keys: ['ssh-privatekey'], nonEmpty: true },
  };
const SERVICE_ACCOUNT_TOKEN = 'kubernetes.io/service-account-token';
const SERVICE_ACCOUNT_NAME = 'kubernetes.io/service-account.name';

function checkSecretType(context: RuleContext, root: YAMLMap): void {
  const type = stringAt(root, 'type');
  if (!type) return;
  const say = configDataMessages[context.settings.language];
  if (type.value === SERVICE_ACCOUNT_TOKEN) {
    const annotations = pairOf(mapAt(root, 'metadata'), 'annotations')?.value;
    if (annotations !== undefined && annotations !== null && !isMap(annotations) && !isEmptyValue(annotations)) return; // an alias: cannot tell
    if ((stringAt(annotations, SERVICE_ACCOUNT_NAME)?.value ?? '') !== '') return;
    context.report({
      code: 'secret-missing-key',
      severity: 'error',
      ...span(context, type),
      message: say.missingAnnotation(type.value, SERVICE_ACCOUNT_NAME),
    });
    return;
  }
  const required = Object.hasOwn(REQUIRED_KEYS, type.value) ? REQUIRED_KEYS[type.value] : undefined;
  if (!required) return;
  // The keys the API server sees: `stringData` merged over `data`.
  const merged = new Map<string, KeyedPair>();
  for (const name of ['data', 'stringData'] as const) {
    const value = pairOf(root, name)?.value;
    if (value !== undefined && value !== null && !isMap(value) && !isEmptyValue(value)) return; // an alias or a typo: cannot tell
    for (const p of keyedPairs(value)) merged.set(p.key, p.pair);
  }
  const isEmpty = (pair: KeyedPair): boolean => isEmptyValue(pair.value) || (isScalar(pair.value) && pair.value.value === '');
  const present = new Map([...merged].filter(([, pair]) => !required.nonEmpty || !isEmpty(pair)));
  const missing = required.keys.filter((k) => !present.has(k));
  if (missing.length === 0 || (required.anyOf && missing.length < required.keys.length)) return;
  // `tls.cert` for `tls.crt`: rename a near miss that no required key already uses.
  const spare = [...present.keys()].filter((k) => !required.keys.includes(k));
  const renames = missing.flatMap((m) => {
    const near = rankSuggestions(m, spare, 1)[0];
    const pair = near !== undefined ? present.get(near) : undefined;
    return near !== undefined && pair ? [{ from: near, to: m, pair }] : [];
  });
  const text = context.document.chunk.text;
  const fixes: Fix[] = renames.flatMap(({ to, pair }) => {
    const edit = replaceScalar(text, pair.key as Node, to);
    return edit ? [{ title: say.renameKey(to), edits: [edit], ...(renames.length === 1 ? { preferred: true } : {}) }] : [];
  });
  context.report({
    code: 'secret-missing-key',
    severity: 'error',
    ...span(context, type),
    message: say.missingKeys(type.value, required.anyOf ? required.keys : missing, renames[0]?.from),
    ...(fixes.length > 0 ? { fixes } : {}),
  });
}

export const configDataRule: Rule = {
  codes: ['invalid-data-key', 'not-base64', 'secret-missing-key'],
  check(raw) {
    const context = structuralContext(raw);
    if (!context) return;
    const doc = ownerOf(context);
    if (doc) checkKeys(context, doc.root, doc.owner);
    checkBase64(context);
    if (doc?.owner === 'Secret') checkSecretType(context, doc.root);
  },
};
