// The full explanation of one pod as Markdown: a heading, one line of where and how it is (context,
// namespace, kubectl's STATUS/READY/RESTARTS, the workload that manages it), links to describe,
// previous logs and refresh, every diagnosis, and what could not be read. Words and links come
// from the caller (localized, command URIs), so this stays free of VS Code.

import type { GatheredPod } from '../../models/diagnosis/gather';
import { escapeMarkdown, renderDiagnosisMarkdown } from '../../core/diagnosis/markdown';
import type { Language } from '../../core/diagnosis/types';
import { podRow } from '../../core/present/podStatus';

export interface PageWords {
  title(pod: string): string;
  nothingWrong(pod: string, status: string): string;
  facts(p: { context: string; namespace: string; status: string; ready: string; restarts: string }): string;
  managedBy(kind: string, name: string): string;
  describe: string;
  refresh: string;
  previousLogs(container: string): string;
  gaps(list: string): string;
}

export interface PageLinks {
  describe: string;
  refresh: string;
  previousLogs(container: string): string;
}

function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

export function diagnosisPage(
  gathered: GatheredPod,
  context: string,
  language: Language,
  words: PageWords,
  links: PageLinks,
  now = Date.now(),
): string {
  const { pod, diagnoses } = gathered;
  const row = podRow(pod, now);
  const parts: string[] = [`# ${escapeMarkdown(words.title(row.name))}`];
  const facts = [
    words.facts({
      context: code(context),
      namespace: code(row.namespace),
      status: `**${escapeMarkdown(row.status)}**`,
      ready: row.ready,
      restarts: escapeMarkdown(row.restarts),
    }),
  ];
  const top = gathered.owners[gathered.owners.length - 1];
  if (top !== undefined) facts.push(words.managedBy(top.kind, code(top.name)));
  parts.push(facts.join(' · '));
  parts.push([`[${words.describe}](${links.describe})`, `[${words.refresh}](${links.refresh})`].join(' · '));
  if (diagnoses.length === 0) parts.push(words.nothingWrong(code(row.name), `**${escapeMarkdown(row.status)}**`));
  for (const diagnosis of diagnoses) {
    const fix = diagnosis.quickFix;
    const logs =
      fix?.kind === 'open-previous-logs' ? [{ label: words.previousLogs(fix.container), uri: links.previousLogs(fix.container) }] : [];
    parts.push('---', renderDiagnosisMarkdown(diagnosis, language, { links: logs }).trimEnd());
  }
  if (gathered.gaps.length > 0) parts.push('---', `_${escapeMarkdown(words.gaps(gathered.gaps.join(', ')))}_`);
  return `${parts.join('\n\n')}\n`;
}
