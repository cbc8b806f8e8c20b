// Words of the kustomization checks (kustomize/rule.ts, kustomize/paths.ts), English and Korean.
import type { Localized } from '../validation/messages/localized';

export interface KustomizeMessages {
  unknownField(key: string, owner: string, best: string | undefined): string;
  change(name: string): string;
  deprecated(key: string, replacement: string): string;
  expected(key: string, shape: 'list' | 'map' | 'string' | 'boolean' | 'integer'): string;
  quoteNumber(key: string): string;
  invalidValue(key: string, value: string, allowed: readonly string[]): string;
  wrongKind(kind: string): string;
  wrongApiVersion(kind: string, expected: string): string;
  imageWithoutName: string;
  imageNameWithTag(name: string): string;
  invalidTag(tag: string): string;
  invalidDigest(digest: string): string;
  newNameWithTag(name: string): string;
  missingPath(path: string): string;
  notAFolder(path: string): string;
  notAFile(path: string): string;
  noKustomization(path: string): string;
  patchWithoutSource: string;
}

const SHAPES_EN = {
  list: 'a list',
  map: 'a map of fields',
  string: 'a string',
  boolean: 'true or false',
  integer: 'a whole number',
} as const;
const SHAPES_KO = { list: '목록', map: '필드 맵', string: '문자열', boolean: 'true 또는 false', integer: '정수' } as const;

export const kustomizeMessages: Localized<KustomizeMessages> = {
  en: {
    unknownField: (key, owner, best) =>
      best
        ? `Unknown field \`${key}\` in ${owner}: did you mean \`${best}\`?`
        : `Unknown field \`${key}\` in ${owner}. kustomize refuses a kustomization with fields it does not know.`,
    change: (name) => `Change to \`${name}\``,
    deprecated: (key, replacement) =>
      `\`${key}\` is deprecated; kustomize still reads it, but \`${replacement}\` replaces it (\`kustomize edit fix\` rewrites it).`,
    expected: (key, shape) => `\`${key}\` must be ${SHAPES_EN[shape]}.`,
    quoteNumber: (key) => `\`${key}\` is read as a number; kustomize expects a string here. Quote it.`,
    invalidValue: (key, value, allowed) =>
      `\`${value}\` is not a value of \`${key}\`; expected one of ${allowed.map((a) => `\`${a}\``).join(', ')}.`,
    wrongKind: (kind) => `\`${kind}\` is not a kustomization kind; expected \`Kustomization\` or \`Component\`.`,
    wrongApiVersion: (kind, expected) => `A ${kind} takes \`apiVersion: ${expected}\`.`,
    imageWithoutName: 'An image override needs `name`: the image, as the resources write it, that it changes.',
    imageNameWithTag: (name) =>
      `\`name\` is matched against image names without their tag or digest; \`${name}\` never matches. Put the tag in \`newTag\`.`,
    invalidTag: (tag) =>
      `\`${tag}\` is not a valid image tag (letters, digits, \`_\`, \`.\` and \`-\`, at most 128, not starting with \`.\` or \`-\`).`,
    invalidDigest: (digest) => `\`${digest}\` is not a digest; write it as \`sha256:\` followed by 64 hex digits.`,
    newNameWithTag: (name) =>
      `\`newName\` holds a tag or digest (\`${name}\`); put it in \`newTag\` or \`digest\` so kustomize does not produce an image with two tags.`,
    missingPath: (path) => `\`${path}\` does not exist (relative to this kustomization).`,
    notAFolder: (path) => `\`${path}\` is a file; this list takes folders that hold a kustomization.`,
    notAFile: (path) => `\`${path}\` is a folder; this list takes files.`,
    noKustomization: (path) => `The folder \`${path}\` has no kustomization.yaml, kustomization.yml or Kustomization file.`,
    patchWithoutSource: 'A patch needs `path` (a file) or `patch` (the patch written inline).',
  },
  ko: {
    unknownField: (key, owner, best) =>
      best
        ? `${owner}에는 \`${key}\` 필드가 없습니다. \`${best}\` 필드를 쓰려던 것인가요?`
        : `${owner}에는 \`${key}\` 필드가 없습니다. kustomize는 모르는 필드가 있는 kustomization을 거부합니다.`,
    change: (name) => `\`${name}\`(으)로 바꾸기`,
    deprecated: (key, replacement) =>
      `\`${key}\`는 더 이상 쓰지 않습니다. kustomize가 아직 읽지만 \`${replacement}\`로 바뀌었습니다(\`kustomize edit fix\`가 고쳐 줍니다).`,
    expected: (key, shape) => `\`${key}\`에는 ${SHAPES_KO[shape]}을(를) 적어야 합니다.`,
    quoteNumber: (key) => `\`${key}\`가 숫자로 읽힙니다. kustomize는 여기에 문자열을 기대하니 따옴표로 감싸세요.`,
    invalidValue: (key, value, allowed) =>
      `\`${value}\`는 \`${key}\`의 값이 아닙니다. ${allowed.map((a) => `\`${a}\``).join(', ')} 중 하나를 쓰세요.`,
    wrongKind: (kind) => `\`${kind}\`는 kustomization의 kind가 아닙니다. \`Kustomization\` 또는 \`Component\`를 쓰세요.`,
    wrongApiVersion: (kind, expected) => `${kind}의 apiVersion은 \`${expected}\`입니다.`,
    imageWithoutName: '이미지 변경에는 `name`이 필요합니다. 리소스에 적힌, 바꿀 이미지의 이름입니다.',
    imageNameWithTag: (name) =>
      `\`name\`은 태그나 다이제스트를 뺀 이미지 이름과 비교되므로 \`${name}\`은(는) 어떤 이미지와도 맞지 않습니다. 태그는 \`newTag\`에 적으세요.`,
    invalidTag: (tag) =>
      `\`${tag}\`는 올바른 이미지 태그가 아닙니다(영문자, 숫자, \`_\`, \`.\`, \`-\`로 128자 이하, \`.\`나 \`-\`로 시작하지 않음).`,
    invalidDigest: (digest) => `\`${digest}\`는 다이제스트가 아닙니다. \`sha256:\` 뒤에 16진수 64자로 적으세요.`,
    newNameWithTag: (name) =>
      `\`newName\`에 태그나 다이제스트가 들어 있습니다(\`${name}\`). 태그가 두 번 붙지 않도록 \`newTag\`나 \`digest\`에 적으세요.`,
    missingPath: (path) => `\`${path}\`가 없습니다(이 kustomization 기준 상대 경로).`,
    notAFolder: (path) => `\`${path}\`는 파일입니다. 이 목록에는 kustomization이 있는 폴더를 적습니다.`,
    notAFile: (path) => `\`${path}\`는 폴더입니다. 이 목록에는 파일을 적습니다.`,
    noKustomization: (path) => `\`${path}\` 폴더에 kustomization.yaml, kustomization.yml, Kustomization 파일이 없습니다.`,
    patchWithoutSource: '패치에는 `path`(파일)나 `patch`(직접 쓴 패치)가 필요합니다.',
  },
};
