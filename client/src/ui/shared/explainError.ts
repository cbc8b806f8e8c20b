// Cluster errors in the user's language: what happened (which context and URL, which user, verb,
// resource and namespace, which field manager owns which field) and what to do about it. The
// cluster layer's typed details do the work; its English message is the fallback.
import { homedir } from 'node:os';
import * as vscode from 'vscode';
import { isClusterError, type ClusterError, type PluginFailure } from '../../cluster/index';
import { needsACluster, switchingContextHelps } from '../../core/kubeconfig/kubeconfigState';
import { kubeconfigTexts } from '../../core/kubeconfig/kubeconfigText';
import { uiLanguage } from './uiLanguage';
import { localize } from './localize';

function reasonOf(error: ClusterError): string {
  const cause = error.cause;
  if (cause instanceof Error && cause.message) return cause.message;
  return error.serverMessage ?? error.message;
}

function forbiddenText(error: ClusterError): string {
  const f = error.forbidden;
  const context = error.target?.context ?? '';
  if (!f)
    return localize(
      'Context "{0}" refused the request: {1}. Ask a cluster admin for this permission, or switch context.',
      context,
      error.serverMessage ?? error.message,
    );
  if (f.path !== undefined)
    return localize(
      'User "{0}" may not {1} {2} (context "{3}"). Ask a cluster admin for this permission, or switch context.',
      f.user,
      f.verb,
      f.path,
      context,
    );
  const resource = f.group ? `${f.resource}.${f.group}` : f.resource;
  return f.namespace !== undefined
    ? localize(
        'User "{0}" may not {1} {2} in namespace "{3}" (context "{4}"). Ask a cluster admin for this permission, or switch context.',
        f.user,
        f.verb,
        resource,
        f.namespace,
        context,
      )
    : localize(
        'User "{0}" may not {1} {2} at cluster scope (context "{3}"). Ask a cluster admin for this permission, or switch context.',
        f.user,
        f.verb,
        resource,
        context,
      );
}

function conflictText(error: ClusterError): string {
  if (error.conflicts.length === 0)
    return vscode.l10n.t('Conflict on context "{0}": {1}', error.target?.context ?? '', error.serverMessage ?? error.message);
  const owners = error.conflicts.map((c) => localize('{0} is owned by field manager "{1}"', c.field, c.manager)).join('; ');
  return vscode.l10n.t(
    'The apply conflicts with other field managers: {0}. Force the apply to take these fields over, or leave them out of the manifest.',
    owners,
  );
}

function pluginText(plugin: PluginFailure, context: string): string {
  if (plugin.reason === 'not-found') {
    return plugin.installHint !== undefined
      ? vscode.l10n.t(
          '{0} not found: install it with {1} (the credential plugin of context "{2}"; looked for on VS Code\'s PATH and on your login shell\'s PATH).',
          plugin.command,
          plugin.installHint,
          context,
        )
      : vscode.l10n.t(
          '{0} not found (the credential plugin of context "{1}"; looked for on VS Code\'s PATH and on your login shell\'s PATH). Install it, or write its full path in the kubeconfig.',
          plugin.command,
          context,
        );
  }
  return plugin.stderr !== undefined
    ? vscode.l10n.t('The credential plugin {0} of context "{1}" failed: {2}', plugin.command, context, plugin.stderr)
    : vscode.l10n.t('The credential plugin {0} of context "{1}" failed without saying why.', plugin.command, context);
}

/** One sentence or two: what went wrong and what to do. */
export function explainClusterError(error: unknown): string {
  if (!isClusterError(error))
    return vscode.l10n.t('The cluster request failed: {0}', error instanceof Error ? error.message : String(error));
  const context = error.target?.context ?? '';
  const server = error.target?.server ?? '';
  switch (error.kind) {
    case 'unreachable':
      return vscode.l10n.t(
        'Cannot reach the API server of context "{0}" at {1} ({2}). Is the cluster running, and is this the right context?',
        context,
        server,
        reasonOf(error),
      );
    case 'unauthorized':
      return error.request
        ? vscode.l10n.t(
            'The API server of context "{0}" ({1}) did not accept your credentials (401 Unauthorized) for {2} {3}. The token or certificate may have expired: log in again or refresh the kubeconfig.',
            context,
            server,
            error.request.method,
            error.request.path,
          )
        : vscode.l10n.t(
            'The API server of context "{0}" ({1}) did not accept your credentials (401 Unauthorized). The token or certificate may have expired: log in again or refresh the kubeconfig.',
            context,
            server,
          );
    case 'forbidden':
      return forbiddenText(error);
    case 'conflict':
      return conflictText(error);
    case 'invalid':
      return vscode.l10n.t('The API server of context "{0}" rejected the object: {1}', context, error.serverMessage ?? error.message);
    case 'not-found':
      return vscode.l10n.t('Not found on context "{0}": {1}', context, error.serverMessage ?? error.message);
    case 'credentials':
      // The cluster layer's message already starts with this sentence; its cause is what is new.
      return error.plugin
        ? pluginText(error.plugin, context)
        : vscode.l10n.t('Could not get credentials for context "{0}": {1}', context, reasonOf(error));
    case 'config':
      if (error.kubeconfig) {
        const texts = kubeconfigTexts(error.kubeconfig, uiLanguage(), homedir());
        return needsACluster(error.kubeconfig)
          ? `${texts.problem} ${vscode.l10n.t('kind, minikube or Docker Desktop can run a cluster on this machine.')}`
          : `${texts.problem} ${texts.ways.join(' ')}`;
      }
      return vscode.l10n.t('The kubeconfig cannot be used: {0}', error.message);
    case 'unsupported':
      return error.feature === 'openapi-v3'
        ? vscode.l10n.t(
            'The API server of context "{0}" ({1}) does not serve /openapi/v3 (it answered 404): it is older than Kubernetes 1.24, or OpenAPI v3 is turned off. Podwright cannot read custom resource schemas from it; add the CRD files to the podwright.schemas setting instead.',
            context,
            server,
          )
        : vscode.l10n.t('The API server of context "{0}" ({1}) does not support this request: {2}', context, server, error.message);
    default:
      return vscode.l10n.t('The cluster request failed: {0}', error.message);
  }
}

/**
 * Whether switching context is a sensible next step for this error: never when the kubeconfig has
 * no other context to switch to (`contexts`, when the caller knows how many there are).
 */
export function suggestsOtherContext(error: unknown, contexts?: number): boolean {
  if (!isClusterError(error)) return false;
  if (error.kubeconfig) return switchingContextHelps(error.kubeconfig);
  if (contexts !== undefined && contexts < 2) return false;
  return ['unreachable', 'unauthorized', 'forbidden', 'credentials', 'config'].includes(error.kind);
}

/** Whether the way out is getting a cluster at all (no kubeconfig, or one without contexts). */
export function suggestsGettingACluster(error: unknown): boolean {
  return isClusterError(error) && error.kubeconfig !== undefined && needsACluster(error.kubeconfig);
}
