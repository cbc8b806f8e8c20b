// wrong-api-version: a modelled kind under an apiVersion that does not serve it (`kind: Pod` with
// `apps/v1`), a version Kubernetes removed (`extensions/v1beta1` Deployment), or no apiVersion at all.
import { isMap, isScalar, type Node } from 'yaml';
import { removedApi } from '../../schema/facts/removedApis';
import { customKindInOtherVersions, isCustomGroupVersion } from '../../schema/kinds';
import { apiVersionMessages } from '../messages/apiVersion';
import { pairOf } from '../../util/yamlAccess';
import type { Rule } from '../rule';
import { fillEmptyValue } from '../yamlEdits';
import { isEmptyValue, lineStartOf, spaces, columnOf } from '../yamlText';

export const apiVersionRule: Rule = {
  codes: ['wrong-api-version'],
  // Runs without a resolved kind: a missing or mistyped apiVersion is exactly what leaves the kind unresolved.
  anyDocument: true,
  check(context) {
    const { model, document } = context;
    // documentKind already matched apiVersion and kind exactly: nothing to say.
    if (context.kind && !context.kind.apiVersionMismatch) return;
    const root = document.chunk.yaml.contents;
    if (!isMap(root)) return;
    const kindPair = pairOf(root, 'kind');
    const kind = isScalar(kindPair?.value) ? kindPair.value.value : undefined;
    if (typeof kind !== 'string') return;
    const apiVersionNode = pairOf(root, 'apiVersion')?.value;
    const writtenVersion = isScalar(apiVersionNode) ? String(apiVersionNode.value) : undefined;
    // Under a custom group version, only a kind its CRD serves under other versions is judged.
    const custom = writtenVersion !== undefined && isCustomGroupVersion(model, writtenVersion);
    const served = (custom ? customKindInOtherVersions(model, writtenVersion, kind) : model.kindsNamed(kind)).map((k) => k.apiVersion);
    const use = served[0];
    if (use === undefined) return;
    const say = apiVersionMessages[context.settings.language];
    const apiPair = pairOf(root, 'apiVersion');
    const value = apiPair?.value;
    if (!apiPair || isEmptyValue(value)) {
      const keyNode = (apiPair?.key ?? kindPair?.key) as Node;
      const [start, end] = context.rangeOf(keyNode);
      const text = document.chunk.text;
      const edit = apiPair
        ? fillEmptyValue(text, keyNode, value, [use])
        : {
            start: lineStartOf(text, start),
            end: lineStartOf(text, start),
            newText: `${spaces(columnOf(text, start))}apiVersion: ${use}\n`,
          };
      context.report({
        code: 'wrong-api-version',
        severity: 'error',
        start,
        end,
        message: say.missing(kind, served, use),
        ...(edit ? { fixes: [{ title: say.add(use), edits: [edit], preferred: true }] } : {}),
      });
      return;
    }
    if (!isScalar(value)) return;
    const written = String(value.value);
    if (served.includes(written)) return;
    const removed = removedApi(written, kind);
    const replacement = removed?.replacement ?? use;
    const message = removed
      ? say.removed(written, kind, removed.removedIn, replacement)
      : say.notServed(kind, served, written, replacement);
    const [start, end] = context.rangeOf(value);
    context.report({
      code: 'wrong-api-version',
      severity: 'error',
      start,
      end,
      message,
      fixes: [{ title: say.change(replacement), edits: [{ start, end, newText: replacement }], preferred: true }],
    });
  },
};
