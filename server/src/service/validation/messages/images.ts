// Messages of invalid-image and implicit-always-pull (rules/images.ts), including why an image
// reference cannot be read (util/imageRef.ts finds the problem; it is worded here).
import type { ImageIssue } from '../../util/imageRef';
import type { Localized } from './localized';

export interface ImageMessages {
  /** The issue followed by the shape of a valid reference. */
  problem(issue: ImageIssue): string;
  invalid(image: string, issue: ImageIssue, suggestion: string | undefined): string;
  changeImage(image: string): string;
  /** `latest`: the image uses the `latest` tag; otherwise it has no tag. */
  alwaysPull(image: string, latest: boolean): string;
  addPullPolicy: string;
  pinTag(image: string): string;
}

function issueEn(issue: ImageIssue): string {
  switch (issue.kind) {
    case 'registryPort':
      return `\`${issue.registry}\` is read as a registry host and port, but \`${issue.port}\` is not a port number`;
    case 'registryHost':
      return `\`${issue.registry}\` is not a valid registry host name`;
    case 'emptyPathPart':
      return "it has an empty part between '/' characters (or starts or ends with '/')";
    case 'upperCaseRepository':
      return 'repository names must be lower case';
    case 'badPathPart':
      return `\`${issue.component}\` is not a valid repository name part: use lower-case letters and digits, separated by '.', '_', '__' or '-'`;
    case 'nameTooLong':
      return `the name is ${issue.length} characters long; the limit is ${issue.max}`;
    case 'empty':
      return 'the image is empty';
    case 'spacesInside':
      return 'it contains spaces';
    case 'spacesAround':
      return 'it has spaces before or after it';
    case 'scheme':
      return `it starts with \`${issue.scheme}\`; image references have no URL scheme`;
    case 'manyAt':
      return "it has more than one '@'; only the digest follows '@'";
    case 'manyColons':
      // "After the last '/'" only means something to a reader whose image has a '/'.
      return `it has ${issue.count} ':' ${issue.slash ? "after the last '/'" : 'in its name'}, but only the tag follows a ':' (a user or organisation is separated from the repository by '/')`;
    case 'noRepository':
      return 'the repository name is missing';
    case 'emptyTag':
      return "it ends its name with ':' but no tag follows";
    case 'badTag':
      return `\`${issue.tag}\` is not a valid tag: up to 128 letters, digits, '_', '.' and '-', not starting with '.' or '-'`;
    case 'badDigest':
      return `\`${issue.digest}\` is not a valid digest: it looks like \`sha256:\` followed by 64 hexadecimal digits`;
  }
}

function issueKo(issue: ImageIssue): string {
  switch (issue.kind) {
    case 'registryPort':
      return `\`${issue.registry}\`은(는) 레지스트리 호스트와 포트로 읽히는데, \`${issue.port}\`은(는) 포트 번호가 아닙니다`;
    case 'registryHost':
      return `\`${issue.registry}\`은(는) 올바른 레지스트리 호스트 이름이 아닙니다`;
    case 'emptyPathPart':
      return "'/' 사이에 빈 부분이 있습니다('/'로 시작하거나 끝나는 경우도 포함)";
    case 'upperCaseRepository':
      return '저장소(repository) 이름은 소문자여야 합니다';
    case 'badPathPart':
      return `\`${issue.component}\`은(는) 저장소 이름에 쓸 수 없는 부분입니다. 소문자와 숫자를 쓰고, '.', '_', '__', '-'로 구분하세요`;
    case 'nameTooLong':
      return `이름이 ${issue.length}자로, 최대 ${issue.max}자를 넘습니다`;
    case 'empty':
      return '이미지가 비어 있습니다';
    case 'spacesInside':
      return '공백이 들어 있습니다';
    case 'spacesAround':
      return '앞이나 뒤에 공백이 있습니다';
    case 'scheme':
      return `\`${issue.scheme}\`(으)로 시작합니다. 이미지 참조에는 URL 스킴을 쓰지 않습니다`;
    case 'manyAt':
      return "'@'가 두 번 이상 나옵니다. '@' 뒤에는 다이제스트만 옵니다";
    case 'manyColons':
      return `${issue.slash ? "마지막 '/' 뒤에" : '이름에'} ':'가 ${issue.count}개 있지만, ':' 뒤에는 태그만 옵니다(사용자나 조직과 저장소 이름 사이는 '/'로 구분합니다)`;
    case 'noRepository':
      return '저장소 이름이 없습니다';
    case 'emptyTag':
      return "이름이 ':'로 끝나는데 뒤에 태그가 없습니다";
    case 'badTag':
      return `\`${issue.tag}\`은(는) 올바른 태그가 아닙니다. 태그는 글자, 숫자, '_', '.', '-'로 이루어진 최대 128자이고, '.'이나 '-'로 시작할 수 없습니다`;
    case 'badDigest':
      return `\`${issue.digest}\`은(는) 올바른 다이제스트가 아닙니다. 다이제스트는 \`sha256:\` 뒤에 16진수 64자리가 오는 형태입니다`;
  }
}

const problemEn = (issue: ImageIssue): string =>
  `${issueEn(issue)}; an image is written \`[registry/]repository[:tag][@digest]\`, for example \`nginx:1.27\` or \`docker.io/alice/app:1.0\``;

const problemKo = (issue: ImageIssue): string =>
  `${issueKo(issue)}. 이미지는 \`[registry/]repository[:tag][@digest]\` 형식으로 씁니다(예: \`nginx:1.27\`, \`docker.io/alice/app:1.0\`)`;

export const imageMessages: Localized<ImageMessages> = {
  en: {
    problem: problemEn,
    invalid: (image, issue, suggestion) =>
      `\`${image}\` is not a valid image reference: ${problemEn(issue)}.${suggestion !== undefined ? ` Did you mean \`${suggestion}\`?` : ''} The kubelet would refuse it with InvalidImageName.`,
    changeImage: (image) => `Change the image to \`${image}\``,
    alwaysPull: (image, latest) =>
      `\`${image}\` ${latest ? 'uses the `latest` tag' : 'has no tag'} and no \`imagePullPolicy\` is set, so Kubernetes uses \`Always\`: the kubelet pulls the image from the registry every time the container starts. ` +
      'An image you only built locally then fails with ErrImagePull / ImagePullBackOff. ' +
      'Set `imagePullPolicy: IfNotPresent` to use a local copy, or pin a version tag.',
    addPullPolicy: 'Add imagePullPolicy: IfNotPresent',
    pinTag: (image) => `Pin a version tag: \`${image}\` (use your image's real version)`,
  },
  ko: {
    problem: problemKo,
    invalid: (image, issue, suggestion) =>
      `\`${image}\`은(는) 올바른 이미지 참조가 아닙니다. ${problemKo(issue)}.${suggestion !== undefined ? ` \`${suggestion}\`을(를) 쓰려던 것인가요?` : ''} kubelet이 InvalidImageName 오류로 거부합니다.`,
    changeImage: (image) => `이미지를 \`${image}\`(으)로 바꾸기`,
    alwaysPull: (image, latest) =>
      `\`${image}\`은(는) ${latest ? '`latest` 태그를 쓰고' : '태그가 없고'} \`imagePullPolicy\`도 지정되지 않아서, Kubernetes는 \`Always\`를 사용합니다. 즉 kubelet이 컨테이너가 시작될 때마다 레지스트리에서 이미지를 받아옵니다. ` +
      '그래서 로컬에서만 빌드한 이미지는 ErrImagePull / ImagePullBackOff로 실패합니다. ' +
      '로컬에 있는 이미지를 쓰려면 `imagePullPolicy: IfNotPresent`를 지정하거나, 버전 태그를 고정하세요.',
    addPullPolicy: 'imagePullPolicy: IfNotPresent 추가하기',
    pinTag: (image) => `버전 태그 고정하기: \`${image}\` (실제 이미지 버전으로 바꿔 쓰세요)`,
  },
};
