// Hovers that read the workspace index: on a Service selector, the workloads it selects; on the
// `key` of a ConfigMap or Secret reference, where that key is defined (and a ConfigMap's value).
import type { ParsedChunk } from '../document/manifest';
import type { PathSegment } from '../schema/resolvePath';
import type { Language } from '../settings';
import { stringMap, summarize } from '../workspace/objectSummary';
import type { IndexedObject, IndexView } from '../workspace/workspaceIndex';
import { podMakersFor, podsSelectedBy } from '../workspace/selectors';
import type { WorkspaceScope } from '../validation/validate';

const LABELS: Readonly<
  Record<
    Language,
    {
      selects: string;
      selectsNone: string;
      noPods: string;
      value: (kind: string, name: string, where: string) => string;
      secretHidden: string;
      keyMissing: (kind: string, name: string) => string;
    }
  >
> = {
  en: {
    selects: 'Selects the pods of',
    selectsNone: 'Selects no pod of the workspace: no workload here has all of these labels.',
    noPods: 'The workspace holds no pods for this namespace, so what it selects is decided in the cluster.',
    value: (kind, name, where) => `From ${kind} \`${name}\` (${where})`,
    secretHidden: 'The value of a Secret is not shown.',
    keyMissing: (kind, name) => `${kind} \`${name}\` in the workspace has no such key.`,
  },
  ko: {
    selects: '다음 워크로드의 파드를 고릅니다',
    selectsNone: '워크스페이스의 파드를 하나도 고르지 않습니다. 이 레이블을 모두 가진 워크로드가 없습니다.',
    noPods: '워크스페이스에 이 네임스페이스의 파드가 없으므로, 무엇을 고르는지는 클러스터에서 정해집니다.',
    value: (kind, name, where) => `${kind} \`${name}\`(${where})의 값`,
    secretHidden: '시크릿의 값은 보여 주지 않습니다.',
    keyMissing: (kind, name) => `워크스페이스의 ${kind} \`${name}\`에는 이 키가 없습니다.`,
  },
};

const SHOWN = 8;

export function workspaceHover(
  chunk: ParsedChunk,
  uri: string,
  path: readonly PathSegment[],
  scope: WorkspaceScope,
  language: Language,
): string | undefined {
  const index = scope.viewFrom(uri);
  const summary = summarize(chunk);
  if (!summary) return undefined;
  const say = LABELS[language];
  if (summary.service && path[0] === 'spec' && path[1] === 'selector')
    return selectorHover(summary.namespace, summary.service.selector, index, scope, say);
  const last = path[path.length - 1];
  const refKind = path[path.length - 2];
  if (last === 'key' && (refKind === 'configMapKeyRef' || refKind === 'secretKeyRef')) {
    const fields = stringMap(chunk.yaml.getIn(path.slice(0, -1), true));
    const name = fields['name'];
    const key = fields['key'];
    if (!name || !key) return undefined;
    const kind = refKind === 'configMapKeyRef' ? 'ConfigMap' : 'Secret';
    const target = index.find(kind, name, summary.namespace);
    if (!target?.data) return undefined;
    const entry = target.data.find((d) => d.key === key);
    if (!entry) return say.keyMissing(kind, name);
    const head = say.value(kind, name, scope.describePlace(target));
    if (kind === 'Secret') return `${head}. ${say.secretHidden}`;
    return entry.value === undefined ? head : `${head}:\n\n\`\`\`\n${entry.value}\n\`\`\``;
  }
  return undefined;
}

function selectorHover(
  namespace: string | undefined,
  selector: Readonly<Record<string, string>> | undefined,
  index: IndexView,
  scope: WorkspaceScope,
  say: (typeof LABELS)[Language],
): string | undefined {
  if (!selector || Object.keys(selector).length === 0) return undefined;
  const selected = podsSelectedBy(index, selector, namespace);
  if (selected.length === 0) return podMakersFor(index, namespace).length > 0 ? say.selectsNone : say.noPods;
  const line = (o: IndexedObject): string => `- ${o.kind} \`${o.name ?? '?'}\` (${scope.describePlace(o)})`;
  return [`${say.selects}:`, ...selected.slice(0, SHOWN).map(line), ...(selected.length > SHOWN ? ['- …'] : [])].join('\n');
}
