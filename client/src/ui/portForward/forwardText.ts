// How a forward reads in the view, its tooltip and notices, in the user's language.
import * as vscode from 'vscode';
import { formatBytes } from '../../models/portForward/formatBytes';
import type { ForwardIssue, PortForward } from '../../models/portForward/forward';
import { localize } from '../shared/localize';

export function forwardLabel(forward: PortForward): string {
  return `127.0.0.1:${forward.spec.localPort} → ${forward.pod}:${forward.spec.remotePort}`;
}

export function stateText(forward: PortForward): string {
  switch (forward.state) {
    case 'starting':
      return vscode.l10n.t('starting');
    case 'active':
      return vscode.l10n.t('active');
    case 'reconnecting':
      return vscode.l10n.t('reconnecting');
    case 'stopped':
      return vscode.l10n.t('stopped');
    case 'error':
      return vscode.l10n.t('error');
  }
}

export function issueText(issue: ForwardIssue): string {
  switch (issue.kind) {
    case 'pod-gone':
      return localize('Pod {0} is gone; new connections wait for a replacement.', issue.pod);
    case 'pod-not-running':
      return localize('Pod {0} is {1}; new connections wait until it runs.', issue.pod, issue.phase);
    case 'port-denied':
      return vscode.l10n.t(
        'Cannot listen on 127.0.0.1:{0}: ports below 1024 need administrator rights. Use a port such as {1}.',
        issue.port,
        issue.port + 8000,
      );
    case 'port-busy':
      return vscode.l10n.t('Cannot listen on 127.0.0.1:{0}: another program uses it.', issue.port);
    case 'failed':
      return issue.message;
  }
}

/** `active · ↑1.2 KB ↓15 KB · 2 open` */
export function forwardDescription(forward: PortForward): string {
  const stats = forward.stats;
  const parts = [stateText(forward), `↑${formatBytes(stats.sent)} ↓${formatBytes(stats.received)}`];
  if (stats.open > 0) parts.push(vscode.l10n.t('{0} open', stats.open));
  return parts.join(' · ');
}

export function forwardTooltip(forward: PortForward): vscode.MarkdownString {
  const stats = forward.stats;
  const lines = [
    `**${forwardLabel(forward)}** (${stateText(forward)})`,
    '',
    vscode.l10n.t('Context {0}, namespace {1}', forward.spec.context, forward.spec.namespace),
    vscode.l10n.t(
      'Sent {0}, received {1}; {2} connections open, {3} in all',
      formatBytes(stats.sent),
      formatBytes(stats.received),
      stats.open,
      stats.total,
    ),
  ];
  const followed = forward.followed;
  if (followed?.owner) lines.push(vscode.l10n.t('Follows the pods of {0}', followed.owner));
  else if (followed?.selector)
    lines.push(
      vscode.l10n.t(
        'Follows pods labelled {0}',
        Object.entries(followed.selector.matchLabels ?? {})
          .map(([k, v]) => `${k}=${v}`)
          .join(', '),
      ),
    );
  if (forward.pod !== forward.spec.pod) lines.push(vscode.l10n.t('Started on pod {0}', forward.spec.pod));
  if (forward.issue) lines.push('', issueText(forward.issue));
  if (forward.lastProblem) lines.push('', vscode.l10n.t('Last connection problem: {0}', forward.lastProblem));
  const markdown = new vscode.MarkdownString(lines.join('  \n'));
  markdown.supportThemeIcons = false;
  return markdown;
}
