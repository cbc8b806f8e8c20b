// Messages of hpa-spec (rules/autoscaling.ts).
import type { Localized } from './localized';

/** Where a metric reads its number: the `target` fields of autoscaling/v2. */
export type TargetField = 'averageUtilization' | 'averageValue' | 'value';

export type HpaProblem =
  | { readonly kind: 'minZero' }
  | { readonly kind: 'minNegative'; readonly value: number }
  | { readonly kind: 'maxBelowOne'; readonly value: number }
  | { readonly kind: 'maxBelowMin'; readonly max: number; readonly min: number }
  | { readonly kind: 'notScalable'; readonly targetKind: string }
  | { readonly kind: 'targetKindCase'; readonly targetKind: string; readonly suggestion: string }
  | { readonly kind: 'targetApiVersion'; readonly targetKind: string; readonly written: string; readonly expected: string }
  | { readonly kind: 'targetNoApiVersion'; readonly targetKind: string; readonly expected: string }
  | { readonly kind: 'metricType'; readonly written: string; readonly suggestion: string | undefined }
  | { readonly kind: 'sourceMissing'; readonly metricType: string; readonly source: string }
  | { readonly kind: 'sourceExtra'; readonly metricType: string; readonly source: string; readonly extra: string }
  | { readonly kind: 'targetType'; readonly written: string; readonly suggestion: string | undefined }
  /** `source`: the metric's source block, which decides the fields its target may use. */
  | { readonly kind: 'noTargetValue'; readonly source: 'resource' | 'pods' | 'object'; readonly hasValue: boolean }
  | { readonly kind: 'bothTargetValues' }
  | { readonly kind: 'targetTypeMismatch'; readonly targetType: string; readonly given: TargetField; readonly suggestion: string }
  | { readonly kind: 'notPositive'; readonly field: string; readonly value: string }
  | { readonly kind: 'cpuPercent'; readonly value: number };

export interface AutoscalingMessages {
  problem(problem: HpaProblem): string;
  theMinReplicas: string;
  change(value: string): string;
  swapReplicas: string;
  addApiVersion(apiVersion: string): string;
}

const SCALABLE = '`Deployment`, `StatefulSet`, `ReplicaSet` or `ReplicationController`';
const SCALABLE_KO = '`Deployment`, `StatefulSet`, `ReplicaSet`, `ReplicationController`';
const FIELD_FOR_TYPE_EN: Readonly<Record<TargetField, string>> = {
  averageUtilization: "`averageUtilization` (a percentage of the pods' requests)",
  averageValue: '`averageValue` (an amount per pod)',
  value: '`value` (one amount for the whole object)',
};
const FIELD_FOR_TYPE_KO: Readonly<Record<TargetField, string>> = {
  averageUtilization: '`averageUtilization`(파드 요청량 대비 백분율)',
  averageValue: '`averageValue`(파드당 양)',
  value: '`value`(오브젝트 전체의 양 하나)',
};

function problemEn(p: HpaProblem): string {
  switch (p.kind) {
    case 'minZero':
      return '`minReplicas: 0` (scaling to zero) works only with the alpha feature gate `HPAScaleToZero` and an `Object` or `External` metric; without the gate Kubernetes rejects the autoscaler. Use 1 or more.';
    case 'minNegative':
      return `\`minReplicas\` is ${p.value}, but it must be at least 1.`;
    case 'maxBelowOne':
      return `\`maxReplicas\` is ${p.value}, but it must be at least 1.`;
    case 'maxBelowMin':
      return `\`maxReplicas\` (${p.max}) is below \`minReplicas\` (${p.min}), so no replica count satisfies both; Kubernetes rejects the autoscaler.`;
    case 'notScalable':
      return `A ${p.targetKind} cannot be scaled, so this autoscaler would never work: its target is a ${SCALABLE} (or a custom resource with a scale subresource).`;
    case 'targetKindCase':
      return `\`${p.targetKind}\` is not a kind: kinds are case-sensitive, and the autoscaler would not find its target. Did you mean \`${p.suggestion}\`?`;
    case 'targetApiVersion':
      return `${p.targetKind} is served by \`${p.expected}\`, not \`${p.written}\`: the autoscaler would not find its target. Kubernetes accepts the autoscaler but reports \`FailedGetScale\`.`;
    case 'targetNoApiVersion':
      return `\`scaleTargetRef\` has no \`apiVersion\`: without \`apiVersion: ${p.expected}\` the autoscaler looks for a ${p.targetKind} in the core group and does not find it.`;
    case 'metricType':
      return `\`${p.written}\` is not a metric type; use \`Resource\`, \`ContainerResource\`, \`Pods\`, \`Object\` or \`External\`.${p.suggestion !== undefined ? ` Did you mean \`${p.suggestion}\`?` : ''}`;
    case 'sourceMissing':
      return `A \`${p.metricType}\` metric is described under \`${p.source}\`, and this one has none; Kubernetes rejects it.`;
    case 'sourceExtra':
      return `A \`${p.metricType}\` metric reads only \`${p.source}\`; \`${p.extra}\` belongs to another metric type, and Kubernetes rejects the mix. Make it a metric of its own.`;
    case 'targetType':
      return `\`${p.written}\` is not a target type; use \`Utilization\`, \`AverageValue\` or \`Value\`.${p.suggestion !== undefined ? ` Did you mean \`${p.suggestion}\`?` : ''}`;
    case 'noTargetValue':
      return p.source === 'resource'
        ? `${p.hasValue ? 'A resource metric does not read `value` (that is for `Object` and `External` metrics)' : 'This target sets no number to aim for'}: a resource metric takes \`averageUtilization\` (a percentage of the pods' requests, e.g. \`70\`) or \`averageValue\` (e.g. \`500m\`). Kubernetes rejects it.`
        : p.source === 'pods'
          ? 'This target sets no number to aim for: a `Pods` metric takes `averageValue`, the amount per pod. Kubernetes rejects it.'
          : 'This target sets no number to aim for: it takes `value` or `averageValue`. Kubernetes rejects it.';
    case 'bothTargetValues':
      return 'A resource metric aims at `averageUtilization` or `averageValue`, not both; Kubernetes rejects the pair. Keep one.';
    case 'targetTypeMismatch':
      return `\`type: ${p.targetType}\` says the target is ${p.targetType === 'Utilization' ? FIELD_FOR_TYPE_EN.averageUtilization : p.targetType === 'AverageValue' ? FIELD_FOR_TYPE_EN.averageValue : FIELD_FOR_TYPE_EN.value}, but this target gives \`${p.given}\`. Change the type to \`${p.suggestion}\`, or give the field the type names.`;
    case 'notPositive':
      return `\`${p.field}\` is ${p.value}, but a target must be greater than zero.`;
    case 'cpuPercent':
      return `\`targetCPUUtilizationPercentage\` is ${p.value}, but it must be at least 1 (a percentage of the pods' CPU requests, e.g. \`70\`).`;
  }
}

function problemKo(p: HpaProblem): string {
  switch (p.kind) {
    case 'minZero':
      return '`minReplicas: 0`(0개까지 줄이기)은 알파 기능 게이트 `HPAScaleToZero`와 `Object`나 `External` 메트릭이 있을 때만 동작합니다. 게이트가 꺼져 있으면 Kubernetes가 오토스케일러를 거부합니다. 1 이상을 쓰세요.';
    case 'minNegative':
      return `\`minReplicas\` 값이 ${p.value}인데, 이 값은 1 이상이어야 합니다.`;
    case 'maxBelowOne':
      return `\`maxReplicas\` 값이 ${p.value}인데, 이 값은 1 이상이어야 합니다.`;
    case 'maxBelowMin':
      return `\`maxReplicas\`(${p.max})가 \`minReplicas\`(${p.min})보다 작아서 둘을 함께 만족하는 복제본 수가 없습니다. Kubernetes는 이 오토스케일러를 거부합니다.`;
    case 'notScalable':
      return `${p.targetKind} 리소스는 스케일할 수 없어서 이 오토스케일러는 동작하지 않습니다. 대상은 ${SCALABLE_KO} 중 하나(또는 \`scale\` 하위 리소스가 있는 커스텀 리소스)여야 합니다.`;
    case 'targetKindCase':
      return `\`${p.targetKind}\` 값은 kind가 아닙니다. kind는 대소문자를 구분하므로 오토스케일러가 대상을 찾지 못합니다. \`${p.suggestion}\` 값을 쓰려던 것인가요?`;
    case 'targetApiVersion':
      return `${p.targetKind} 리소스는 \`${p.written}\` 버전이 아니라 \`${p.expected}\` 버전에서 제공되므로 오토스케일러가 대상을 찾지 못합니다. Kubernetes는 오토스케일러를 받아들이지만 \`FailedGetScale\`을 보고합니다.`;
    case 'targetNoApiVersion':
      return `\`scaleTargetRef\`에 \`apiVersion\`이 없습니다. \`apiVersion: ${p.expected}\` 줄이 없으면 오토스케일러는 코어 그룹에서 ${p.targetKind} 리소스를 찾다가 실패합니다.`;
    case 'metricType':
      return `\`${p.written}\` 값은 메트릭 유형이 아닙니다. \`Resource\`, \`ContainerResource\`, \`Pods\`, \`Object\`, \`External\` 중 하나를 쓰세요.${p.suggestion !== undefined ? ` \`${p.suggestion}\` 값을 쓰려던 것인가요?` : ''}`;
    case 'sourceMissing':
      return `\`${p.metricType}\` 메트릭은 \`${p.source}\` 블록에 내용을 쓰는데, 이 메트릭에는 그 블록이 없어서 Kubernetes가 거부합니다.`;
    case 'sourceExtra':
      return `\`${p.metricType}\` 메트릭은 \`${p.source}\` 블록만 읽습니다. \`${p.extra}\` 블록은 다른 메트릭 유형의 것이어서 Kubernetes가 거부합니다. 별도의 메트릭으로 나누세요.`;
    case 'targetType':
      return `\`${p.written}\` 값은 목표 유형이 아닙니다. \`Utilization\`, \`AverageValue\`, \`Value\` 중 하나를 쓰세요.${p.suggestion !== undefined ? ` \`${p.suggestion}\` 값을 쓰려던 것인가요?` : ''}`;
    case 'noTargetValue':
      return p.source === 'resource'
        ? `${p.hasValue ? '리소스 메트릭은 `value`를 읽지 않습니다(`value`는 `Object`와 `External` 메트릭에 씁니다)' : '이 목표에는 맞출 수치가 없습니다'}. 리소스 메트릭에는 \`averageUtilization\`(파드 요청량 대비 백분율, 예: \`70\`)이나 \`averageValue\`(예: \`500m\`)를 씁니다. Kubernetes는 이런 목표를 거부합니다.`
        : p.source === 'pods'
          ? '이 목표에는 맞출 수치가 없습니다. `Pods` 메트릭에는 파드당 양인 `averageValue`를 씁니다. Kubernetes는 수치가 없는 목표를 거부합니다.'
          : '이 목표에는 맞출 수치가 없습니다. `value`나 `averageValue`를 쓰세요. Kubernetes는 수치가 없는 목표를 거부합니다.';
    case 'bothTargetValues':
      return '리소스 메트릭의 목표는 `averageUtilization`과 `averageValue` 중 하나만 씁니다. 둘 다 쓰면 Kubernetes가 거부합니다. 하나만 남기세요.';
    case 'targetTypeMismatch':
      return `\`type: ${p.targetType}\` 설정은 목표를 ${p.targetType === 'Utilization' ? FIELD_FOR_TYPE_KO.averageUtilization : p.targetType === 'AverageValue' ? FIELD_FOR_TYPE_KO.averageValue : FIELD_FOR_TYPE_KO.value} 필드로 준다는 뜻인데, 이 목표에는 \`${p.given}\` 필드가 있습니다. 유형을 \`${p.suggestion}\`(으)로 바꾸거나, 유형에 맞는 필드를 쓰세요.`;
    case 'notPositive':
      return `\`${p.field}\` 값이 ${p.value}인데, 목표는 0보다 커야 합니다.`;
    case 'cpuPercent':
      return `\`targetCPUUtilizationPercentage\` 값이 ${p.value}인데, 이 값은 1 이상이어야 합니다(파드 CPU 요청량 대비 백분율, 예: \`70\`).`;
  }
}

export const autoscalingMessages: Localized<AutoscalingMessages> = {
  en: {
    problem: problemEn,
    theMinReplicas: 'the `minReplicas`',
    change: (value) => `Change to \`${value}\``,
    swapReplicas: 'Swap `minReplicas` and `maxReplicas`',
    addApiVersion: (apiVersion) => `Add \`apiVersion: ${apiVersion}\``,
  },
  ko: {
    problem: problemKo,
    theMinReplicas: '`minReplicas` 값',
    change: (value) => `\`${value}\`(으)로 바꾸기`,
    swapReplicas: '`minReplicas`와 `maxReplicas` 값 맞바꾸기',
    addApiVersion: (apiVersion) => `\`apiVersion: ${apiVersion}\` 추가하기`,
  },
};
