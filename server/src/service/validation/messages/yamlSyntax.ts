// Messages of yaml-syntax, tab-indent and duplicate-key (rules/yamlSyntax.ts).
import type { Localized } from './localized';

export interface YamlSyntaxMessages {
  tabIndent: string;
  replaceTabs: string;
  replaceTabsEverywhere: string;
  /** An error of the `yaml` parser, in its own (English) words, with a hint for its error code. */
  parserError(parserMessage: string, code: string): string;
  slashComment: string;
  makeHashComment: string;
  /** `image:nginx`. */
  gluedColon(key: string): string;
  addSpaceAfterColon: string;
  /** `next:` written `delta` columns right of `name:` on the line above. */
  overIndented(next: string, name: string, delta: number): string;
  alignWith(name: string): string;
  undefinedAlias(name: string): string;
  duplicateKey(name: string): string;
  firstDefinition(name: string): string;
}

/** A plain hint per parser error code, for the mistakes people make by hand. */
const EN_HINTS: Readonly<Record<string, string>> = {
  BAD_INDENT: 'Check the indentation of this line against the lines above it.',
  MISSING_CHAR: 'Each key needs a colon and a space before its value (`key: value`).',
  MULTILINE_IMPLICIT_KEY: 'A key must fit on one line; check for a missing colon or a stray line break.',
  BLOCK_AS_IMPLICIT_KEY: 'Check the indentation: a nested block cannot be used as a key.',
  UNEXPECTED_TOKEN: 'Check for a stray character, a missing quote or a wrong indentation.',
  MISSING_ANCHOR: 'An alias (`*name`) must refer to an anchor (`&name`) defined earlier in the same document.',
  BAD_DQ_ESCAPE: 'Inside double quotes a backslash starts an escape; double it (`\\\\`) or use single quotes.',
};

const KO_HINTS: Readonly<Record<string, string>> = {
  BAD_INDENT: '이 줄의 들여쓰기를 위 줄들과 비교해 확인하세요.',
  MISSING_CHAR: '키와 값 사이에는 콜론과 공백이 있어야 합니다(`key: value`).',
  MULTILINE_IMPLICIT_KEY: '키는 한 줄 안에 있어야 합니다. 콜론이 빠졌거나 줄이 잘못 바뀌지 않았는지 확인하세요.',
  BLOCK_AS_IMPLICIT_KEY: '들여쓰기를 확인하세요. 중첩된 블록은 키로 쓸 수 없습니다.',
  UNEXPECTED_TOKEN: '불필요한 문자나 빠진 따옴표가 없는지, 들여쓰기가 잘못되지 않았는지 확인하세요.',
  MISSING_ANCHOR: '별칭(`*name`)은 같은 문서에서 앞서 정의한 앵커(`&name`)를 가리켜야 합니다.',
  BAD_DQ_ESCAPE: '큰따옴표 안에서 백슬래시는 이스케이프 문자의 시작입니다. 백슬래시를 두 번 쓰거나(`\\\\`) 작은따옴표를 쓰세요.',
};

/** The English message may end without advice; a Korean one always says what to look at. */
const KO_FALLBACK_HINT = '이 줄과 위 줄의 들여쓰기, 따옴표와 괄호의 짝을 확인하세요.';

export const yamlSyntaxMessages: Localized<YamlSyntaxMessages> = {
  en: {
    tabIndent: 'Tabs are not allowed for indentation in YAML. Indent with spaces (2 per level is usual).',
    replaceTabs: 'Replace tabs with spaces',
    replaceTabsEverywhere: 'Replace tabs with spaces in all lines of this document',
    parserError: (parserMessage, code) => `YAML syntax error: ${parserMessage}. ${EN_HINTS[code] ?? ''}`.trim(),
    slashComment:
      'YAML syntax error: `//` does not start a comment in YAML, so this line is read as a key without a value. Comments start with `#`.',
    makeHashComment: 'Make it a `#` comment',
    gluedColon: (key) =>
      `YAML syntax error: \`${key}:\` needs a space after the colon, otherwise the line is read as one text value instead of a key and a value.`,
    addSpaceAfterColon: 'Add a space after the colon',
    overIndented: (next, name, delta) =>
      `YAML syntax error: \`${next}:\` is indented ${delta} more than \`${name}:\` on the line above, so YAML cannot tell where the value of \`${name}\` ends. Align \`${next}:\` with \`${name}:\`.`,
    alignWith: (name) => `Align with \`${name}:\``,
    undefinedAlias: (name) =>
      `YAML syntax error: the alias \`*${name}\` refers to an anchor \`&${name}\` that is not defined earlier in this document. Define the anchor first, or write the value here.`,
    duplicateKey: (name) =>
      `\`${name}\` is already defined earlier in this mapping. kubectl rejects duplicate keys ("mapping key already defined"); keep one and merge their contents.`,
    firstDefinition: (name) => `first \`${name}\` here`,
  },
  ko: {
    tabIndent: 'YAML에서는 들여쓰기에 탭을 쓸 수 없습니다. 공백으로 들여쓰세요(보통 한 단계에 공백 2칸).',
    replaceTabs: '탭을 공백으로 바꾸기',
    replaceTabsEverywhere: '이 문서의 모든 줄에서 탭을 공백으로 바꾸기',
    // The parser's own words stay at the end, for searching the web; the Korean says what to do.
    parserError: (parserMessage, code) =>
      `YAML 문법 오류: 이 부분을 YAML로 읽을 수 없습니다. ${KO_HINTS[code] ?? KO_FALLBACK_HINT} (파서 메시지: ${parserMessage})`,
    slashComment:
      'YAML 문법 오류: YAML에서는 `//` 기호로 주석을 시작할 수 없어서 이 줄이 값 없는 키로 읽힙니다. 주석은 `#` 기호로 시작하세요.',
    makeHashComment: '`#` 주석으로 바꾸기',
    gluedColon: (key) =>
      `YAML 문법 오류: \`${key}:\`의 콜론 뒤에 공백이 있어야 합니다. 공백이 없으면 이 줄은 키와 값이 아니라 하나의 텍스트 값으로 읽힙니다.`,
    addSpaceAfterColon: '콜론 뒤에 공백 넣기',
    overIndented: (next, name, delta) =>
      `YAML 문법 오류: \`${next}:\` 줄이 윗줄의 \`${name}:\`보다 ${delta}칸 더 들여써져 있어서, YAML은 \`${name}\` 값이 어디서 끝나는지 알 수 없습니다. \`${next}:\` 줄을 \`${name}:\` 줄과 같은 위치에 맞추세요.`,
    alignWith: (name) => `\`${name}:\` 줄에 맞추기`,
    undefinedAlias: (name) =>
      `YAML 문법 오류: 별칭 \`*${name}\`에 해당하는 앵커 \`&${name}\` 정의가 이 문서의 앞부분에 없습니다. 앵커를 먼저 정의하거나 값을 여기에 직접 쓰세요.`,
    duplicateKey: (name) =>
      `\`${name}\` 키는 이 매핑의 앞부분에 이미 정의되어 있습니다. kubectl은 중복된 키를 거부합니다("mapping key already defined"). 하나만 남기고 두 곳의 내용을 합치세요.`,
    firstDefinition: (name) => `\`${name}\` 키가 처음 나온 곳`,
  },
};
