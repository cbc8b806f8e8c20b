// Messages of invalid-enum (rules/invalidEnum.ts).
import type { Localized } from './localized';

export interface InvalidEnumMessages {
  /** `allowed`: the accepted values, already listed in backticks. */
  notAllowed(value: string, field: string, allowed: string): string;
  didYouMean(best: string, caseOnly: boolean): string;
  change(value: string): string;
}

export const invalidEnumMessages: Localized<InvalidEnumMessages> = {
  en: {
    notAllowed: (value, field, allowed) => `\`${value}\` is not a valid \`${field}\`; use one of ${allowed}.`,
    didYouMean: (best, caseOnly) => ` Did you mean \`${best}\`?${caseOnly ? ' Values are case-sensitive.' : ''}`,
    change: (value) => `Change to \`${value}\``,
  },
  ko: {
    notAllowed: (value, field, allowed) => `\`${field}\` 필드에는 \`${value}\` 값을 쓸 수 없습니다. ${allowed} 중 하나를 쓰세요.`,
    didYouMean: (best, caseOnly) => ` \`${best}\` 값을 쓰려던 것인가요?${caseOnly ? ' 값은 대소문자를 구분합니다.' : ''}`,
    change: (value) => `\`${value}\`(으)로 바꾸기`,
  },
};
