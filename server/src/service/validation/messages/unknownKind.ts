// Messages of unknown-kind (rules/unknownKind.ts).
import type { RemovedApi } from '../../schema/facts/removedApis';
import type { Localized } from './localized';

export interface UnknownKindMessages {
  noKind(apiVersion: string, kind: string): string;
  didYouMean(best: string, caseOnly: boolean): string;
  checkSpelling: string;
  change(kind: string): string;
  /** A kind that no apiVersion serves any more; `successor`: what does its job now. */
  removedKind(apiVersion: string, kind: string, removedIn: string, successor: RemovedApi['successor']): string;
}

const SUCCESSOR_EN: Readonly<Record<NonNullable<RemovedApi['successor']>, string>> = {
  podSecurityAdmission:
    ' Pod Security Admission, built into the API server, does its job now: label the namespace, e.g. `pod-security.kubernetes.io/enforce: baseline`, and delete this document.',
};

const SUCCESSOR_KO: Readonly<Record<NonNullable<RemovedApi['successor']>, string>> = {
  podSecurityAdmission:
    ' 이제는 API 서버에 내장된 Pod Security Admission이 그 일을 합니다. 네임스페이스에 `pod-security.kubernetes.io/enforce: baseline` 같은 레이블을 붙이고 이 문서는 지우세요.',
};

export const unknownKindMessages: Localized<UnknownKindMessages> = {
  en: {
    noKind: (apiVersion, kind) => `\`${apiVersion}\` has no kind \`${kind}\`, so the cluster would refuse this document.`,
    didYouMean: (best, caseOnly) => ` Did you mean \`${best}\`?${caseOnly ? ' Kinds are case-sensitive.' : ''}`,
    checkSpelling: ' Check the spelling (kinds are case-sensitive) and the apiVersion.',
    change: (kind) => `Change to \`${kind}\``,
    removedKind: (apiVersion, kind, removedIn, successor) =>
      `\`${apiVersion}\` stopped serving ${kind} in Kubernetes ${removedIn}, and no apiVersion serves it any more: there is no replacement to switch to.${successor ? SUCCESSOR_EN[successor] : ''}`,
  },
  ko: {
    noKind: (apiVersion, kind) => `\`${apiVersion}\`에는 \`${kind}\`라는 kind가 없어서 클러스터가 이 문서를 거부합니다.`,
    didYouMean: (best, caseOnly) => ` \`${best}\`을(를) 쓰려던 것인가요?${caseOnly ? ' kind는 대소문자를 구분합니다.' : ''}`,
    checkSpelling: ' 철자(kind는 대소문자를 구분합니다)와 apiVersion을 확인하세요.',
    change: (kind) => `\`${kind}\`(으)로 바꾸기`,
    removedKind: (apiVersion, kind, removedIn, successor) =>
      `\`${apiVersion}\` 버전은 Kubernetes ${removedIn}부터 ${kind} 리소스를 제공하지 않으며, 이제 이 리소스를 제공하는 apiVersion은 없습니다. 바꿔 쓸 버전이 없습니다.${successor ? SUCCESSOR_KO[successor] : ''}`,
  },
};
