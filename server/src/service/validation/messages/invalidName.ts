// Messages of invalid-name (rules/invalidName.ts), including why a name breaks its format
// (util/names.ts finds the problem; it is worded here).
import type { NameAlphabet, NameIssue } from '../../util/names';
import type { Localized } from './localized';

/** A name's format problem, or a limit that comes from the kind of object it names. */
export type NameProblem =
  NameIssue | { readonly kind: 'cronJobTooLong'; readonly length: number } | { readonly kind: 'jobTooLong'; readonly length: number };

export type NameFormat = 'label' | 'subdomain' | 'portName' | 'dns1035' | 'pathSegment';

/** Whose name it is: an object of some kind (`Pod`, `Deployment`, …), or a part of a pod. */
export type NameSubject =
  | { readonly objectKind: string }
  | 'namespace'
  | 'container'
  | 'initContainer'
  | 'ephemeralContainer'
  | 'port'
  | 'volume'
  | 'servicePort'
  | 'externalName';

export interface InvalidNameMessages {
  issue(problem: NameProblem): string;
  invalid(subject: NameSubject, name: string, problem: NameProblem, format: NameFormat, hint: string, example: string | undefined): string;
  tagOnContainerName: string;
  rename(name: string): string;
}

const ALPHABET_EN: Record<NameAlphabet, string> = {
  label: "use only lower-case letters, digits and '-'",
  subdomain: "use only lower-case letters, digits, '-' and '.'",
  pathSegment: "any character but '/' and '%'",
};

const FORMAT_EN: Record<NameFormat, string> = {
  label: "a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit, at most 63 characters",
  subdomain: "a DNS-1123 subdomain: lower-case letters, digits, '-' and '.', at most 253 characters",
  portName: "an IANA service name: at most 15 lower-case letters, digits and '-', with at least one letter",
  dns1035:
    "a DNS-1035 label: lower-case letters, digits and '-', starting with a letter and ending with a letter or digit, at most 63 characters",
  pathSegment: "usable as part of a URL path: not `.` or `..`, and without '/' or '%'",
};

const SUBJECT_EN = {
  namespace: 'Namespace',
  container: 'Container name',
  initContainer: 'Init container name',
  ephemeralContainer: 'Ephemeral container name',
  port: 'Port name',
  volume: 'Volume name',
  servicePort: 'Service port name',
  externalName: 'External name',
} as const;

function issueEn(problem: NameProblem): string {
  switch (problem.kind) {
    case 'empty':
      return 'it is empty';
    case 'upperCase':
      return `it has upper-case letters; names must be all lower case (${ALPHABET_EN[problem.alphabet]})`;
    case 'characters': {
      const shown = problem.characters.map((ch) => (ch === ' ' ? 'a space' : `'${ch}'`)).join(', ');
      const verb = problem.characters.length > 1 || problem.alsoUpperCase ? 'are' : 'is';
      return `it contains ${shown}${problem.alsoUpperCase ? ' and upper-case letters' : ''}, which ${verb} not allowed (${ALPHABET_EN[problem.alphabet]})`;
    }
    case 'tooLong':
      return `it is ${problem.length} characters long; the limit is ${problem.max}`;
    case 'portNameTooLong':
      return `it is ${problem.length} characters long; port names may have at most ${problem.max}`;
    case 'dashAtEdge':
      return "it must start and end with a letter or digit, not '-'";
    case 'emptyDotPart':
      return "it has an empty part between dots, or starts or ends with '.'";
    case 'dotPartDashAtEdge':
      return "each dot-separated part must start and end with a letter or digit, not '-'";
    case 'noLetter':
      return 'it must contain at least one letter (a port name of digits only would look like a port number)';
    case 'portNameDashAtEdge':
      return "it must not start or end with '-'";
    case 'doubleDash':
      return "it must not contain '--'";
    case 'letterStart':
      return 'it must start with a letter, not a digit (a Service name becomes a DNS name in the cluster)';
    case 'dotName':
      return 'it cannot be `.` or `..`';
    case 'cronJobTooLong':
      return `it is ${problem.length} characters long; a CronJob name may have at most 52, because each Job it creates adds an 11-character suffix to it`;
    case 'jobTooLong':
      return `it is ${problem.length} characters long; a Job name may have at most 63, because it is copied into the \`job-name\` label of its pods`;
  }
}

const ALPHABET_KO: Record<NameAlphabet, string> = {
  label: "소문자, 숫자, '-'만 쓰세요",
  subdomain: "소문자, 숫자, '-', '.'만 쓰세요",
  pathSegment: "'/'와 '%'를 뺀 문자만 쓰세요",
};

const FORMAT_KO: Record<NameFormat, string> = {
  label: "DNS-1123 레이블 형식(소문자, 숫자, '-'로 이루어지고, 글자나 숫자로 시작하고 끝나며, 최대 63자)",
  subdomain: "DNS-1123 서브도메인 형식(소문자, 숫자, '-', '.'로 이루어지고, 최대 253자)",
  portName: "IANA 서비스 이름 형식(소문자, 숫자, '-'로 이루어진 최대 15자이고, 글자가 하나 이상 있음)",
  dns1035: "DNS-1035 레이블 형식(소문자, 숫자, '-'로 이루어지고, 글자로 시작하고 글자나 숫자로 끝나며, 최대 63자)",
  pathSegment: "URL 경로의 한 부분으로 쓸 수 있는 형식(`.`이나 `..`이 아니고 '/'와 '%'가 없음)",
};

const SUBJECT_KO = {
  namespace: '네임스페이스',
  container: '컨테이너 이름',
  initContainer: '초기화 컨테이너 이름',
  ephemeralContainer: '임시 컨테이너 이름',
  port: '포트 이름',
  volume: '볼륨 이름',
  servicePort: 'Service 포트 이름',
  externalName: '외부 이름(externalName)',
} as const;

function issueKo(problem: NameProblem): string {
  switch (problem.kind) {
    case 'empty':
      return '이름이 비어 있습니다';
    case 'upperCase':
      return `대문자가 들어 있습니다. 모두 소문자로 써야 합니다(${ALPHABET_KO[problem.alphabet]})`;
    case 'characters': {
      const shown = problem.characters.map((ch) => (ch === ' ' ? '공백' : `'${ch}'`)).join(', ');
      return `쓸 수 없는 문자가 들어 있습니다: ${shown}${problem.alsoUpperCase ? ', 대문자' : ''}(${ALPHABET_KO[problem.alphabet]})`;
    }
    case 'tooLong':
      return `길이가 ${problem.length}자로, 최대 ${problem.max}자를 넘습니다`;
    case 'portNameTooLong':
      return `길이가 ${problem.length}자인데, 포트 이름은 최대 ${problem.max}자까지 쓸 수 있습니다`;
    case 'dashAtEdge':
      return "'-'가 아니라 글자나 숫자로 시작하고 끝나야 합니다";
    case 'emptyDotPart':
      return "점 사이에 빈 부분이 있거나, '.'으로 시작하거나 끝납니다";
    case 'dotPartDashAtEdge':
      return "점으로 나뉜 각 부분은 '-'가 아니라 글자나 숫자로 시작하고 끝나야 합니다";
    case 'noLetter':
      return '글자가 하나 이상 있어야 합니다(숫자로만 된 포트 이름은 포트 번호처럼 보입니다)';
    case 'portNameDashAtEdge':
      return "'-'로 시작하거나 끝나면 안 됩니다";
    case 'doubleDash':
      return "'--'가 들어 있으면 안 됩니다";
    case 'letterStart':
      return '숫자가 아니라 글자로 시작해야 합니다(Service 이름은 클러스터 안에서 DNS 이름이 됩니다)';
    case 'dotName':
      return '`.`이나 `..`은 이름으로 쓸 수 없습니다';
    case 'cronJobTooLong':
      return `길이가 ${problem.length}자인데, CronJob 이름은 최대 52자까지입니다. CronJob이 만드는 Job마다 이 이름 뒤에 11자짜리 접미사가 붙기 때문입니다`;
    case 'jobTooLong':
      return `길이가 ${problem.length}자인데, Job 이름은 최대 63자까지입니다. 이 이름이 파드의 \`job-name\` 레이블에 그대로 복사되기 때문입니다`;
  }
}

export const invalidNameMessages: Localized<InvalidNameMessages> = {
  en: {
    issue: issueEn,
    invalid: (subject, name, problem, format, hint, example) => {
      const what = typeof subject === 'string' ? SUBJECT_EN[subject] : `${subject.objectKind} name`;
      return `${what} \`${name}\` is not valid: ${issueEn(problem)}. It must be ${FORMAT_EN[format]}.${hint}${example ? ` For example \`${example}\`.` : ''}`;
    },
    tagOnContainerName: ' A tag such as `:latest` belongs on `image:`, not on the container name.',
    rename: (name) => `Rename to \`${name}\``,
  },
  ko: {
    issue: issueKo,
    invalid: (subject, name, problem, format, hint, example) => {
      const what = typeof subject === 'string' ? SUBJECT_KO[subject] : `${subject.objectKind} 이름`;
      return `${what} \`${name}\`은(는) 올바르지 않습니다. ${issueKo(problem)}. 이름은 ${FORMAT_KO[format]}이어야 합니다.${hint}${example ? ` 예: \`${example}\`.` : ''}`;
    },
    tagOnContainerName: ' `:latest` 같은 태그는 컨테이너 이름이 아니라 `image:`에 붙입니다.',
    rename: (name) => `\`${name}\`(으)로 이름 바꾸기`,
  },
};
