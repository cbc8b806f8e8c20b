// invalid-crd-schema: a CustomResourceDefinition whose schema the API server rejects or Podwright
// cannot follow (`type: strin`, a `$ref`, a version without a schema, a top that is not an object).
// Reported on the offending key of the CRD itself; its custom resources are then checked with the
// broken part taken as "anything". Values that are not schemas at all are type-mismatch's to report.
import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import { convertSchemaDocuments } from '../../schema/custom/convert';
import type { PathSegment } from '../../schema/resolvePath';
import { convertOptions } from '../../customSchemas';
import { pairOf } from '../../util/yamlAccess';
import { invalidCrdSchemaMessages } from '../messages/invalidCrdSchema';
import type { Fix, Rule } from '../rule';
import { headRange, structuralContext } from '../yamlText';

interface Located {
  /** The key of the offending entry, or the list item, or the nearest ancestor that exists. */
  readonly node: Node;
  /** The entry's value when the whole path was found under a key. */
  readonly value?: Node;
}

/** Finds the offending key in the YAML tree; aliases and odd nodes fall back to the nearest ancestor. */
function locate(yaml: Document.Parsed, path: readonly PathSegment[]): Located | undefined {
  for (let length = path.length; length > 0; length--) {
    const last = path[length - 1];
    const parent = length === 1 ? yaml.contents : yaml.getIn(path.slice(0, length - 1), true);
    if (typeof last === 'string') {
      const pair = pairOf(parent, last);
      if (pair?.key && isScalar(pair.key))
        return { node: pair.key, ...(length === path.length && pair.value ? { value: pair.value as Node } : {}) };
    } else if (last !== undefined && isSeq(parent)) {
      const item = parent.items[last];
      if (isMap(item) || isScalar(item) || isSeq(item)) return { node: item };
    }
  }
  return undefined;
}

export const invalidCrdSchemaRule: Rule = {
  codes: ['invalid-crd-schema'],
  check(raw) {
    const context = structuralContext(raw);
    if (!context) return;
    const { kind, model, document } = context;
    if (kind.apiVersionMismatch || kind.def.kind !== 'CustomResourceDefinition' || !kind.def.apiVersion.startsWith('apiextensions.k8s.io/'))
      return;
    const yaml = document.chunk.yaml;
    let value: unknown;
    try {
      value = yaml.toJS();
    } catch {
      // Too many aliases, or aliases to nothing: yaml-syntax speaks for those.
      return;
    }
    const { problems } = convertSchemaDocuments([value], convertOptions(model, 'check.'));
    const say = invalidCrdSchemaMessages[context.settings.language];
    const text = document.chunk.text;
    const seen = new Set<number>();
    for (const { path, problem } of problems) {
      if (problem.kind === 'notASchema') continue;
      const located = locate(yaml, path);
      const kindKey = pairOf(yaml.contents, 'kind')?.key as Node | undefined;
      const node = located?.node ?? kindKey;
      if (!node) continue;
      const [start, end] = isScalar(node) ? context.rangeOf(node) : headRange(text, node);
      // One finding per place: a schema reached twice (aliases) is one mistake.
      if (seen.has(start)) continue;
      seen.add(start);
      const fixes: Fix[] = [];
      const valueNode = located?.value;
      if (problem.kind === 'badType' && problem.suggestion !== undefined && isScalar(valueNode) && valueNode.range) {
        const [valueStart, valueEnd] = context.rangeOf(valueNode);
        const quoted = valueNode.type === 'QUOTE_DOUBLE' || valueNode.type === 'QUOTE_SINGLE';
        fixes.push({
          title: say.change(problem.suggestion),
          edits: [{ start: quoted ? valueStart + 1 : valueStart, end: quoted ? valueEnd - 1 : valueEnd, newText: problem.suggestion }],
          preferred: true,
        });
      }
      context.report({
        code: 'invalid-crd-schema',
        severity: 'error',
        start,
        end,
        message: say.problem(problem),
        ...(fixes.length > 0 ? { fixes } : {}),
      });
    }
  },
};
