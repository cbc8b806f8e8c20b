// Messages of schema-range, schema-pattern, schema-length, schema-size and schema-format
// (rules/schemaConstraints.ts): the value limits a custom resource's schema sets.
import type { Localized } from './localized';

/** A bound broken: `min`/`max` with whether the bound itself is excluded. */
export type RangeBreak =
  | { readonly kind: 'min'; readonly bound: number; readonly exclusive: boolean }
  | { readonly kind: 'max'; readonly bound: number; readonly exclusive: boolean }
  | { readonly kind: 'multipleOf'; readonly bound: number };

export type FormatName = 'date-time' | 'date' | 'uuid' | 'ipv4' | 'ipv6' | 'cidr' | 'mac' | 'byte';

export interface SchemaConstraintMessages {
  /** `subject`: the field (`replicas`) or entry (`ports[2]`). */
  range(subject: string, value: string, broken: RangeBreak): string;
  pattern(subject: string, value: string, pattern: string): string;
  length(subject: string, length: number, bound: number, isMax: boolean): string;
  /** `entries`: a list's items (true) or a map's keys (false). */
  size(subject: string, count: number, bound: number, isMax: boolean, entries: boolean): string;
  format(subject: string, value: string, format: FormatName): string;
}

const FORMAT_EN: Record<FormatName, string> = {
  'date-time': 'a date and time in RFC 3339 form, such as `2024-05-01T12:00:00Z`',
  date: 'a date such as `2024-05-01`',
  uuid: 'a UUID such as `123e4567-e89b-12d3-a456-426614174000`',
  ipv4: 'an IPv4 address such as `10.0.0.1`',
  ipv6: 'an IPv6 address such as `fd00::1`',
  cidr: 'an IP range in CIDR form such as `10.0.0.0/16`',
  mac: 'a MAC address such as `00:1a:2b:3c:4d:5e`',
  byte: 'base64-encoded data',
};

const FORMAT_KO: Record<FormatName, string> = {
  'date-time': '`2024-05-01T12:00:00Z`처럼 RFC 3339 형식의 날짜와 시각',
  date: '`2024-05-01` 같은 날짜',
  uuid: '`123e4567-e89b-12d3-a456-426614174000` 같은 UUID',
  ipv4: '`10.0.0.1` 같은 IPv4 주소',
  ipv6: '`fd00::1` 같은 IPv6 주소',
  cidr: '`10.0.0.0/16` 같은 CIDR 형식의 IP 범위',
  mac: '`00:1a:2b:3c:4d:5e` 같은 MAC 주소',
  byte: 'base64로 인코딩한 데이터',
};

function clip(value: string): string {
  return value.length > 60 ? `${value.slice(0, 60)}…` : value;
}

export const schemaConstraintMessages: Localized<SchemaConstraintMessages> = {
  en: {
    range: (subject, value, broken) => {
      if (broken.kind === 'multipleOf') return `\`${subject}: ${value}\` is not a multiple of ${broken.bound}, as the schema requires.`;
      const rule =
        broken.kind === 'min'
          ? broken.exclusive
            ? `more than ${broken.bound}`
            : `at least ${broken.bound}`
          : broken.exclusive
            ? `less than ${broken.bound}`
            : `at most ${broken.bound}`;
      return `\`${subject}: ${value}\` is out of range: the schema requires ${rule}.`;
    },
    pattern: (subject, value, pattern) => `\`${subject}: ${clip(value)}\` does not match the pattern the schema requires: \`${pattern}\`.`,
    length: (subject, length, bound, isMax) =>
      `\`${subject}\` is ${length} character${length === 1 ? '' : 's'} long; the schema requires ${isMax ? 'at most' : 'at least'} ${bound}.`,
    size: (subject, count, bound, isMax, entries) =>
      `\`${subject}\` has ${count} ${entries ? (count === 1 ? 'entry' : 'entries') : count === 1 ? 'key' : 'keys'}; the schema requires ${isMax ? 'at most' : 'at least'} ${bound}.`,
    format: (subject, value, format) => `\`${subject}: ${clip(value)}\` is not ${FORMAT_EN[format]} (\`format: ${format}\` in the schema).`,
  },
  ko: {
    range: (subject, value, broken) => {
      if (broken.kind === 'multipleOf') return `\`${subject}: ${value}\`은(는) 스키마가 요구하는 대로 ${broken.bound}의 배수여야 합니다.`;
      const rule =
        broken.kind === 'min'
          ? broken.exclusive
            ? `${broken.bound}보다 커야`
            : `${broken.bound} 이상이어야`
          : broken.exclusive
            ? `${broken.bound}보다 작아야`
            : `${broken.bound} 이하여야`;
      return `\`${subject}: ${value}\`의 값이 허용 범위를 벗어났습니다. 스키마에 따르면 값이 ${rule} 합니다.`;
    },
    pattern: (subject, value, pattern) => `\`${subject}: ${clip(value)}\`이(가) 스키마가 요구하는 패턴 \`${pattern}\`과(와) 맞지 않습니다.`,
    length: (subject, length, bound, isMax) =>
      `\`${subject}\`의 길이는 ${length}자입니다. 스키마에 따르면 ${bound}자 ${isMax ? '이하' : '이상'}여야 합니다.`,
    size: (subject, count, bound, isMax, entries) =>
      `\`${subject}\`에 ${entries ? '항목' : '키'}이 ${count}개 있습니다. 스키마에 따르면 ${bound}개 ${isMax ? '이하' : '이상'}여야 합니다.`,
    format: (subject, value, format) =>
      `\`${subject}: ${clip(value)}\`은(는) ${FORMAT_KO[format]}이(가) 아닙니다(스키마의 \`format: ${format}\`).`,
  },
};
