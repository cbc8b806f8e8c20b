// Well-known keys for free-form maps: resource names in requests/limits, node labels in
// nodeSelector, and the annotations kubectl itself reads.
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Range } from 'vscode-languageserver-types';
import type { ResolvedField } from '../schema/model';

interface KnownKey {
  readonly key: string;
  readonly detail: string;
  readonly value: string;
}

const RESOURCES: readonly KnownKey[] = [
  { key: 'cpu', detail: 'CPU cores: 500m = half a core', value: '${1:500m}' },
  { key: 'memory', detail: 'bytes: 128Mi, 1Gi', value: '${1:128Mi}' },
  { key: 'ephemeral-storage', detail: 'local disk: 1Gi', value: '${1:1Gi}' },
];

const NODE_LABELS: readonly KnownKey[] = [
  { key: 'kubernetes.io/os', detail: 'linux or windows', value: '${1|linux,windows|}' },
  { key: 'kubernetes.io/arch', detail: 'amd64, arm64, …', value: '${1|amd64,arm64|}' },
  { key: 'kubernetes.io/hostname', detail: 'one node by name', value: '${1}' },
  { key: 'topology.kubernetes.io/zone', detail: 'a zone', value: '${1}' },
];

const ANNOTATIONS: readonly KnownKey[] = [
  { key: 'kubectl.kubernetes.io/default-container', detail: 'container that logs/exec use by default', value: '${1}' },
];

function knownKeys(field: ResolvedField | undefined): readonly KnownKey[] {
  if (!field) return [];
  if ((field.name === 'limits' || field.name === 'requests') && field.ownerTypeId.endsWith('.ResourceRequirements')) return RESOURCES;
  if (field.name === 'nodeSelector') return NODE_LABELS;
  if (field.name === 'annotations' && field.ownerTypeId.endsWith('.ObjectMeta')) return ANNOTATIONS;
  return [];
}

export function mapKeyCompletions(field: ResolvedField | undefined, present: ReadonlySet<string>, range: Range): CompletionItem[] {
  return knownKeys(field)
    .filter((k) => !present.has(k.key))
    .map((k, index) => ({
      label: k.key,
      kind: CompletionItemKind.Property,
      detail: k.detail,
      sortText: `0_${String(index).padStart(2, '0')}`,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range, newText: `${k.key}: ${k.value}` },
    }));
}
