// Which cluster object a command acts on: an argument from a view ({ kind, name, namespace }), the
// manifest document under the cursor (or the documents a selection touches), else a pod picked
// from the namespace.
import * as vscode from 'vscode';
import { refOf, type ClusterApi, type KubeObject, type ObjectRef } from '../../cluster/index';
import { manifestDocuments, objectAt } from '../../core/manifest/manifestDocuments';
import { podRow } from '../../core/present/podStatus';
import { WORKLOAD_API_VERSIONS } from '../../core/kube/workloadKinds';

const CLUSTER_SCOPED = new Set([
  'Namespace',
  'Node',
  'PersistentVolume',
  'ClusterRole',
  'ClusterRoleBinding',
  'StorageClass',
  'CustomResourceDefinition',
]);

/** The object with the namespace it lives in made explicit (Podwright's namespace by default). */
function placed(ref: ObjectRef, api: ClusterApi): ObjectRef {
  if (CLUSTER_SCOPED.has(ref.kind)) return { apiVersion: ref.apiVersion, kind: ref.kind, name: ref.name };
  return { ...ref, namespace: ref.namespace ?? api.namespace };
}

/** `{ name, kind?, namespace?, apiVersion? }` from a view or a test; kind defaults to Pod. */
export function refFromArgument(arg: unknown): ObjectRef | undefined {
  if (typeof arg !== 'object' || arg === null || arg instanceof vscode.Uri) return undefined;
  const { name, kind, namespace, apiVersion } = arg as Record<string, unknown>;
  if (typeof name !== 'string' || name === '') return undefined;
  const k = typeof kind === 'string' && kind !== '' ? kind : 'Pod';
  return {
    apiVersion: typeof apiVersion === 'string' && apiVersion !== '' ? apiVersion : (WORKLOAD_API_VERSIONS.get(k) ?? 'v1'),
    kind: k,
    name,
    ...(typeof namespace === 'string' && namespace !== '' ? { namespace } : {}),
  };
}

/** The YAML editor a command was invoked on (an editor title or context menu passes its URI). */
export function yamlEditorFor(arg: unknown): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'yaml') return undefined;
  if (arg instanceof vscode.Uri && arg.toString() !== editor.document.uri.toString()) return undefined;
  return editor;
}

/** The objects of the manifest documents a selection touches, or the one under the cursor. */
export function refsFromEditor(editor: vscode.TextEditor, api: ClusterApi, many: boolean): ObjectRef[] {
  const text = editor.document.getText();
  const offsets = editor.selections.map((s) => ({ start: editor.document.offsetAt(s.start), end: editor.document.offsetAt(s.end) }));
  const objects: KubeObject[] = [];
  if (many && offsets.some((o) => o.end > o.start)) {
    objects.push(...manifestDocuments(text, offsets).documents.map((d) => d.object));
  } else {
    const found = objectAt(text, editor.document.offsetAt(editor.selection.active));
    if (found) objects.push(found.object);
  }
  return objects.map((object) => placed(refOf(object), api));
}

interface PodItem extends vscode.QuickPickItem {
  readonly ref: ObjectRef;
}

/** A quick pick of the pods in Podwright's namespace, with kubectl's STATUS/READY/RESTARTS/AGE. */
export async function pickPod(api: ClusterApi, title: string): Promise<ObjectRef | undefined> {
  const pods = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Listing pods in namespace "{0}"', api.namespace) },
    () => api.list('v1', 'Pod'),
  );
  if (pods.length === 0) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('There are no pods in namespace "{0}" of context "{1}".', api.namespace, api.context),
    );
    return undefined;
  }
  const now = Date.now();
  const items: PodItem[] = pods.map((pod) => {
    const row = podRow(pod, now);
    return {
      label: row.name,
      description: row.status,
      detail: vscode.l10n.t('ready {0} · restarts {1} · age {2}', row.ready, row.restarts, row.age),
      ref: { apiVersion: 'v1', kind: 'Pod', name: row.name, namespace: api.namespace },
    };
  });
  const chosen = await vscode.window.showQuickPick(items, {
    title,
    placeHolder: vscode.l10n.t('Pods in namespace "{0}" of context "{1}"', api.namespace, api.context),
    matchOnDescription: true,
  });
  return chosen?.ref;
}

/** The objects a command acts on, from its argument, the active manifest or a pod quick pick. */
export async function resolveTargets(api: ClusterApi, arg: unknown, options: { many: boolean; title: string }): Promise<ObjectRef[]> {
  const fromArgument = refFromArgument(arg);
  if (fromArgument) return [placed(fromArgument, api)];
  const editor = yamlEditorFor(arg);
  if (editor) {
    const refs = refsFromEditor(editor, api, options.many);
    if (refs.length > 0) return refs;
  }
  const picked = await pickPod(api, options.title);
  return picked ? [picked] : [];
}
