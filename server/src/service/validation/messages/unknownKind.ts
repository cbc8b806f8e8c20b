// Messages of unknown-kind (rules/unknownKind.ts).
import type { Localized } from './localized';

export interface UnknownKindMessages {
  noKind(apiVersion: string, kind: string): string;
  didYouMean(best: string, caseOnly: boolean): string;
  checkSpelling: string;
  change(kind: string): string;
}

export const unknownKindMessages: Localized<UnknownKindMessages> = {
  en: {
    noKind: (apiVersion, kind) => `\`${apiVersion}\` has no kind \`${kind}\`, so the cluster would refuse this document.`,
    didYouMean: (best, caseOnly) => ` Did you mean \`${best}\`?${caseOnly ? ' Kinds are case-sensitive.' : ''}`,
    checkSpelling: ' Check the spelling (kinds are case-sensitive) and the apiVersion.',
    change: (kind) => `Change to \`${kind}\``,
  },
  ko: {
    noKind: (apiVersion, kind) => `\`${apiVersion}\`에는 \`${kind}\`라는 kind가 없어서 클러스터가 이 문서를 거부합니다.`,
    didYouMean: (best, caseOnly) => ` \`${best}\`을(를) 쓰려던 것인가요?${caseOnly ? ' kind는 대소문자를 구분합니다.' : ''}`,
    checkSpelling: ' 철자(kind는 대소문자를 구분합니다)와 apiVersion을 확인하세요.',
    change: (kind) => `\`${kind}\`(으)로 바꾸기`,
  },
};
