// Messages of pvc-spec (rules/storage.ts).
import type { Localized } from './localized';

export type AccessModeProblem =
  | { readonly kind: 'missing' }
  | { readonly kind: 'empty' }
  /** `abbreviation`: the value is the short form `kubectl get pvc` prints (`RWO`). */
  | { readonly kind: 'unknown'; readonly value: string; readonly suggestion: string | undefined; readonly abbreviation: boolean }
  | { readonly kind: 'podOnlyCombined' };

export type StorageProblem = { readonly kind: 'missing' } | { readonly kind: 'zero'; readonly value: string };

export interface StorageMessages {
  accessModes(problem: AccessModeProblem): string;
  storage(problem: StorageProblem): string;
  addAccessModes: string;
  addStorage(size: string): string;
  change(value: string): string;
}

const MODES = '`ReadWriteOnce`, `ReadOnlyMany`, `ReadWriteMany` or `ReadWriteOncePod`';
const MODES_KO = '`ReadWriteOnce`, `ReadOnlyMany`, `ReadWriteMany`, `ReadWriteOncePod`';

export const storageMessages: Localized<StorageMessages> = {
  en: {
    accessModes: (problem) => {
      switch (problem.kind) {
        case 'missing':
          return 'This volume claim has no `accessModes`: they say how the volume may be mounted, usually `[ReadWriteOnce]` (read-write by one node). Kubernetes rejects a claim without one.';
        case 'empty':
          return '`accessModes` is empty, but a volume claim needs at least one access mode, usually `ReadWriteOnce` (read-write by one node).';
        case 'unknown':
          if (problem.abbreviation && problem.suggestion !== undefined) {
            return `\`${problem.value}\` is the short form \`kubectl\` prints; a manifest spells the mode out: \`${problem.suggestion}\`.`;
          }
          return `\`${problem.value}\` is not an access mode; use ${MODES}.${problem.suggestion !== undefined ? ` Did you mean \`${problem.suggestion}\`?` : ''}`;
        case 'podOnlyCombined':
          return '`ReadWriteOncePod` cannot be combined with other access modes: it already says that a single pod uses the volume. Keep it alone, or remove it.';
      }
    },
    storage: (problem) =>
      problem.kind === 'missing'
        ? 'This volume claim does not say how much storage it needs: set `resources.requests.storage`, e.g. `1Gi`. Kubernetes rejects a claim without a size.'
        : `\`${problem.value}\` asks for no storage at all: a claim's \`storage\` request must be greater than zero.`,
    addAccessModes: 'Add `accessModes: [ReadWriteOnce]`',
    addStorage: (size) => `Add \`storage: ${size}\``,
    change: (value) => `Change to \`${value}\``,
  },
  ko: {
    accessModes: (problem) => {
      switch (problem.kind) {
        case 'missing':
          return '이 볼륨 클레임에는 `accessModes`가 없습니다. `accessModes`는 볼륨을 어떻게 마운트할지 정하며, 보통 `[ReadWriteOnce]`(한 노드에서 읽기·쓰기)를 씁니다. Kubernetes는 이 값이 없는 클레임을 거부합니다.';
        case 'empty':
          return '`accessModes`가 비어 있습니다. 볼륨 클레임에는 접근 모드가 하나 이상 있어야 하며, 보통 `ReadWriteOnce`(한 노드에서 읽기·쓰기)를 씁니다.';
        case 'unknown':
          if (problem.abbreviation && problem.suggestion !== undefined) {
            return `\`${problem.value}\` 값은 \`kubectl\`이 보여 주는 줄임말입니다. 매니페스트에는 \`${problem.suggestion}\` 값을 그대로 씁니다.`;
          }
          return `\`${problem.value}\` 값은 접근 모드가 아닙니다. ${MODES_KO} 중 하나를 쓰세요.${problem.suggestion !== undefined ? ` \`${problem.suggestion}\` 값을 쓰려던 것인가요?` : ''}`;
        case 'podOnlyCombined':
          return '`ReadWriteOncePod`는 다른 접근 모드와 함께 쓸 수 없습니다. 이 모드 자체가 파드 하나만 볼륨을 쓴다는 뜻입니다. 이 모드만 남기거나 이 모드를 빼세요.';
      }
    },
    storage: (problem) =>
      problem.kind === 'missing'
        ? '이 볼륨 클레임에는 필요한 저장 공간의 크기가 없습니다. `resources.requests.storage`에 `1Gi` 같은 값을 쓰세요. Kubernetes는 크기가 없는 클레임을 거부합니다.'
        : `\`${problem.value}\` 값은 저장 공간을 전혀 요청하지 않습니다. 클레임의 \`storage\` 요청은 0보다 커야 합니다.`,
    addAccessModes: '`accessModes: [ReadWriteOnce]` 추가하기',
    addStorage: (size) => `\`storage: ${size}\` 추가하기`,
    change: (value) => `\`${value}\`(으)로 바꾸기`,
  },
};
