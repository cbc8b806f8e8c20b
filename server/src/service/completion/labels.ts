// Completion wording in the languages Podwright explains in: item details, skeleton titles and the
// heading that sets the official (English) Kubernetes text apart in Korean.
import { hoverLabels } from '../hover/labels';
import type { Language } from '../settings';

export interface CompletionLabels {
  /** A type label as it reads in this language (the same wording hovers use). */
  readonly typeName: (label: string) => string;
  /** Appended to a field's type in its detail: `string · required`. */
  readonly required: string;
  readonly newManifest: (kind: string) => string;
  readonly volumeOfPod: string;
  readonly containerOfPod: string;
  readonly containerPort: (port: string) => string;
  /** A label pair that the selector and the pod template's labels should share. */
  readonly templateLabel: string;
  readonly selectorLabel: string;
  /** Documentation of a field: our explanation (when there is one) and the official summary. */
  readonly fieldDocumentation: (explanation: string | undefined, officialSummary: string) => string;
  /** Documentation of an enum value from its official note. */
  readonly enumDocumentation: (value: string, officialNote: string) => string;
}

const EN: CompletionLabels = {
  typeName: hoverLabels('en').typeName,
  required: 'required',
  newManifest: (kind) => `New ${kind} manifest`,
  volumeOfPod: 'volume of this pod',
  containerOfPod: 'container of this pod',
  containerPort: (port) => `container port ${port}`.trim(),
  templateLabel: 'label of the pod template',
  selectorLabel: 'label the selector matches',
  // English lists keep the official summary alone, as they always have.
  fieldDocumentation: (_explanation, summary) => summary,
  enumDocumentation: (value, note) => `\`${value}\` ${note}`,
};

// The heading hovers put over official text, so both read the same.
const OFFICIAL_KO = `*${hoverLabels('ko').official}:*`;

const KO: CompletionLabels = {
  typeName: hoverLabels('ko').typeName,
  required: '필수',
  newManifest: (kind) => `새 ${kind} 매니페스트`,
  volumeOfPod: '이 파드의 볼륨',
  containerOfPod: '이 파드의 컨테이너',
  containerPort: (port) => `컨테이너 포트 ${port}`.trim(),
  templateLabel: '파드 템플릿의 레이블',
  selectorLabel: '셀렉터가 고르는 레이블',
  fieldDocumentation: (explanation, summary) =>
    [explanation, summary ? `${OFFICIAL_KO} ${summary}` : undefined].filter((part) => part !== undefined && part !== '').join('\n\n'),
  enumDocumentation: (value, note) => `${OFFICIAL_KO} \`${value}\` ${note}`,
};

export function completionLabels(language: Language): CompletionLabels {
  return language === 'ko' ? KO : EN;
}
