// object-too-large: limits the API server puts on the size of what an object carries — at most
// 1 MiB of data in a ConfigMap or Secret (MaxSecretSize), at most 256 KiB of annotations on any
// object (TotalAnnotationSizeLimitB). Sizes are counted as the API server counts them: bytes of
// UTF-8 text, decoded bytes of base64, a Secret's `stringData` merged over its `data`, and YAML
// aliases expanded as kubectl expands them.
import { isAlias, isMap, isScalar, type Document, type YAMLMap } from 'yaml';
import { base64Issue, decodedLength } from '../../util/base64';
import { keyedPairs, pairOf, type KeyedPair } from '../../util/yamlAccess';
import { objectSizeMessages } from '../messages/objectSize';
import type { Rule, RuleContext } from '../rule';
import { walkTyped } from '../typedWalk';
import { structuralContext } from '../yamlText';
import { span } from './podContext';

const MAX_DATA = 1024 * 1024;
const MAX_ANNOTATIONS = 256 * 1024;
const OBJECT_META = 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta';

/** A value as text, through an alias (kubectl expands them); undefined when it is not a scalar. */
function textOf(doc: Document, node: unknown): string | undefined {
  const target = isAlias(node) ? node.resolve(doc) : node;
  if (!isScalar(target)) return undefined;
  const value = target.value;
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

function utf8(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Bytes per key of a map of text (`utf8`) or of base64 (`base64`; values that are not base64 count 0). */
function sizes(doc: Document, map: unknown, encoding: 'utf8' | 'base64'): Map<string, number> {
  const out = new Map<string, number>();
  if (!isMap(map)) return out;
  for (const { key, pair } of keyedPairs(map)) {
    const text = textOf(doc, pair.value);
    if (text === undefined) continue;
    if (encoding === 'utf8') out.set(key, utf8(text));
    else out.set(key, base64Issue(text) === undefined ? decodedLength(text) : 0);
  }
  return out;
}

function total(values: Iterable<number>): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum;
}

function checkData(context: RuleContext, root: YAMLMap, owner: 'ConfigMap' | 'Secret'): void {
  const doc = context.document.chunk.yaml;
  let size: number;
  let at: KeyedPair | undefined;
  if (owner === 'ConfigMap') {
    size =
      total(sizes(doc, pairOf(root, 'data')?.value, 'utf8').values()) +
      total(sizes(doc, pairOf(root, 'binaryData')?.value, 'base64').values());
    at = pairOf(root, 'data') ?? pairOf(root, 'binaryData');
  } else {
    const merged = new Map([
      ...sizes(doc, pairOf(root, 'data')?.value, 'base64'),
      ...sizes(doc, pairOf(root, 'stringData')?.value, 'utf8'),
    ]);
    size = total(merged.values());
    at = pairOf(root, 'data') ?? pairOf(root, 'stringData');
  }
  if (size <= MAX_DATA || !at) return;
  context.report({
    code: 'object-too-large',
    severity: 'error',
    ...span(context, at.key),
    message: objectSizeMessages[context.settings.language].dataTooLarge(owner, size, MAX_DATA),
  });
}

function checkAnnotations(context: RuleContext & { readonly kind: NonNullable<RuleContext['kind']> }): void {
  const doc = context.document.chunk.yaml;
  walkTyped(context.model, context.kind.def.type, doc.contents, {
    node({ node, expected }) {
      if (expected.kind !== 'object' || expected.typeId !== OBJECT_META || !isMap(node)) return;
      const annotations = pairOf(node, 'annotations');
      if (!annotations || !isMap(annotations.value)) return;
      let size = 0;
      for (const { key, pair } of keyedPairs(annotations.value)) size += utf8(key) + utf8(textOf(doc, pair.value) ?? '');
      if (size <= MAX_ANNOTATIONS) return;
      context.report({
        code: 'object-too-large',
        severity: 'error',
        ...span(context, annotations.key),
        message: objectSizeMessages[context.settings.language].annotationsTooLarge(size, MAX_ANNOTATIONS),
      });
    },
  });
}

export const objectSizeRule: Rule = {
  codes: ['object-too-large'],
  check(raw) {
    const context = structuralContext(raw);
    if (!context) return;
    const root = context.document.chunk.yaml.contents;
    const def = context.kind.def;
    if (isMap(root) && def.apiVersion === 'v1' && (def.kind === 'ConfigMap' || def.kind === 'Secret')) checkData(context, root, def.kind);
    checkAnnotations(context);
  },
};
