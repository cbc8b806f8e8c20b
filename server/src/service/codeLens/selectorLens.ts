// A code lens over each Service selector: how many workloads of the workspace it selects (what
// the selector hover lists), with where they are, so the editor can open them.
import type { Location, Range } from 'vscode-languageserver-types';
import type { Manifest } from '../document/manifest';
import type { Language } from '../settings';
import type { WorkspaceScope } from '../validation/validate';
import { summarize } from '../workspace/objectSummary';
import type { IndexView } from '../workspace/workspaceIndex';
import { podsSelectedBy } from '../workspace/selectors';
import { mapAt, pairOf } from '../util/yamlAccess';

export interface SelectedWorkload {
  readonly location: Location;
  /** `Deployment web (k8s/web.yaml:12)`, for lists and pickers. */
  readonly label: string;
}

export interface SelectorLens {
  /** The `selector` key of the Service. */
  readonly range: Range;
  /** `selects 2 workloads` in the language asked for. */
  readonly title: string;
  /** The Service's name as written (may be absent while typed). */
  readonly service?: string;
  readonly workloads: readonly SelectedWorkload[];
}

export interface SelectorLensWords {
  selects(count: number): string;
  readonly noWorkload: string;
  /** A message naming what the lens counts: `Service web selects 2 workloads: …`. */
  listed(service: string | undefined, title: string, labels: readonly string[]): string;
  /** Asking which of several to open. */
  pick(service: string | undefined, title: string): string;
}

const WORDS: Readonly<Record<Language, SelectorLensWords>> = {
  en: {
    selects: (count) => (count === 1 ? 'selects 1 workload' : `selects ${count} workloads`),
    noWorkload: 'selects no workload in the workspace',
    listed: (service, title, labels) => `Service ${service ?? ''} ${title}${labels.length > 0 ? `: ${labels.join(', ')}` : '.'}`,
    pick: (service, title) => `Service ${service ?? ''} ${title}. Open which one?`,
  },
  ko: {
    selects: (count) => `워크로드 ${count}개를 고릅니다`,
    noWorkload: '워크스페이스에서 고르는 워크로드가 없습니다',
    listed: (service, title, labels) => `서비스 ${service ?? ''}: ${title}${labels.length > 0 ? ` — ${labels.join(', ')}` : '.'}`,
    pick: (service, title) => `서비스 ${service ?? ''}: ${title}. 어느 것을 열까요?`,
  },
};

export function selectorLensWords(language: Language): SelectorLensWords {
  return WORDS[language];
}

export function selectorLenses(manifest: Manifest, uri: string, scope: WorkspaceScope, language: Language): SelectorLens[] {
  const lenses: SelectorLens[] = [];
  let view: IndexView | undefined;
  for (const document of manifest.documents) {
    const summary = summarize(document.chunk);
    const service = summary?.service;
    if (!summary || !service?.selector || service.type === 'ExternalName' || Object.keys(service.selector).length === 0) continue;
    const key = pairOf(mapAt(document.chunk.yaml.contents, 'spec'), 'selector')?.key;
    const keyRange = key?.range;
    if (!keyRange) continue;
    const selected = podsSelectedBy((view ??= scope.viewFrom(uri)), service.selector, summary.namespace);
    const words = WORDS[language];
    lenses.push({
      range: manifest.lines.rangeOf(document.start + keyRange[0], document.start + keyRange[1]),
      title: selected.length === 0 ? words.noWorkload : words.selects(selected.length),
      ...(summary.name !== undefined ? { service: summary.name } : {}),
      workloads: selected.map((o) => ({
        location: { uri: o.uri, range: o.range },
        label: `${o.kind} ${o.name ?? '?'} (${scope.describePlace(o)})`,
      })),
    });
  }
  return lenses;
}
