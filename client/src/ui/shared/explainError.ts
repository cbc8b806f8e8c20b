// Cluster errors in the user's language: what happened (which context and URL, which user, verb,
// resource and namespace, which field manager owns which field) and what to do about it. The
// cluster layer's typed details do the work; its English message is the fallback.
import * as vscode from 'vscode';
import { isClusterError, type ClusterError } from '../../cluster/index';
import { localize } from './localize';

function reasonOf(error: ClusterError): string {
  const cause = error.cause;
  if (cause instanceof Error && cause.message) return cause.message;
  return error.serverMessage ?? error.message;
}

function forbiddenText(error: ClusterError): string {
  const f = error.forbidden;
  const context = error.target?.context ?? '';
  if (!f) return localize('Context "{0}" refused the request: {1}. Ask a cluster admin for this permission, or switch context.', context, error.serverMessage ?? error.message);
  if (f.path !== undefined) return localize('User "{0}" may not {1} {2} (context "{3}"). Ask a cluster admin for this permission, or switch context.', f.user, f.verb, f.path, context);
  const resource = f.group ? `${f.resource}.${f.group}` : f.resource;
  return f.namespace !== undefined
    ? localize('User "{0}" may not {1} {2} in namespace "{3}" (context "{4}"). Ask a cluster admin for this permission, or switch context.', f.user, f.verb, resource, f.namespace, context)
    : localize('User "{0}" may not {1} {2} at cluster scope (context "{3}"). Ask a cluster admin for this permission, or switch context.', f.user, f.verb, resource, context);
}

function conflictText(error: ClusterError): string {
  if (error.conflicts.length === 0) return vscode.l10n.t('Conflict on context "{0}": {1}', error.target?.context ?? '', error.serverMessage ?? error.message);
  const owners = error.conflicts.map((c) => localize('{0} is owned by field manager "{1}"', c.field, c.manager)).join('; ');
  return vscode.l10n.t('The apply conflicts with other field managers: {0}. Force the apply to take these fields over, or leave them out of the manifest.', owners);
}

/** One sentence or two: what went wrong and what to do. */
export function explainClusterError(error: unknown): string {
  if (!isClusterError(error)) return vscode.l10n.t('The cluster request failed: {0}', error instanceof Error ? error.message : String(error));
  const context = error.target?.context ?? '';
  const server = error.target?.server ?? '';
  switch (error.kind) {
    case 'unreachable':
      return vscode.l10n.t('Cannot reach the API server of context "{0}" at {1} ({2}). Is the cluster running, and is this the right context?', context, server, reasonOf(error));
    case 'unauthorized':
      return error.request
        ? vscode.l10n.t('The API server of context "{0}" ({1}) did not accept your credentials (401 Unauthorized) for {2} {3}. The token or certificate may have expired: log in again or refresh the kubeconfig.', context, server, error.request.method, error.request.path)
        : vscode.l10n.t('The API server of context "{0}" ({1}) did not accept your credentials (401 Unauthorized). The token or certificate may have expired: log in again or refresh the kubeconfig.', context, server);
    case 'forbidden':
      return forbiddenText(error);
    case 'conflict':
      return conflictText(error);
    case 'invalid':
      return vscode.l10n.t('The API server of context "{0}" rejected the object: {1}', context, error.serverMessage ?? error.message);
    case 'not-found':
      return vscode.l10n.t('Not found on context "{0}": {1}', context, error.serverMessage ?? error.message);
    case 'credentials':
      return vscode.l10n.t('Could not get credentials for context "{0}": {1}', context, error.message);
    case 'config':
      return vscode.l10n.t('The kubeconfig cannot be used: {0}', error.message);
    case 'unsupported':
      return error.feature === 'openapi-v3'
        ? vscode.l10n.t('The API server of context "{0}" ({1}) does not serve /openapi/v3 (it answered 404): it is older than Kubernetes 1.24, or OpenAPI v3 is turned off. Podwright cannot read custom resource schemas from it; add the CRD files to the podwright.schemas setting instead.', context, server)
        : vscode.l10n.t('The API server of context "{0}" ({1}) does not support this request: {2}', context, server, error.message);
    default:
      return vscode.l10n.t('The cluster request failed: {0}', error.message);
  }
}

/** Whether switching context is a sensible next step for this error. */
export function suggestsOtherContext(error: unknown): boolean {
  return isClusterError(error) && ['unreachable', 'unauthorized', 'forbidden', 'credentials', 'config'].includes(error.kind);
}
