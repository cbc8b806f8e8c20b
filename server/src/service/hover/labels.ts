// Hover labels in the languages Podwright explains in.
import type { Language } from '../settings';

export interface HoverLabels {
  readonly required: string;
  readonly optional: string;
  readonly allowedValues: string;
  readonly defaultValue: string;
  readonly versions: string;
  readonly allVersions: (first: string, last: string) => string;
  readonly since: (version: string) => string;
  readonly until: (version: string) => string;
  readonly official: string;
  /** Heading of a custom resource field's description, which its CRD's authors wrote. */
  readonly schemaDescription: string;
  /** Where a custom resource's schema came from (`CustomResourceDefinition widgets.example.com`). */
  readonly schemaSource: string;
  readonly reference: string;
  readonly value: string;
  readonly registry: string;
  readonly repository: string;
  readonly tag: string;
  readonly digest: string;
  readonly noTag: string;
  readonly pullPolicy: (policy: string, explicit: boolean) => string;
  readonly dockerHub: string;
  /** A type label (`integer or string`, `Container[]`) as it reads in this language. */
  readonly typeName: (label: string) => string;
  /** The hover of an enum value with its official note (English data, shown as it is). */
  readonly enumValue: (value: string, officialNote: string | undefined) => string;
}

const EN: HoverLabels = {
  required: 'required',
  optional: 'optional',
  allowedValues: 'Allowed values',
  defaultValue: 'Default',
  versions: 'Kubernetes',
  allVersions: (first, last) => `${first}–${last} (every modelled version)`,
  since: (version) => `since ${version}`,
  until: (version) => `removed after ${version}`,
  official: 'Official description',
  schemaDescription: 'Schema description',
  schemaSource: 'Schema',
  reference: 'API reference',
  value: 'Value',
  registry: 'Registry',
  repository: 'Repository',
  tag: 'Tag',
  digest: 'Digest',
  noTag: 'none (means `latest`)',
  pullPolicy: (policy, explicit) => (explicit ? `Pull policy: \`${policy}\`` : `Pull policy when unset: \`${policy}\``),
  dockerHub: 'docker.io (Docker Hub, the default)',
  typeName: (label) => label,
  enumValue: (value, note) => `\`${value}\`${note ? ` ${note}` : ''}`,
};

const VALUE_KO = '값';
const OFFICIAL_KO = '공식 설명';

const KO: HoverLabels = {
  required: '필수',
  optional: '선택',
  allowedValues: '허용되는 값',
  defaultValue: '기본값',
  versions: 'Kubernetes 버전',
  allVersions: (first, last) => `${first}–${last} (지원하는 모든 버전)`,
  since: (version) => `${version}부터`,
  until: (version) => `${version} 이후 제거됨`,
  official: OFFICIAL_KO,
  schemaDescription: '스키마 설명',
  schemaSource: '스키마',
  reference: 'API 레퍼런스',
  value: VALUE_KO,
  registry: '레지스트리',
  repository: '저장소',
  tag: '태그',
  digest: '다이제스트',
  noTag: '없음 (`latest`로 취급)',
  pullPolicy: (policy, explicit) => (explicit ? `이미지 풀 정책: \`${policy}\`` : `지정하지 않았을 때의 이미지 풀 정책: \`${policy}\``),
  dockerHub: 'docker.io (기본값인 Docker Hub)',
  // Type names stay as the API spells them; only our own wording between them is translated.
  typeName: (label) => label.replace(/integer or string/g, 'integer 또는 string'),
  // The English note is official text: set apart under the same heading the key hover uses.
  enumValue: (value, note) => `**${VALUE_KO}:** \`${value}\`${note ? `\n\n---\n\n*${OFFICIAL_KO}:* \`${value}\` ${note}` : ''}`,
};

export function hoverLabels(language: Language): HoverLabels {
  return language === 'ko' ? KO : EN;
}
