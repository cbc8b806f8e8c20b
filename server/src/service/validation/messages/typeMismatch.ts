// Messages of type-mismatch (rules/typeMismatch.ts).
import type { Localized } from './localized';

/** What a field expects; `typeName` is a short type name such as `ContainerPort`. */
export type Expectation =
  | { readonly kind: 'object' | 'objectList'; readonly typeName: string }
  | { readonly kind: 'list' | 'map' | 'integer' | 'number' | 'boolean' | 'intOrString' | 'quantity' | 'string' };

/** What was written instead. */
export type Found =
  { readonly kind: 'object' | 'list' | 'other' | 'otherType' } | { readonly kind: 'text' | 'number' | 'boolean'; readonly text: string };

/** What to do about it; a YAML 1.1 boolean word (`yes`, `on`) carries the word, which the advice quotes. */
export type Advice =
  | 'quoteIt'
  | 'wholeNumber'
  | 'numberInQuotes'
  | 'booleanInQuotes'
  | 'removeDash'
  | 'startWithDash'
  | 'writeList'
  | { readonly yaml11Boolean: string };

export interface TypeMismatchMessages {
  /** `subject`: the field (or `name[index]`) in backticks. */
  mismatch(subject: string, expected: Expectation, found: Found, advice: Advice | undefined): string;
  emptyKey(name: string, expected: Expectation): string;
  /** A list entry without a field name, and a value without any name. */
  entry: string;
  value: string;
  quote(quoted: string): string;
  unquote(unquoted: string): string;
  asList(list: string): string;
  asListEntry: string;
}

const EN_EXPECTED = {
  object: (t: string) => `an object (${t} fields indented under it)`,
  objectList: (t: string) => `a list of ${t} entries (each starting with \`- \`)`,
  list: 'a list (each entry starting with `- `)',
  map: 'a map of `key: value` entries',
  integer: 'a whole number',
  number: 'a number',
  boolean: '`true` or `false`',
  intOrString: 'a whole number or a string',
  quantity: 'a quantity such as `500m` or `128Mi`',
  string: 'a string',
};

/** Korean expectations come with their copula (`…여야`/`…이어야`), which depends on the last noun. */
const KO_EXPECTED = {
  object: (t: string) => `객체(그 아래에 ${t} 필드를 들여써서 넣은 것)여야`,
  objectList: (t: string) => `${t} 항목들의 리스트(각 항목은 \`- \` 기호로 시작)여야`,
  list: '리스트(각 항목은 `- ` 기호로 시작)여야',
  map: '`key: value` 항목들로 된 맵이어야',
  integer: '정수여야',
  number: '숫자여야',
  boolean: '`true` 또는 `false`여야',
  intOrString: '정수나 문자열이어야',
  quantity: '`500m`, `128Mi` 같은 수량이어야',
  string: '문자열이어야',
};

function expected(table: typeof EN_EXPECTED, e: Expectation): string {
  return e.kind === 'object' || e.kind === 'objectList' ? table[e.kind](e.typeName) : table[e.kind];
}

function foundEn(f: Found): string {
  switch (f.kind) {
    case 'object':
      return 'an object';
    case 'list':
      return 'a list';
    case 'other':
      return 'something else';
    case 'otherType':
      return 'a value of another type';
    case 'text':
      return `the text "${f.text}"`;
    case 'number':
      return `the number ${f.text}`;
    case 'boolean':
      return `the boolean ${f.text}`;
  }
}

/** Korean descriptions are nouns that `입니다` follows whatever their last sound. */
function foundKo(f: Found): string {
  switch (f.kind) {
    case 'object':
      return '객체';
    case 'list':
      return '리스트';
    case 'other':
      return '다른 종류의 값';
    case 'otherType':
      return '다른 타입의 값';
    case 'text':
      return `텍스트 "${f.text}"`;
    case 'number':
      return `숫자 ${f.text}`;
    case 'boolean':
      return `불리언 값 ${f.text}`;
  }
}

function adviceEn(a: Advice | undefined): string {
  if (a === undefined) return '';
  if (typeof a === 'object') return `kubectl reads an unquoted \`${a.yaml11Boolean}\` as a boolean; put it in quotes.`;
  switch (a) {
    case 'quoteIt':
      return 'Kubernetes rejects it; put it in quotes.';
    case 'wholeNumber':
      return 'Use a whole number.';
    case 'numberInQuotes':
      return 'Numbers in quotes are text; remove the quotes.';
    case 'booleanInQuotes':
      return 'A boolean in quotes is text; remove the quotes.';
    case 'removeDash':
      return 'Remove the `- ` in front of its fields.';
    case 'startWithDash':
      return 'Start each entry with `- `.';
    case 'writeList':
      return 'Write `["word", "word"]` or one `- word` per line.';
  }
}

function adviceKo(a: Advice | undefined): string {
  if (a === undefined) return '';
  if (typeof a === 'object') return `kubectl은 따옴표 없는 \`${a.yaml11Boolean}\` 값을 불리언으로 읽으므로 따옴표로 감싸세요.`;
  switch (a) {
    case 'quoteIt':
      return 'Kubernetes가 이 값을 거부하므로 따옴표로 감싸세요.';
    case 'wholeNumber':
      return '소수점 없는 정수를 쓰세요.';
    case 'numberInQuotes':
      return '따옴표 안의 숫자는 텍스트로 읽히므로 따옴표를 지우세요.';
    case 'booleanInQuotes':
      return '따옴표 안의 불리언은 텍스트로 읽히므로 따옴표를 지우세요.';
    case 'removeDash':
      return '필드 앞의 `- ` 기호를 지우세요.';
    case 'startWithDash':
      return '각 항목을 `- ` 기호로 시작하세요.';
    case 'writeList':
      return '`["word", "word"]`처럼 쓰거나 한 줄에 `- word` 하나씩 쓰세요.';
  }
}

export const typeMismatchMessages: Localized<TypeMismatchMessages> = {
  en: {
    mismatch: (subject, e, f, a) => `${subject} must be ${expected(EN_EXPECTED, e)}, but it is ${foundEn(f)}. ${adviceEn(a)}`.trim(),
    emptyKey: (name, e) =>
      `\`${name}\` has no value, so Kubernetes ignores it; it should be ${expected(EN_EXPECTED, e)}. Indent its content under it, or remove the key.`,
    entry: 'entry',
    value: 'value',
    quote: (quoted) => `Quote the value: ${quoted}`,
    unquote: (unquoted) => `Remove the quotes: ${unquoted}`,
    asList: (list) => `Write it as a list: ${list}`,
    asListEntry: 'Make it a list entry (add `- `)',
  },
  ko: {
    mismatch: (subject, e, f, a) => `${subject} 값은 ${expected(KO_EXPECTED, e)} 하는데 지금은 ${foundKo(f)}입니다. ${adviceKo(a)}`.trim(),
    emptyKey: (name, e) =>
      `\`${name}\` 키에 값이 없어서 Kubernetes가 이 키를 무시합니다. \`${name}\` 값은 ${expected(KO_EXPECTED, e)} 합니다. 그 아래에 내용을 들여써서 넣거나 키를 지우세요.`,
    entry: '항목',
    value: '값',
    quote: (quoted) => `따옴표로 감싸기: ${quoted}`,
    unquote: (unquoted) => `따옴표 지우기: ${unquoted}`,
    asList: (list) => `리스트로 쓰기: ${list}`,
    asListEntry: '리스트 항목으로 만들기(`- ` 추가)',
  },
};
