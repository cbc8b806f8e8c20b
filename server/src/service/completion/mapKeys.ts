// Well-known keys for free-form maps: resource names in requests/limits, node labels in
// nodeSelector, and the annotations kubectl itself reads.
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Range } from 'vscode-languageserver-types';
import type { ResolvedField } from '../schema/model';
import type { Language } from '../settings';

interface KnownKey {
  readonly key: string;
  readonly detail: Readonly<Record<Language, string>>;
  readonly value: string;
}

const RESOURCES: readonly KnownKey[] = [
  { key: 'cpu', detail: { en: 'CPU cores: 500m = half a core', ko: 'CPU 코어: 500m = 코어 절반' }, value: '${1:500m}' },
  { key: 'memory', detail: { en: 'bytes: 128Mi, 1Gi', ko: '바이트: 128Mi, 1Gi' }, value: '${1:128Mi}' },
  { key: 'ephemeral-storage', detail: { en: 'local disk: 1Gi', ko: '로컬 디스크: 1Gi' }, value: '${1:1Gi}' },
];

const NODE_LABELS: readonly KnownKey[] = [
  { key: 'kubernetes.io/os', detail: { en: 'linux or windows', ko: 'linux 또는 windows' }, value: '${1|linux,windows|}' },
  { key: 'kubernetes.io/arch', detail: { en: 'amd64, arm64, …', ko: 'amd64, arm64, …' }, value: '${1|amd64,arm64|}' },
  { key: 'kubernetes.io/hostname', detail: { en: 'one node by name', ko: '이름으로 고르는 노드 하나' }, value: '${1}' },
  { key: 'topology.kubernetes.io/zone', detail: { en: 'a zone', ko: '가용 영역' }, value: '${1}' },
];

const ANNOTATIONS: readonly KnownKey[] = [
  {
    key: 'kubectl.kubernetes.io/default-container',
    detail: { en: 'container that logs/exec use by default', ko: 'kubectl logs/exec가 기본으로 쓰는 컨테이너' },
    value: '${1}',
  },
];

function knownKeys(field: ResolvedField | undefined): readonly KnownKey[] {
  if (!field) return [];
  if ((field.name === 'limits' || field.name === 'requests') && field.ownerTypeId.endsWith('.ResourceRequirements')) return RESOURCES;
  if (field.name === 'nodeSelector') return NODE_LABELS;
  if (field.name === 'annotations' && field.ownerTypeId.endsWith('.ObjectMeta')) return ANNOTATIONS;
  return [];
}

export function mapKeyCompletions(
  field: ResolvedField | undefined,
  present: ReadonlySet<string>,
  range: Range,
  language: Language,
  /** Appended after the value (`, ` where a flow mapping goes on after the cursor). */
  suffix = '',
): CompletionItem[] {
  return knownKeys(field)
    .filter((k) => !present.has(k.key))
    .map((k, index) => ({
      label: k.key,
      kind: CompletionItemKind.Property,
      detail: k.detail[language],
      sortText: `0_${String(index).padStart(2, '0')}`,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range, newText: `${k.key}: ${k.value}${suffix}` },
    }));
}
