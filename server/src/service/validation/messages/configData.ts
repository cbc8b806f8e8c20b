// Messages of invalid-data-key, not-base64 and secret-missing-key (rules/configData.ts).
import type { Base64Issue } from '../../util/base64';
import type { ConfigMapKeyIssue } from '../../util/names';
import type { Localized } from './localized';

/** The map a key sits in: `ConfigMap.data`, `ConfigMap.binaryData`, `Secret.data`, `Secret.stringData`. */
export type DataMap = 'data' | 'binaryData' | 'stringData';

/** Where base64 is expected: a Secret's `data`, a ConfigMap's `binaryData`, or another field (`caBundle`). */
export type Base64Place = 'secretData' | 'binaryData' | 'other';

/** What a base64 field holds instead: text that is not base64, or a number or boolean. */
export type NotBase64 =
  { readonly kind: 'text'; readonly issue: Base64Issue } | { readonly kind: 'number' | 'boolean'; readonly text: string };

export interface ConfigDataMessages {
  invalidKey(owner: 'ConfigMap' | 'Secret', map: DataMap, key: string, issue: ConfigMapKeyIssue, example: string | undefined): string;
  inBothMaps(key: string): { message: string; related: string };
  /** `field`: the key or field name holding the value. */
  notBase64(field: string, place: Base64Place, found: NotBase64): string;
  missingKeys(secretType: string, missing: readonly string[], near: string | undefined): string;
  missingAnnotation(secretType: string, annotation: string): string;
  renameKey(to: string): string;
  repairBase64: string;
  moveTo(map: 'stringData' | 'data'): string;
  encode: string;
}

function shownEn(characters: readonly string[]): string {
  return characters.map((ch) => (ch === ' ' ? 'a space' : `'${ch}'`)).join(', ');
}

function shownKo(characters: readonly string[]): string {
  return characters.map((ch) => (ch === ' ' ? '공백' : `'${ch}'`)).join(', ');
}

function characterEn(ch: string): string {
  if (ch === ' ') return 'a space';
  if (ch === '\t') return 'a tab';
  return `'${ch}'`;
}

function characterKo(ch: string): string {
  if (ch === ' ') return '공백';
  if (ch === '\t') return '탭';
  return `'${ch}'`;
}

function keyIssueEn(issue: ConfigMapKeyIssue): string {
  switch (issue.kind) {
    case 'empty':
      return 'it is empty';
    case 'characters':
      return `it contains ${shownEn(issue.characters)}, which ${issue.characters.length > 1 ? 'are' : 'is'} not allowed`;
    case 'tooLong':
      return `it is ${issue.length} characters long; the limit is ${issue.max}`;
    case 'dotName':
      return 'it cannot be `.` or `..`';
    case 'dotDotPrefix':
      return 'it cannot start with `..` (the kubelet keeps its own files under such names where it mounts the keys)';
  }
}

function keyIssueKo(issue: ConfigMapKeyIssue): string {
  switch (issue.kind) {
    case 'empty':
      return '키가 비어 있습니다';
    case 'characters':
      return `쓸 수 없는 문자가 들어 있습니다: ${shownKo(issue.characters)}`;
    case 'tooLong':
      return `길이가 ${issue.length}자로, 최대 ${issue.max}자를 넘습니다`;
    case 'dotName':
      return '`.`이나 `..`은 키로 쓸 수 없습니다';
    case 'dotDotPrefix':
      return '`..`으로 시작할 수 없습니다(kubelet이 키를 마운트하는 곳에 그런 이름으로 자기 파일을 둡니다)';
  }
}

function base64IssueEn(issue: Base64Issue): string {
  switch (issue.kind) {
    case 'character':
      return `it contains ${characterEn(issue.character)}; base64 uses only letters, digits, '+' and '/', with '=' at the end`;
    case 'length':
      return 'its length is not a multiple of 4, as base64 padded with `=` always is';
    case 'padding':
      return "'=' may only pad its end";
  }
}

function base64IssueKo(issue: Base64Issue): string {
  switch (issue.kind) {
    case 'character':
      return `${characterKo(issue.character)} 문자가 들어 있습니다. base64는 글자, 숫자, '+', '/'만 쓰고 끝에만 '='를 붙입니다`;
    case 'length':
      return '길이가 4의 배수가 아닙니다. `=`로 채운 base64는 언제나 4의 배수입니다';
    case 'padding':
      return "'='는 끝에만 붙일 수 있습니다";
  }
}

const ADVICE_EN: Record<Base64Place, string> = {
  secretData:
    'A Secret\'s `data` holds base64-encoded values, and the API server rejects the whole Secret ("illegal base64 data at input byte …"). Put plain text under `stringData`: Kubernetes encodes it for you.',
  binaryData:
    'A ConfigMap\'s `binaryData` holds base64-encoded values, and the API server rejects the whole ConfigMap ("illegal base64 data at input byte …"). Put text under `data` instead.',
  other: 'The API server rejects the object ("illegal base64 data at input byte …"). Encode the value, for example with `base64 -w0`.',
};

const ADVICE_KO: Record<Base64Place, string> = {
  secretData:
    'Secret의 `data`에는 base64로 인코딩한 값을 넣어야 하며, 그렇지 않으면 API 서버가 Secret 전체를 거부합니다("illegal base64 data at input byte …"). 평문은 `stringData` 아래에 쓰세요. Kubernetes가 대신 인코딩합니다.',
  binaryData:
    'ConfigMap의 `binaryData`에는 base64로 인코딩한 값을 넣어야 하며, 그렇지 않으면 API 서버가 ConfigMap 전체를 거부합니다("illegal base64 data at input byte …"). 텍스트는 `data` 아래에 쓰세요.',
  other: 'API 서버가 이 오브젝트를 거부합니다("illegal base64 data at input byte …"). `base64 -w0` 등으로 값을 인코딩하세요.',
};

function foundEn(found: NotBase64): string {
  switch (found.kind) {
    case 'text':
      return `it is not base64: ${base64IssueEn(found.issue)}`;
    case 'number':
      return `it is the number ${found.text}, not base64 text`;
    case 'boolean':
      return `it is the boolean ${found.text}, not base64 text`;
  }
}

function foundKo(found: NotBase64): string {
  switch (found.kind) {
    case 'text':
      return `base64 형식이 아닙니다. ${base64IssueKo(found.issue)}`;
    case 'number':
      return `base64 텍스트가 아니라 숫자 ${found.text}입니다`;
    case 'boolean':
      return `base64 텍스트가 아니라 불리언 값 ${found.text}입니다`;
  }
}

export const configDataMessages: Localized<ConfigDataMessages> = {
  en: {
    invalidKey: (owner, map, key, issue, example) =>
      `\`${key}\` is not a valid key in a ${owner}'s \`${map}\`: ${keyIssueEn(issue)}. Keys use only letters, digits, '-', '_' and '.' (they become file names when the ${owner} is mounted), at most 253 characters.${example ? ` For example \`${example}\`.` : ''}`,
    inBothMaps: (key) => ({
      message: `\`${key}\` is a key in both \`data\` and \`binaryData\`; a ConfigMap key may be in only one of them ("duplicate of key present in binaryData"). Rename or remove one.`,
      related: `\`${key}\` is also here`,
    }),
    notBase64: (field, place, found) => `\`${field}\` must be base64-encoded, but ${foundEn(found)}. ${ADVICE_EN[place]}`,
    missingKeys: (secretType, missing, near) => {
      const list = missing.map((k) => `\`${k}\``).join(' and ');
      const any = secretType === 'kubernetes.io/basic-auth' ? `at least one of ${missing.map((k) => `\`${k}\``).join(' or ')}` : list;
      return `A Secret of type \`${secretType}\` must have ${any} in \`data\` or \`stringData\`; the API server rejects it without.${near ? ` Did you mean \`${near}\`?` : ''}`;
    },
    missingAnnotation: (secretType, annotation) =>
      `A Secret of type \`${secretType}\` needs the annotation \`${annotation}\` naming its ServiceAccount; the API server rejects it without.`,
    renameKey: (to) => `Rename to \`${to}\``,
    repairBase64: 'Join the base64 text and fix its padding',
    moveTo: (map) => `Move to \`${map}\` as plain text`,
    encode: 'Encode the value as base64',
  },
  ko: {
    invalidKey: (owner, map, key, issue, example) =>
      `\`${key}\`은(는) ${owner}의 \`${map}\`에 쓸 수 있는 키가 아닙니다. ${keyIssueKo(issue)}. 키에는 글자, 숫자, '-', '_', '.'만 쓸 수 있고(${owner}을 마운트하면 키가 파일 이름이 됩니다) 최대 253자입니다.${example ? ` 예: \`${example}\`.` : ''}`,
    inBothMaps: (key) => ({
      message: `\`${key}\` 키가 \`data\`와 \`binaryData\`에 모두 있습니다. ConfigMap의 키는 둘 중 한 곳에만 있어야 합니다("duplicate of key present in binaryData"). 하나의 이름을 바꾸거나 지우세요.`,
      related: `\`${key}\` 키가 여기에도 있습니다`,
    }),
    notBase64: (field, place, found) => `\`${field}\` 값은 base64로 인코딩되어 있어야 하는데, ${foundKo(found)}. ${ADVICE_KO[place]}`,
    missingKeys: (secretType, missing, near) => {
      const list = missing.map((k) => `\`${k}\``).join(', ');
      const which = secretType === 'kubernetes.io/basic-auth' ? `${list} 키 중 하나 이상이` : `${list} 키가`;
      return `\`${secretType}\` 타입의 Secret에는 \`data\`나 \`stringData\`에 ${which} 있어야 합니다. 없으면 API 서버가 거부합니다.${near ? ` \`${near}\` 키를 쓰려던 것인가요?` : ''}`;
    },
    missingAnnotation: (secretType, annotation) =>
      `\`${secretType}\` 타입의 Secret에는 ServiceAccount 이름을 적은 \`${annotation}\` 어노테이션이 있어야 합니다. 없으면 API 서버가 거부합니다.`,
    renameKey: (to) => `\`${to}\`(으)로 이름 바꾸기`,
    repairBase64: 'base64 텍스트를 이어 붙이고 패딩 고치기',
    moveTo: (map) => `평문으로 \`${map}\`에 옮기기`,
    encode: '값을 base64로 인코딩하기',
  },
};
