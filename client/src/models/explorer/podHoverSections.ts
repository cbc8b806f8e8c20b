// The parts of a pod's tooltip that need requests (made only when the row is hovered): its most
// recent Warning events and its cpu/memory use against requests and limits. Markdown, no VS Code.
import { eventRow } from '../../core/present/eventRows';
import type { KubeEvent } from '../../core/kube/kubeTypes';
import { escapeMarkdown } from './podPresentation';

export interface HoverWords {
  readonly recentWarnings: string;
  readonly resourceUse: string;
  /** "this cluster serves no metrics API" */
  readonly noMetricsApi: string;
  /** "no metrics yet" (metrics-server has not measured the pod) */
  readonly noMetrics: string;
  /** `{0}` times, `{1}` ago */
  readonly repeated: (count: number, age: string) => string;
  readonly ago: (age: string) => string;
}

export interface HoverFacts {
  readonly warnings: readonly KubeEvent[];
  /** Lines from `usageLines`, or why there are none. */
  readonly usage: readonly string[] | 'unavailable' | 'none' | 'unknown';
}

export function podHoverSections(facts: HoverFacts, words: HoverWords, now: number): string {
  const parts: string[] = [];
  if (facts.warnings.length > 0) {
    const lines = facts.warnings.map((e) => {
      const row = eventRow(e, now);
      const when = row.count > 1 ? words.repeated(row.count, row.age) : words.ago(row.age);
      return `- \`${row.reason.replace(/`/g, '')}\` (${escapeMarkdown(when)}): ${escapeMarkdown(row.message)}`;
    });
    parts.push(`**$(warning) ${escapeMarkdown(words.recentWarnings)}**\n\n${lines.join('\n')}`);
  }
  if (typeof facts.usage !== 'string') {
    if (facts.usage.length > 0)
      parts.push(`**${escapeMarkdown(words.resourceUse)}**\n\n${facts.usage.map((l) => `- ${escapeMarkdown(l)}`).join('\n')}`);
  } else if (facts.usage === 'unavailable') {
    parts.push(`${escapeMarkdown(words.resourceUse)}: ${escapeMarkdown(words.noMetricsApi)}`);
  } else if (facts.usage === 'none') {
    parts.push(`${escapeMarkdown(words.resourceUse)}: ${escapeMarkdown(words.noMetrics)}`);
  }
  return parts.join('\n\n');
}
