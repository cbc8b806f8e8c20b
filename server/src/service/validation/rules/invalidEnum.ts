// invalid-enum: a value outside the fixed set the API accepts. Case matters to Kubernetes (`tcp` is
// rejected, `TCP` is not), so a case-only slip gets a direct "did you mean" and a one-click fix.
import { isScalar } from 'yaml';
import { rankSuggestions } from '../../util/suggest';
import { invalidEnumMessages } from '../messages/invalidEnum';
import type { Rule } from '../rule';
import { walkTyped } from '../typedWalk';
import { structuralContext } from '../yamlText';

const MAX_LISTED = 8;

function listValues(values: readonly string[]): string {
  const shown = values.slice(0, MAX_LISTED).map((v) => `\`${v}\``);
  return values.length > MAX_LISTED ? `${shown.join(', ')}, …` : shown.join(', ');
}

export const invalidEnumRule: Rule = {
  codes: ['invalid-enum'],
  check(raw) {
    const context = structuralContext(raw);
    if (!context) return;
    const { kind, model, document } = context;
    const text = document.chunk.text;
    walkTyped(model, kind.def.type, document.chunk.yaml.contents, {
      node(visit) {
        const field = visit.field;
        const values = field?.def.enum;
        const node = visit.node;
        // Only a field's own value: a list of enum strings would need its own check, and type-mismatch
        // speaks for values that are not strings at all.
        if (
          !field ||
          !values ||
          values.length === 0 ||
          visit.expected.kind !== 'scalar' ||
          !isScalar(node) ||
          typeof node.value !== 'string'
        )
          return;
        const value = node.value;
        const allowed = values.map((v) => v.v);
        if (allowed.includes(value)) return;
        const [start, end] = context.rangeOf(node);
        const suggestions = rankSuggestions(value, allowed, 3);
        const best = suggestions[0];
        const caseOnly = best !== undefined && best.toLowerCase() === value.toLowerCase();
        const say = invalidEnumMessages[context.settings.language];
        const hint = best ? say.didYouMean(best, caseOnly) : '';
        // Keep the user's quotes, replace only the text inside them.
        const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
        const editStart = quoted ? start + 1 : start;
        const editEnd = quoted && end - start >= 2 && text[end - 1] === text[start] ? end - 1 : end;
        context.report({
          code: 'invalid-enum',
          severity: 'error',
          start,
          end,
          message: `${say.notAllowed(value, field.name, listValues(allowed))}${hint}`,
          fixes: suggestions.map((s, index) => ({
            title: say.change(s),
            edits: [{ start: editStart, end: editEnd, newText: s }],
            ...(index === 0 ? { preferred: true } : {}),
          })),
        });
      },
    });
  },
};
