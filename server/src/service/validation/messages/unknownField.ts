// Messages of unknown-field (rules/unknownField.ts).
import type { Localized } from './localized';

export interface UnknownFieldMessages {
  /** `owner`: the short name of the type that lacks the field, such as `Container`. */
  didYouMean(key: string, owner: string, best: string): string;
  unknown(key: string, owner: string): string;
  change(name: string): string;
}

export const unknownFieldMessages: Localized<UnknownFieldMessages> = {
  en: {
    didYouMean: (key, owner, best) => `Unknown field \`${key}\` in ${owner}: did you mean \`${best}\`?`,
    unknown: (key, owner) =>
      `Unknown field \`${key}\` in ${owner}. Kubernetes rejects fields it does not know; check the spelling and the indentation, or remove it.`,
    change: (name) => `Change to \`${name}\``,
  },
  ko: {
    didYouMean: (key, owner, best) => `${owner}에는 \`${key}\` 필드가 없습니다. \`${best}\` 필드를 쓰려던 것인가요?`,
    unknown: (key, owner) =>
      `${owner}에는 \`${key}\` 필드가 없습니다. Kubernetes는 모르는 필드를 거부합니다. 철자와 들여쓰기를 확인하거나 이 필드를 지우세요.`,
    change: (name) => `\`${name}\`(으)로 바꾸기`,
  },
};
