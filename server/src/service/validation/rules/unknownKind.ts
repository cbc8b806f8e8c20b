// unknown-kind: a `kind` that the document's built-in apiVersion does not serve (`kind: pod`,
// `kind: Deploymnet`). Left alone, such a document looks like one we do not model and gets no help
// at all, while the cluster refuses it with "no matches for kind". Kinds of group versions that
// Kubernetes itself does not have (custom resources, other tools' files) are judged only when custom
// schemas define kinds of that group version, and only with a close spelling among them: the group
// may have more kinds than the schemas at hand (one CRD of several), so a far-off kind is not news.
import { isMap, isScalar } from 'yaml';
import { removedApi } from '../../schema/facts/removedApis';
import { rankSuggestions } from '../../util/suggest';
import { unknownKindMessages } from '../messages/unknownKind';
import { pairOf } from '../../util/yamlAccess';
import type { Rule } from '../rule';

export const unknownKindRule: Rule = {
  codes: ['unknown-kind'],
  // Runs exactly when the kind did not resolve.
  anyDocument: true,
  check(context) {
    if (context.kind) return;
    const { model, document } = context;
    const root = document.chunk.yaml.contents;
    if (!isMap(root)) return;
    const kindNode = pairOf(root, 'kind')?.value;
    const apiNode = pairOf(root, 'apiVersion')?.value;
    if (!isScalar(kindNode) || !isScalar(apiNode)) return;
    const kind = kindNode.value;
    const apiVersion = apiNode.value;
    if (typeof kind !== 'string' || kind === '' || typeof apiVersion !== 'string') return;
    const served = model.kindsServedBy(apiVersion);
    if (!served || served.includes(kind)) return;
    const custom = !model.isBuiltInGroupVersion(apiVersion);
    const ownKinds = served.filter((k) => !k.endsWith('List') && k !== 'WatchEvent' && k !== 'DeleteOptions');
    // A modelled kind under a version that does not serve it (`autoscaling/v2beta2`
    // HorizontalPodAutoscaler) is spelt right: wrong-api-version explains it.
    if (model.kindsNamed(kind).length > 0) return;
    const say = unknownKindMessages[context.settings.language];
    const removed = removedApi(apiVersion, kind);
    if (removed) {
      // A kind that left the API (PodSecurityPolicy): no spelling would help.
      const [start, end] = context.rangeOf(kindNode);
      context.report({
        code: 'unknown-kind',
        severity: 'error',
        start,
        end,
        message: say.removedKind(apiVersion, kind, removed.removedIn, removed.successor),
      });
      return;
    }
    // A kind from another group (`kind: deployment` under v1) is a fine suggestion too:
    // once it is spelt right, wrong-api-version takes over. A custom group's kinds are its own.
    const candidates = custom ? ownKinds : [...ownKinds, ...model.kinds.map((k) => k.kind)];
    const suggestions = rankSuggestions(kind, candidates, 3);
    const best = suggestions[0];
    if (custom && best === undefined) return;
    const caseOnly = best !== undefined && best.toLowerCase() === kind.toLowerCase();
    const hint = best ? say.didYouMean(best, caseOnly) : say.checkSpelling;
    const [start, end] = context.rangeOf(kindNode);
    const quoted = kindNode.type === 'QUOTE_DOUBLE' || kindNode.type === 'QUOTE_SINGLE';
    const editStart = quoted ? start + 1 : start;
    const editEnd = quoted ? end - 1 : end;
    context.report({
      code: 'unknown-kind',
      severity: 'error',
      start,
      end,
      message: `${say.noKind(apiVersion, kind)}${hint}`,
      fixes: suggestions.map((s, index) => ({
        title: say.change(s),
        edits: [{ start: editStart, end: editEnd, newText: s }],
        ...(index === 0 ? { preferred: true } : {}),
      })),
    });
  },
};
