// Messages of unavailable-in-version (rules/unavailableInVersion.ts).
import type { Localized } from './localized';

export interface UnavailableInVersionMessages {
  /** The field was added in `since`, after the target version. */
  tooNew(field: string, typeName: string, since: string, target: string): string;
  /** The field was removed after `until` (undefined when the model does not say). */
  removed(field: string, typeName: string, until: string | undefined, target: string): string;
}

export const unavailableInVersionMessages: Localized<UnavailableInVersionMessages> = {
  en: {
    tooNew: (field, typeName, since, target) =>
      `\`${field}\` was added to ${typeName} in Kubernetes ${since}; the target version is ${target}, which does not know it. Remove it, or raise podwright.kubernetesVersion if your cluster is ${since} or newer.`,
    removed: (field, typeName, until, target) =>
      `\`${field}\` was removed from ${typeName} after Kubernetes ${until ?? '?'}; the target version ${target} does not have it. Remove it.`,
  },
  ko: {
    tooNew: (field, typeName, since, target) =>
      `\`${field}\` 필드는 Kubernetes ${since}에서 ${typeName}에 추가되었습니다. 대상 버전(${target})은 이 필드를 모릅니다. 필드를 지우거나, 클러스터가 ${since} 이상이라면 podwright.kubernetesVersion을 올리세요.`,
    removed: (field, typeName, until, target) =>
      `\`${field}\` 필드는 Kubernetes ${until ?? '?'} 이후 ${typeName}에서 제거되었습니다. 대상 버전(${target})에는 이 필드가 없습니다. 필드를 지우세요.`,
  },
};
