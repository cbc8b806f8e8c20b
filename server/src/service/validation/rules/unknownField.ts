// unknown-field: a key the type at that place does not have, with a spelling suggestion among the
// keys that are valid there. Keys that exist nearby are left to misplaced-field, which explains them.
import { shortTypeName } from '../../schema/model';
import { rankSuggestions } from '../../util/suggest';
import { unknownFieldMessages } from '../messages/unknownField';
import { ignorableKey, misplacementOf } from '../placement';
import type { Rule } from '../rule';
import { isLegacyIngressKey } from './ingress';
import { walkTyped } from '../typedWalk';
import { keyText, structuralContext } from '../yamlText';

export const unknownFieldRule: Rule = {
  codes: ['unknown-field'],
  check(raw) {
    const context = structuralContext(raw);
    if (!context) return;
    const { kind, model, document } = context;
    const rootTypeId = kind.def.type;
    walkTyped(model, rootTypeId, document.chunk.yaml.contents, {
      unknownKey(visit) {
        if (ignorableKey(visit) || misplacementOf(model, rootTypeId, visit)) return;
        const key = keyText(visit.keyNode.value);
        // The Ingress rule explains the `extensions/v1beta1` form and rewrites it.
        if (isLegacyIngressKey(visit.ownerTypeId, key)) return;
        const suggestions = rankSuggestions(
          key,
          model.fields(visit.ownerTypeId).map((f) => f.name),
          3,
        );
        const [start, end] = context.rangeOf(visit.keyNode);
        const owner = shortTypeName(visit.ownerTypeId);
        const best = suggestions[0];
        const say = unknownFieldMessages[context.settings.language];
        const message = best ? say.didYouMean(key, owner, best) : say.unknown(key, owner);
        context.report({
          code: 'unknown-field',
          severity: 'error',
          start,
          end,
          message,
          fixes: suggestions.map((s, index) => ({
            title: say.change(s),
            edits: [{ start, end, newText: s }],
            ...(index === 0 ? { preferred: true } : {}),
          })),
        });
      },
    });
  },
};
