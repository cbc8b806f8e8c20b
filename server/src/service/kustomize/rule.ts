// The checks of a kustomization's own fields: unknown fields (with did-you-mean), shapes and values,
// deprecated fields, image overrides, kind and apiVersion. Files on disk are checked in paths.ts.
import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { Finding, Rule, RuleContext } from '../validation/rule';
import { rankSuggestions } from '../util/suggest';
import { KUSTOMIZATION, type FieldTable, type KustomizeType } from './fields';
import { kustomizeMessages, type KustomizeMessages } from './messages';

export const KUSTOMIZE_CODES = [
  'kustomize-unknown-field',
  'kustomize-deprecated',
  'kustomize-type',
  'kustomize-value',
  'kustomize-image',
  'kustomize-kind',
  'kustomize-missing-path',
] as const;

const API_VERSIONS: Readonly<Record<string, string>> = {
  Kustomization: 'kustomize.config.k8s.io/v1beta1',
  Component: 'kustomize.config.k8s.io/v1alpha1',
};

const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;

interface Walk {
  readonly say: KustomizeMessages;
  readonly range: (node: Node) => [number, number];
  readonly report: (finding: Finding) => void;
}

/** `images[].newTag` style names for messages. */
function ownerName(path: readonly string[]): string {
  return path.length === 0 ? 'kustomization' : `\`${path.join('.')}\``;
}

function keyOf(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}

function scalarShape(value: Scalar): 'string' | 'number' | 'boolean' | 'null' {
  const v = value.value;
  if (v === null) return 'null';
  if (typeof v === 'number' || typeof v === 'bigint') return 'number';
  if (typeof v === 'boolean') return 'boolean';
  return 'string';
}

function checkValue(walk: Walk, node: Node | null | undefined, type: KustomizeType, key: string, path: readonly string[]): void {
  if (!node || (isScalar(node) && node.value === null)) return;
  const at = walk.range(node);
  const error = (shape: 'list' | 'map' | 'string' | 'boolean' | 'integer'): void =>
    walk.report({ code: 'kustomize-type', severity: 'error', start: at[0], end: at[1], message: walk.say.expected(key, shape) });
  switch (type.t) {
    case 'any':
      return;
    case 'string': {
      if (!isScalar(node)) return error('string');
      const shape = scalarShape(node);
      if (shape === 'number' || shape === 'boolean') {
        walk.report({ code: 'kustomize-type', severity: 'warning', start: at[0], end: at[1], message: walk.say.quoteNumber(key) });
        return;
      }
      const text = String(node.value);
      if (type.values && !type.values.includes(text)) {
        walk.report({
          code: 'kustomize-value',
          severity: 'error',
          start: at[0],
          end: at[1],
          message: walk.say.invalidValue(key, text, type.values),
        });
      }
      return;
    }
    case 'bool':
      if (!isScalar(node) || scalarShape(node) !== 'boolean') error('boolean');
      return;
    case 'int':
      if (!isScalar(node) || !Number.isInteger(node.value)) error('integer');
      return;
    case 'stringMap':
      if (!isMap(node)) return error('map');
      for (const pair of node.items) {
        const value = pair.value as Node | null;
        if (isScalar(value) && (scalarShape(value) === 'number' || scalarShape(value) === 'boolean')) {
          const r = walk.range(value);
          walk.report({
            code: 'kustomize-type',
            severity: 'warning',
            start: r[0],
            end: r[1],
            message: walk.say.quoteNumber(keyOf(pair) ?? key),
          });
        } else if (value && !isScalar(value)) {
          const r = walk.range(value);
          walk.report({
            code: 'kustomize-type',
            severity: 'error',
            start: r[0],
            end: r[1],
            message: walk.say.expected(keyOf(pair) ?? key, 'string'),
          });
        }
      }
      return;
    case 'list':
      if (!isSeq(node)) return error('list');
      for (const item of node.items) checkValue(walk, item as Node, type.items, key, path);
      return;
    case 'object':
      if (!isMap(node)) return error('map');
      checkObject(walk, node, type.fields, path);
      return;
  }
}

function checkObject(walk: Walk, map: YAMLMap, fields: FieldTable, path: readonly string[]): void {
  for (const pair of map.items) {
    if (!isPair(pair)) continue;
    const key = keyOf(pair);
    if (key === undefined || !isScalar(pair.key)) continue;
    const keyRange = walk.range(pair.key);
    const field = fields[key];
    if (!field) {
      const best = rankSuggestions(key, Object.keys(fields), 1)[0];
      walk.report({
        code: 'kustomize-unknown-field',
        severity: 'error',
        start: keyRange[0],
        end: keyRange[1],
        message: walk.say.unknownField(key, ownerName(path), best),
        ...(best
          ? { fixes: [{ title: walk.say.change(best), preferred: true, edits: [{ start: keyRange[0], end: keyRange[1], newText: best }] }] }
          : {}),
      });
      continue;
    }
    if (field.replacedBy) {
      walk.report({
        code: 'kustomize-deprecated',
        severity: 'information',
        start: keyRange[0],
        end: keyRange[1],
        message: walk.say.deprecated(key, field.replacedBy),
      });
    }
    checkValue(walk, pair.value as Node | null, field.type, key, [...path, key]);
  }
  if (path.length === 1 && path[0] === 'images') checkImage(walk, map);
  if (path.length === 1 && path[0] === 'patches' && !map.has('path') && !map.has('patch')) {
    const r = walk.range(map);
    walk.report({ code: 'kustomize-value', severity: 'error', start: r[0], end: r[0], message: walk.say.patchWithoutSource });
  }
}

function stringAt(map: YAMLMap, key: string): { text: string; node: Scalar } | undefined {
  const node = map.get(key, true);
  return isScalar(node) && typeof node.value === 'string' ? { text: node.value, node } : undefined;
}

/** The last path segment of an image name holds its tag (`:`) or digest (`@`); a registry port does not count. */
function hasTagOrDigest(name: string): boolean {
  const last = name.slice(name.lastIndexOf('/') + 1);
  return last.includes(':') || name.includes('@');
}

function checkImage(walk: Walk, map: YAMLMap): void {
  const report = (node: Node, message: string, severity: 'error' | 'warning' = 'error'): void => {
    const r = walk.range(node);
    walk.report({ code: 'kustomize-image', severity, start: r[0], end: r[1], message });
  };
  const name = stringAt(map, 'name');
  if (!map.has('name')) {
    const r = walk.range(map);
    walk.report({ code: 'kustomize-image', severity: 'error', start: r[0], end: r[0], message: walk.say.imageWithoutName });
  } else if (name && hasTagOrDigest(name.text)) report(name.node, walk.say.imageNameWithTag(name.text), 'warning');
  const tag = stringAt(map, 'newTag');
  if (tag && !TAG.test(tag.text)) report(tag.node, walk.say.invalidTag(tag.text));
  const digest = stringAt(map, 'digest');
  if (digest && !DIGEST.test(digest.text)) report(digest.node, walk.say.invalidDigest(digest.text));
  const newName = stringAt(map, 'newName');
  if (newName && hasTagOrDigest(newName.text) && (map.has('newTag') || map.has('digest')))
    report(newName.node, walk.say.newNameWithTag(newName.text), 'warning');
}

function checkIdentity(walk: Walk, map: YAMLMap): void {
  const kind = stringAt(map, 'kind');
  const apiVersion = stringAt(map, 'apiVersion');
  if (kind && !(kind.text in API_VERSIONS)) {
    const r = walk.range(kind.node);
    walk.report({ code: 'kustomize-kind', severity: 'error', start: r[0], end: r[1], message: walk.say.wrongKind(kind.text) });
    return;
  }
  const expected = API_VERSIONS[kind?.text ?? 'Kustomization'] ?? '';
  if (apiVersion && apiVersion.text !== expected) {
    const r = walk.range(apiVersion.node);
    walk.report({
      code: 'kustomize-kind',
      severity: 'error',
      start: r[0],
      end: r[1],
      message: walk.say.wrongApiVersion(kind?.text ?? 'Kustomization', expected),
      fixes: [{ title: walk.say.change(expected), preferred: true, edits: [{ start: r[0], end: r[1], newText: expected }] }],
    });
  }
}

export const kustomizationRule: Rule = {
  codes: KUSTOMIZE_CODES,
  anyDocument: true,
  check(context: RuleContext): void {
    const root = context.document.chunk.yaml.contents as Node | null;
    if (!isMap(root)) return;
    const walk: Walk = {
      say: kustomizeMessages[context.settings.language],
      range: (n) => context.rangeOf(n),
      report: (f) => context.report(f),
    };
    checkIdentity(walk, root);
    if (KUSTOMIZATION.t === 'object') checkObject(walk, root, KUSTOMIZATION.fields, []);
  },
};
