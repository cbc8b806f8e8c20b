// A short explanation for a pod's hover or tooltip in the explorer: the first diagnosis (title and
// what to change) from what the pod object and its events already say, and a link to the full
// explanation. Cheap: no requests; undefined when nothing looks wrong.
import * as vscode from 'vscode';
import { diagnosePod } from '../../core/diagnosis/diagnose';
import type { Language } from '../../core/diagnosis/types';
import type { KubeEvent, Pod } from '../../core/kube/kubeTypes';
import type { PodTarget } from '../../core/kube/podTarget';
import { explanationLanguage } from './language';

export function diagnosisTooltip(
  pod: Pod,
  target: PodTarget,
  options: { events?: readonly KubeEvent[]; language?: Language } = {},
): vscode.MarkdownString | undefined {
  const diagnoses = diagnosePod({ pod, events: options.events ?? [] }, options.language ?? explanationLanguage());
  const first = diagnoses[0];
  if (first === undefined) return undefined;
  const markdown = new vscode.MarkdownString(undefined, true);
  markdown.isTrusted = { enabledCommands: ['podwright.diagnose'] };
  markdown.appendMarkdown(`**${first.title}**\n\n${first.whatToChange}\n\n`);
  if (diagnoses.length > 1) markdown.appendMarkdown(`${vscode.l10n.t('{0} more finding(s).', diagnoses.length - 1)}\n\n`);
  const args = encodeURIComponent(
    JSON.stringify([{ context: target.context, namespace: target.namespace, name: target.name, kind: 'Pod' }]),
  );
  markdown.appendMarkdown(`[$(question) ${vscode.l10n.t('Why is this pod not running?')}](command:podwright.diagnose?${args})`);
  return markdown;
}
