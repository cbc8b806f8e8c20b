// Messages of pdb-spec (rules/disruption.ts).
import type { Localized } from './localized';

export type BudgetProblem =
  | { readonly kind: 'both' }
  | { readonly kind: 'quotedNumber'; readonly field: string; readonly value: string }
  | { readonly kind: 'notPercent'; readonly field: string; readonly value: string }
  | { readonly kind: 'over100'; readonly field: string; readonly value: string }
  | { readonly kind: 'negative'; readonly field: string; readonly value: number };

export interface DisruptionMessages {
  problem(problem: BudgetProblem): string;
  theOther(field: string): string;
  change(value: string): string;
  remove(field: string): string;
}

export const disruptionMessages: Localized<DisruptionMessages> = {
  en: {
    problem: (p) => {
      switch (p.kind) {
        case 'both':
          return '`minAvailable` and `maxUnavailable` cannot both be set: a budget says how many pods must stay up or how many may be down, not both. Kubernetes rejects it; keep one.';
        case 'quotedNumber':
          return `\`"${p.value}"\` is a string, so Kubernetes reads \`${p.field}\` as a percentage and rejects it for lacking \`%\`: write the number without quotes (\`${p.value}\`) or a percentage such as \`50%\`.`;
        case 'notPercent':
          return `\`${p.value}\` is neither a whole number nor a percentage such as \`50%\`; Kubernetes rejects this \`${p.field}\`.`;
        case 'over100':
          return `\`${p.value}\` is more than 100%: \`${p.field}\` counts pods out of all the budget's pods.`;
        case 'negative':
          return `\`${p.field}\` is ${p.value}, but it cannot be negative.`;
      }
    },
    theOther: (field) => `the \`${field}\``,
    change: (value) => `Change to \`${value}\``,
    remove: (field) => `Remove \`${field}\``,
  },
  ko: {
    problem: (p) => {
      switch (p.kind) {
        case 'both':
          return '`minAvailable`과 `maxUnavailable`은 함께 쓸 수 없습니다. 버짓은 살아 있어야 할 파드 수나 내려가도 되는 파드 수 중 하나만 정합니다. Kubernetes는 둘 다 쓴 버짓을 거부하니 하나만 남기세요.';
        case 'quotedNumber':
          return `\`"${p.value}"\` 값은 문자열이어서 Kubernetes가 \`${p.field}\` 값을 백분율로 읽고, \`%\`가 없다며 거부합니다. 따옴표 없이 숫자로 쓰거나(\`${p.value}\`) \`50%\` 같은 백분율로 쓰세요.`;
        case 'notPercent':
          return `\`${p.value}\` 값은 정수도 아니고 \`50%\` 같은 백분율도 아니어서 Kubernetes가 이 \`${p.field}\` 값을 거부합니다.`;
        case 'over100':
          return `\`${p.value}\` 값은 100%보다 큽니다. \`${p.field}\` 값은 버짓에 속한 전체 파드 가운데 몇 개인지를 셉니다.`;
        case 'negative':
          return `\`${p.field}\` 값이 ${p.value}인데, 이 값은 음수일 수 없습니다.`;
      }
    },
    theOther: (field) => `\`${field}\` 값`,
    change: (value) => `\`${value}\`(으)로 바꾸기`,
    remove: (field) => `\`${field}\` 지우기`,
  },
};
