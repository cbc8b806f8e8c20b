// Messages of out-of-range (rules/outOfRange.ts).
import type { Localized } from './localized';

/** Why a field has its bounds, in a learner's words. */
export type RangeNote = 'port' | 'notNegative' | 'atLeastOne' | 'positiveSeconds' | 'weight' | 'fileMode' | 'tokenLifetime';

export interface OutOfRangeMessages {
  /** `note` undefined: say only what the range is. */
  outOfRange(field: string, value: string, min: number, max: number | undefined, note: RangeNote | undefined): string;
}

const NOTES_EN: Record<RangeNote, string> = {
  port: 'a port number is between 1 and 65535',
  notNegative: 'it cannot be negative',
  atLeastOne: 'it must be at least 1',
  positiveSeconds: 'it must be a positive number of seconds',
  weight: 'a weight is between 1 and 100',
  fileMode: 'a file mode is between 0 and 0777 (511 in decimal)',
  tokenLifetime: 'a service account token must last at least 10 minutes',
};

const NOTES_KO: Record<RangeNote, string> = {
  port: '포트 번호는 1부터 65535까지입니다',
  notNegative: '음수일 수 없습니다',
  atLeastOne: '1 이상이어야 합니다',
  positiveSeconds: '0보다 큰 초 단위 값이어야 합니다',
  weight: '가중치(weight)는 1부터 100까지입니다',
  fileMode: '파일 모드는 0부터 0777(10진수로 511)까지입니다',
  tokenLifetime: '서비스 어카운트 토큰은 최소 10분 동안 유효해야 합니다',
};

export const outOfRangeMessages: Localized<OutOfRangeMessages> = {
  en: {
    outOfRange: (field, value, min, max, note) => {
      const range = max === undefined ? `at least ${min}` : `between ${min} and ${max}`;
      return `\`${field}: ${value}\` is out of range: ${note !== undefined ? NOTES_EN[note] : `it must be ${range}`} (allowed: ${range}).`;
    },
  },
  ko: {
    outOfRange: (field, value, min, max, note) => {
      const range = max === undefined ? `${min} 이상` : `${min}~${max}`;
      return `\`${field}: ${value}\`의 값이 허용 범위를 벗어났습니다. ${note !== undefined ? NOTES_KO[note] : '값이 허용 범위 안에 있어야 합니다'}(허용 범위: ${range}).`;
    },
  },
};
