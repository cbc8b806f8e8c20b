// Messages of selector-mismatch and job-restart-policy (rules/workloads.ts).
import type { Localized } from './localized';

/** What a selector asks of a label, and what the pod template has. */
export type SelectorProblem =
  | { readonly kind: 'missingLabel'; readonly key: string; readonly wanted: string }
  | { readonly kind: 'differentValue'; readonly key: string; readonly wanted: string; readonly actual: string }
  /** A matchExpressions entry; `actual` is the template's value, undefined when it has no such label. */
  | {
      readonly kind: 'expression';
      readonly operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
      readonly key: string;
      readonly values: readonly string[];
      readonly actual: string | undefined;
    }
  | { readonly kind: 'empty' };

export interface WorkloadsMessages {
  selectorMismatch(kind: string, problem: SelectorProblem): string;
  templateLabels: string;
  addLabel(entry: string): string;
  changeTemplateLabel(entry: string): string;
  changeSelector(entry: string): string;
  restartAlways(kind: string): string;
  restartMissing(kind: string): string;
  useRestartPolicy(value: string): string;
  addRestartPolicyNever: string;
}

function problemEn(problem: SelectorProblem): string {
  switch (problem.kind) {
    case 'missingLabel':
      return `The selector requires label \`${problem.key}: ${problem.wanted}\`, but the pod template has no \`${problem.key}\` label.`;
    case 'differentValue':
      return `The selector requires \`${problem.key}: ${problem.wanted}\`, but the pod template's label is \`${problem.key}: ${problem.actual}\`.`;
    case 'empty':
      return "This selector is empty, so it would select every pod in the namespace; add `matchLabels` with the pod template's labels.";
    case 'expression': {
      const { key, actual } = problem;
      const has =
        actual !== undefined ? `the pod template's \`${key}\` label is \`${actual}\`` : `the pod template has no \`${key}\` label`;
      const listed = problem.values.map((v) => `\`${v}\``).join(', ');
      const requires = {
        In: `requires label \`${key}\` to be one of ${listed}`,
        NotIn: `requires label \`${key}\` not to be one of ${listed}`,
        Exists: `requires a \`${key}\` label`,
        DoesNotExist: `requires no \`${key}\` label`,
      }[problem.operator];
      return `The selector expression ${requires}, but ${has}.`;
    }
  }
}

function problemKo(problem: SelectorProblem): string {
  switch (problem.kind) {
    case 'missingLabel':
      return `셀렉터는 레이블 \`${problem.key}: ${problem.wanted}\`을(를) 요구하지만, 파드 템플릿에는 \`${problem.key}\` 레이블이 없습니다.`;
    case 'differentValue':
      return `셀렉터는 \`${problem.key}: ${problem.wanted}\`을(를) 요구하지만, 파드 템플릿의 레이블은 \`${problem.key}: ${problem.actual}\`입니다.`;
    case 'empty':
      return '이 셀렉터는 비어 있어서 네임스페이스의 모든 파드를 선택하게 됩니다. 파드 템플릿의 레이블로 `matchLabels`를 추가하세요.';
    case 'expression': {
      const { key, actual } = problem;
      const has =
        actual !== undefined ? `파드 템플릿의 \`${key}\` 레이블은 \`${actual}\`입니다` : `파드 템플릿에는 \`${key}\` 레이블이 없습니다`;
      const listed = problem.values.map((v) => `\`${v}\``).join(', ');
      const requires = {
        In: `레이블 \`${key}\`의 값이 ${listed} 중 하나이기를`,
        NotIn: `레이블 \`${key}\`의 값이 ${listed} 중 어느 것도 아니기를`,
        Exists: `\`${key}\` 레이블이 있기를`,
        DoesNotExist: `\`${key}\` 레이블이 없기를`,
      }[problem.operator];
      return `셀렉터 표현식은 ${requires} 요구하지만, ${has}.`;
    }
  }
}

const allowedEn = (kind: string): string =>
  `A ${kind}'s pods must finish, so their \`restartPolicy\` must be \`Never\` (a failed pod is replaced by a new one) or \`OnFailure\` (the container is restarted in place).`;

const allowedKo = (kind: string): string =>
  `${kind}의 파드는 끝나야 하므로, \`restartPolicy\`는 \`Never\`(실패한 파드를 새 파드로 교체) 또는 \`OnFailure\`(컨테이너를 그 자리에서 재시작)여야 합니다.`;

export const workloadsMessages: Localized<WorkloadsMessages> = {
  en: {
    selectorMismatch: (kind, problem) =>
      `${problemEn(problem)} Kubernetes rejects a ${kind} whose selector does not match its pod template's labels: the pods it creates would not be its own.`,
    templateLabels: "the pod template's labels",
    addLabel: (entry) => `Add label \`${entry}\` to the pod template`,
    changeTemplateLabel: (entry) => `Change the template label to \`${entry}\``,
    changeSelector: (entry) => `Change the selector to \`${entry}\``,
    restartAlways: (kind) => `\`restartPolicy: Always\` is not allowed in a ${kind}'s pod template. ${allowedEn(kind)}`,
    restartMissing: (kind) =>
      `This ${kind}'s pod template has no \`restartPolicy\`. Pods default to \`Always\`, which Kubernetes rejects for a ${kind} ("Unsupported value: \\"Always\\""). ${allowedEn(kind)}`,
    useRestartPolicy: (value) => `Use \`restartPolicy: ${value}\``,
    addRestartPolicyNever: 'Add `restartPolicy: Never`',
  },
  ko: {
    selectorMismatch: (kind, problem) =>
      `${problemKo(problem)} Kubernetes는 셀렉터가 파드 템플릿의 레이블과 맞지 않는 ${kind}을(를) 거부합니다. 그런 ${kind}은(는) 자신이 만든 파드를 자기 것으로 선택하지 못하기 때문입니다.`,
    templateLabels: '파드 템플릿의 레이블',
    addLabel: (entry) => `파드 템플릿에 레이블 \`${entry}\` 추가하기`,
    changeTemplateLabel: (entry) => `템플릿 레이블을 \`${entry}\`(으)로 바꾸기`,
    changeSelector: (entry) => `셀렉터를 \`${entry}\`(으)로 바꾸기`,
    restartAlways: (kind) => `${kind}의 파드 템플릿에는 \`restartPolicy: Always\`를 쓸 수 없습니다. ${allowedKo(kind)}`,
    restartMissing: (kind) =>
      `이 ${kind}의 파드 템플릿에는 \`restartPolicy\`가 없습니다. 파드의 기본값은 \`Always\`인데, Kubernetes는 ${kind}에서 이 값을 거부합니다("Unsupported value: \\"Always\\""). ${allowedKo(kind)}`,
    useRestartPolicy: (value) => `\`restartPolicy: ${value}\` 사용하기`,
    addRestartPolicyNever: '`restartPolicy: Never` 추가하기',
  },
};
