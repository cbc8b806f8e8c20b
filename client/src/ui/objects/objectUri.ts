// Virtual documents about one cluster object carry its address in the URI (context, apiVersion,
// kind, namespace, name), so VS Code can ask for the content again later: on refresh, or when it
// restores the editor after a reload.
import * as vscode from 'vscode';
import type { ObjectRef } from '../../cluster/index';

export interface ObjectAddress extends ObjectRef {
  /** The kubeconfig context the object was read from. */
  readonly context: string;
}

/** Stands for "no namespace" (cluster-scoped kinds); not a valid namespace name. */
const CLUSTER_SCOPE = '_';

export function objectUri(scheme: string, address: ObjectAddress, suffix = ''): vscode.Uri {
  const namespace = address.namespace ?? CLUSTER_SCOPE;
  const query = new URLSearchParams({ context: address.context, apiVersion: address.apiVersion }).toString();
  return vscode.Uri.from({ scheme, path: `/${namespace}/${address.kind}/${address.name}${suffix}`, query });
}

export function addressOf(uri: vscode.Uri, suffix = ''): ObjectAddress | undefined {
  const parts = uri.path.split('/');
  const [, namespace, kind, file] = parts;
  if (parts.length !== 4 || !namespace || !kind || !file || !file.endsWith(suffix)) return undefined;
  const query = new URLSearchParams(uri.query);
  const context = query.get('context');
  const apiVersion = query.get('apiVersion');
  if (context === null || apiVersion === null) return undefined;
  const name = suffix ? file.slice(0, -suffix.length) : file;
  return { context, apiVersion, kind, name, ...(namespace === CLUSTER_SCOPE ? {} : { namespace }) };
}
