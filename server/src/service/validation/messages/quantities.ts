// Messages of invalid-quantity and limit-below-request (rules/quantities.ts). Amounts are described
// by util/quantity.ts in the same language (`0.128 bytes`, `0.128바이트`).
import type { Language } from '../../settings';
import { formatBytes, formatCpu, resourceUnit } from '../../util/quantity';
import type { Localized } from './localized';

export interface QuantitiesMessages {
  negative(value: string): string;
  /** `suggestion`: the nearest valid quantity, when there is one. */
  invalid(value: string, resource: string, suggestion: string | undefined): string;
  /** A byte amount written with `m` (milli), almost surely meant as mebibytes. */
  milliBytes(value: string, resource: string, amount: number, suggestion: string | undefined): string;
  fractional(value: string, resource: string): string;
  /** `sameUnit`: both are written with the same suffix, so the amounts need no explaining. */
  limitBelowRequest(
    resource: string,
    limit: string,
    request: string,
    limitAmount: number,
    requestAmount: number,
    sameUnit: boolean,
  ): string;
  theRequest(resource: string): string;
  change(to: string): string;
  setLimitToRequest(request: string): string;
}

function describe(resource: string, amount: number, language: Language): string {
  const unit = resourceUnit(resource);
  return unit === 'bytes' ? formatBytes(amount, language) : unit === 'cpu' ? formatCpu(amount, language) : String(amount);
}

export const quantitiesMessages: Localized<QuantitiesMessages> = {
  en: {
    negative: (value) => `\`${value}\` is negative; resource amounts must be zero or more.`,
    invalid: (value, resource, suggestion) => {
      const unit = resourceUnit(resource);
      const units =
        unit === 'cpu'
          ? 'CPU is counted in cores: `1`, `0.5` or `500m` (millicores).'
          : unit === 'bytes'
            ? 'Sizes use binary suffixes such as `128Mi` or `1Gi` (or decimal ones: `128M`, `1G`); `mb` and `gb` are not units Kubernetes knows.'
            : 'Write a number, optionally with a suffix such as `k` or `Ki`.';
      return `\`${value}\` is not a valid quantity for \`${resource}\`.${suggestion !== undefined ? ` Did you mean \`${suggestion}\`?` : ''} ${units}`;
    },
    milliBytes: (value, resource, amount, suggestion) =>
      `\`${value}\` means ${describe(resource, amount, 'en')}: the suffix \`m\` is milli (one thousandth), not mega.${suggestion !== undefined ? ` Did you mean \`${suggestion}\` (mebibytes)?` : ''}`,
    fractional: (value, resource) =>
      `\`${value}\` is fractional, but extended resources such as \`${resource}\` are counted in whole units.`,
    limitBelowRequest: (resource, limit, request, limitAmount, requestAmount, sameUnit) =>
      `The \`${resource}\` limit \`${limit}\` is lower than its request \`${request}\`${sameUnit ? '' : `; that is ${describe(resource, limitAmount, 'en')} against ${describe(resource, requestAmount, 'en')}`}. ` +
      'Kubernetes rejects this: a limit must be at least the request. Raise the limit or lower the request.',
    theRequest: (resource) => `the \`${resource}\` request`,
    change: (to) => `Change to \`${to}\``,
    setLimitToRequest: (request) => `Set the limit to the request (${request})`,
  },
  ko: {
    negative: (value) => `\`${value}\`은(는) 음수입니다. 리소스 양은 0 이상이어야 합니다.`,
    invalid: (value, resource, suggestion) => {
      const unit = resourceUnit(resource);
      const units =
        unit === 'cpu'
          ? 'CPU는 코어 단위로 셉니다: `1`, `0.5`, `500m`(밀리코어).'
          : unit === 'bytes'
            ? '크기에는 `128Mi`, `1Gi` 같은 2진 접미사(또는 `128M`, `1G` 같은 10진 접미사)를 씁니다. `mb`, `gb`는 Kubernetes가 아는 단위가 아닙니다.'
            : '숫자를 쓰고, 필요하면 `k`나 `Ki` 같은 접미사를 붙이세요.';
      return `\`${value}\`은(는) \`${resource}\`에 쓸 수 있는 올바른 수량이 아닙니다.${suggestion !== undefined ? ` \`${suggestion}\`을(를) 쓰려던 것인가요?` : ''} ${units}`;
    },
    milliBytes: (value, resource, amount, suggestion) =>
      `\`${value}\`은(는) ${describe(resource, amount, 'ko')}라는 뜻입니다. 접미사 \`m\`은 메가가 아니라 밀리(1000분의 1)입니다.${suggestion !== undefined ? ` \`${suggestion}\`(메비바이트)을(를) 쓰려던 것인가요?` : ''}`,
    fractional: (value, resource) => `\`${value}\`은(는) 소수입니다. \`${resource}\` 같은 확장 리소스는 정수 단위로 셉니다.`,
    limitBelowRequest: (resource, limit, request, limitAmount, requestAmount, sameUnit) =>
      `\`${resource}\`의 제한(limit) \`${limit}\`이(가) 요청(request) \`${request}\`보다 낮습니다${sameUnit ? '' : `. 제한은 ${describe(resource, limitAmount, 'ko')}, 요청은 ${describe(resource, requestAmount, 'ko')}입니다`}. ` +
      'Kubernetes는 이를 거부합니다. 제한은 요청 이상이어야 합니다. 제한을 올리거나 요청을 낮추세요.',
    theRequest: (resource) => `\`${resource}\`의 요청(request)`,
    change: (to) => `\`${to}\`(으)로 바꾸기`,
    setLimitToRequest: (request) => `제한을 요청과 같은 값(${request})으로 설정하기`,
  },
};
