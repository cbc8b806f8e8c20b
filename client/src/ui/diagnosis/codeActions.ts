// Quick fixes for "cluster" diagnostics: set imagePullPolicy: IfNotPresent, raise the memory
// limit the container was killed at, open the previous logs of the container that crashed, and
// open the full explanation of the pod.
import * as vscode from 'vscode';
import { parseManifest } from '../../../../server/src/service/manifestKit';
import type { PodTarget } from '../../core/kube/podTarget';
import { quickFixEdit } from '../../core/manifest/fixEdits';
import type { PlacedDiagnosis } from '../../core/manifest/place';
import { CLUSTER_SOURCE, type ClusterDiagnosticsTracker } from './tracker';
import { localize } from '../shared/localize';

function podTarget(context: string, pod: { namespace: string; name: string }, container?: string): PodTarget {
  return { context, namespace: pod.namespace, name: pod.name, kind: 'Pod', ...(container !== undefined ? { container } : {}) };
}

// The language server's implicit-always-pull diagnostic on the same line already offers the
// same edit: one remedy, one quick fix.
function serverOffersPullPolicy(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): boolean {
  return vscode.languages
    .getDiagnostics(document.uri)
    .some((d) => d.source === 'podwright' && d.code === 'implicit-always-pull' && d.range.intersection(diagnostic.range) !== undefined);
}

function editAction(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, placed: PlacedDiagnosis): vscode.CodeAction | undefined {
  const fix = placed.diagnosis.quickFix;
  if (fix === undefined || fix.kind === 'open-previous-logs') return undefined;
  if (fix.kind === 'add-imagePullPolicy' && serverOffersPullPolicy(document, diagnostic)) return undefined;
  const edit = quickFixEdit(parseManifest(document.getText()), placed.workload.documentIndex, placed.workload.kind, fix);
  if (edit === undefined) return undefined;
  const title =
    fix.kind === 'add-imagePullPolicy'
      ? vscode.l10n.t('Set imagePullPolicy: IfNotPresent for {0}', fix.container)
      : localize('Raise the memory limit of {0} from {1} to {2}', fix.container, fix.current, fix.value);
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.edit = new vscode.WorkspaceEdit();
  action.edit.replace(document.uri, new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end)), edit.newText);
  action.diagnostics = [diagnostic];
  action.isPreferred = true;
  return action;
}

function commandAction(title: string, command: string, target: PodTarget, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.command = { title, command, arguments: [target] };
  action.diagnostics = [diagnostic];
  return action;
}

export class ClusterCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly tracker: ClusterDiagnosticsTracker) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== CLUSTER_SOURCE) continue;
      const found = this.tracker.placedFor(document.uri, diagnostic);
      if (!found) continue;
      const { api, placed } = found;
      const pod = placed.pods[0];
      if (!pod) continue;
      const edit = editAction(document, diagnostic, placed);
      if (edit) actions.push(edit);
      const fix = placed.diagnosis.quickFix;
      if (fix?.kind === 'open-previous-logs') {
        actions.push(
          commandAction(
            vscode.l10n.t('Show the previous logs of {0} in pod {1}', fix.container, pod.name),
            'podwright.logsPrevious',
            podTarget(api.context, pod, fix.container),
            diagnostic,
          ),
        );
      }
      actions.push(
        commandAction(localize('Why is pod {0} not running?', pod.name), 'podwright.diagnose', podTarget(api.context, pod), diagnostic),
      );
    }
    return actions;
  }
}
