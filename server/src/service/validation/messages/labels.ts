// Messages of invalid-label (rules/labels.ts): label keys and values, selector keys and values,
// annotation keys. The format problems come from util/names.ts as data and are worded here.
import type { LabelPartIssue, QualifiedNameIssue } from '../../util/names';
import { invalidNameMessages } from './invalidName';
import type { Localized } from './localized';

/** Where the key or value sits: `metadata.labels`, a selector (`matchLabels`, `matchExpressions`, a Service's `selector`), `metadata.annotations`. */
export type LabelPlace = 'label' | 'selector' | 'annotation';

export interface LabelsMessages {
  invalidKey(place: LabelPlace, key: string, issue: QualifiedNameIssue, example: string | undefined): string;
  invalidValue(place: LabelPlace, value: string, issue: LabelPartIssue, example: string | undefined): string;
  rename(to: string): string;
  change(to: string): string;
}

function shownEn(characters: readonly string[]): string {
  return characters.map((ch) => (ch === ' ' ? 'a space' : `'${ch}'`)).join(', ');
}

function shownKo(characters: readonly string[]): string {
  return characters.map((ch) => (ch === ' ' ? '공백' : `'${ch}'`)).join(', ');
}

function partEn(issue: LabelPartIssue, part: string): string {
  switch (issue.kind) {
    case 'empty':
      return `${part} is empty`;
    case 'characters':
      return `${part} contains ${shownEn(issue.characters)}, which ${issue.characters.length > 1 ? 'are' : 'is'} not allowed`;
    case 'tooLong':
      return `${part} is ${issue.length} characters long; the limit is ${issue.max}`;
    case 'edge':
      return `${part} must start and end with a letter or digit`;
  }
}

/** The nouns Korean sentences are about, each with the particles its last sound takes. */
const NOUN_KO = {
  key: { subject: '키가', topic: '키는', at: '키에', of: '키의' },
  name: { subject: "'/' 뒤의 이름이", topic: "'/' 뒤의 이름은", at: "'/' 뒤의 이름에", of: "'/' 뒤의 이름의" },
  value: { subject: '값이', topic: '값은', at: '값에', of: '값의' },
} as const;

function partKo(issue: LabelPartIssue, noun: keyof typeof NOUN_KO): string {
  const n = NOUN_KO[noun];
  switch (issue.kind) {
    case 'empty':
      return `${n.subject} 비어 있습니다`;
    case 'characters':
      return `${n.at} 쓸 수 없는 문자가 들어 있습니다: ${shownKo(issue.characters)}`;
    case 'tooLong':
      return `${n.of} 길이가 ${issue.length}자로, 최대 ${issue.max}자를 넘습니다`;
    case 'edge':
      return `${n.topic} 글자나 숫자로 시작하고 끝나야 합니다`;
  }
}

function keyIssueEn(key: string, issue: QualifiedNameIssue): string {
  switch (issue.part) {
    case 'name':
      return partEn(issue.issue, key.includes('/') ? "the name after '/'" : 'it');
    case 'prefix':
      return `its prefix \`${issue.prefix}\` is not a DNS subdomain: ${invalidNameMessages.en.issue(issue.issue)}`;
    case 'emptyPrefix':
      return "it starts with '/', so its prefix is empty";
    case 'slashes':
      return "it has more than one '/'";
  }
}

function keyIssueKo(key: string, issue: QualifiedNameIssue): string {
  switch (issue.part) {
    case 'name':
      return partKo(issue.issue, key.includes('/') ? 'name' : 'key');
    case 'prefix':
      return `접두사 \`${issue.prefix}\` 부분이 DNS 서브도메인 형식이 아닙니다. ${invalidNameMessages.ko.issue(issue.issue)}`;
    case 'emptyPrefix':
      return "'/'로 시작해서 접두사가 비어 있습니다";
    case 'slashes':
      return "'/'가 두 개 이상 들어 있습니다";
  }
}

const KEY_NOUN_EN: Record<LabelPlace, string> = { label: 'Label key', selector: 'Selector key', annotation: 'Annotation key' };
const VALUE_NOUN_EN: Record<LabelPlace, string> = { label: 'Label value', selector: 'Selector value', annotation: 'Annotation value' };
const KEY_NOUN_KO: Record<LabelPlace, string> = { label: '레이블 키', selector: '셀렉터 키', annotation: '어노테이션 키' };
const VALUE_NOUN_KO: Record<LabelPlace, string> = { label: '레이블 값', selector: '셀렉터 값', annotation: '어노테이션 값' };

const KEY_FORMAT_EN =
  "A key is a name of at most 63 letters, digits, '-', '_' and '.' that starts and ends with a letter or digit, optionally after a DNS subdomain prefix and '/' (`app.kubernetes.io/name`).";
const ANNOTATION_KEY_FORMAT_EN =
  "A key is a name of at most 63 letters, digits, '-', '_' and '.' that starts and ends with a letter or digit, optionally after a DNS subdomain prefix and '/' (`example.com/owner`).";
const VALUE_FORMAT_EN =
  "A value has at most 63 letters, digits, '-', '_' and '.', and starts and ends with a letter or digit; it may also be empty.";
const KEY_FORMAT_KO =
  "키는 글자, 숫자, '-', '_', '.'로 이루어진 최대 63자의 이름이고 글자나 숫자로 시작하고 끝나야 합니다. 그 앞에 DNS 서브도메인 접두사와 '/'를 붙일 수 있습니다(`app.kubernetes.io/name`).";
const ANNOTATION_KEY_FORMAT_KO =
  "키는 글자, 숫자, '-', '_', '.'로 이루어진 최대 63자의 이름이고 글자나 숫자로 시작하고 끝나야 합니다. 그 앞에 DNS 서브도메인 접두사와 '/'를 붙일 수 있습니다(`example.com/owner`).";
const VALUE_FORMAT_KO = "값은 글자, 숫자, '-', '_', '.'로 이루어진 최대 63자이고 글자나 숫자로 시작하고 끝나야 합니다. 빈 값도 됩니다.";

export const labelsMessages: Localized<LabelsMessages> = {
  en: {
    invalidKey: (place, key, issue, example) =>
      `${KEY_NOUN_EN[place]} \`${key}\` is not valid: ${keyIssueEn(key, issue)}. ${place === 'annotation' ? ANNOTATION_KEY_FORMAT_EN : KEY_FORMAT_EN}${example ? ` For example \`${example}\`.` : ''}`,
    invalidValue: (place, value, issue, example) =>
      `${VALUE_NOUN_EN[place]} \`${value}\` is not valid: ${partEn(issue, 'it')}. ${VALUE_FORMAT_EN}${example ? ` For example \`${example}\`.` : ''}`,
    rename: (to) => `Rename to \`${to}\``,
    change: (to) => `Change to \`${to}\``,
  },
  ko: {
    invalidKey: (place, key, issue, example) =>
      `${KEY_NOUN_KO[place]} \`${key}\`은(는) 올바르지 않습니다. ${keyIssueKo(key, issue)}. ${place === 'annotation' ? ANNOTATION_KEY_FORMAT_KO : KEY_FORMAT_KO}${example ? ` 예: \`${example}\`.` : ''}`,
    invalidValue: (place, value, issue, example) =>
      `${VALUE_NOUN_KO[place]} \`${value}\`은(는) 올바르지 않습니다. ${partKo(issue, 'value')}. ${VALUE_FORMAT_KO}${example ? ` 예: \`${example}\`.` : ''}`,
    rename: (to) => `\`${to}\`(으)로 이름 바꾸기`,
    change: (to) => `\`${to}\`(으)로 바꾸기`,
  },
};
