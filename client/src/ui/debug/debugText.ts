// Why a debug container could not be started, in the user's language: RBAC (which verb on which
// subresource is missing), a cluster without ephemeral containers, Windows nodes, a debugger that
// will not run; other cluster errors as every command explains them.
import * as vscode from 'vscode';
import { isClusterError } from '../../cluster/index';
import { DebuggerFailed, DebugRefused } from '../../models/debug/debugSession';
import { explainClusterError } from '../shared/explainError';

export function explainDebugError(error: unknown, pod: string): string {
  if (error instanceof DebugRefused) {
    return vscode.l10n.t(
      "Pod {0} runs on Windows nodes: debug containers cannot see another container's processes there, and Linux images such as busybox do not run. Open a shell in the container instead.",
      pod,
    );
  }
  if (error instanceof DebuggerFailed) {
    return vscode.l10n.t(
      'Debug container {0} did not start: {1}{2}. It stays in the pod (ephemeral containers cannot be removed); try another image.',
      error.container,
      error.reason,
      error.detail ? ` (${error.detail})` : '',
    );
  }
  if (isClusterError(error)) {
    const context = error.target?.context ?? '';
    if (error.kind === 'forbidden' && error.forbidden?.resource === 'pods/ephemeralcontainers') {
      const f = error.forbidden;
      return vscode.l10n.t(
        'User "{0}" may not {1} pods/ephemeralcontainers in namespace "{2}" (context "{3}"). Debug containers need the RBAC verb "patch" on the subresource "pods/ephemeralcontainers"; ask a cluster admin for it.',
        f.user,
        f.verb,
        f.namespace ?? '',
        context,
      );
    }
    if (error.kind === 'unsupported' && error.feature === 'ephemeral-containers') {
      return vscode.l10n.t(
        'The API server of context "{0}" does not serve pods/ephemeralcontainers (it answered {1}): the cluster is older than Kubernetes 1.23, or ephemeral containers are turned off. Debug containers cannot be added there.',
        context,
        error.statusCode ?? '?',
      );
    }
  }
  return explainClusterError(error);
}
