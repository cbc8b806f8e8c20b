// "Podwright: Show Live YAML": the object as the cluster stores it, without server bookkeeping,
// in a read-only YAML document.
import * as vscode from 'vscode';
import { resourceLabel } from '../../core/apply/resourceLabel';
import { openClusterApi, reportClusterError } from '../shared/clusterCall';
import { resolveTargets } from '../shared/objectTargets';
import type { PodwrightCommand } from '../command';

export const showLiveYaml: PodwrightCommand = {
  id: 'podwright.showLiveYaml',
  run: async (context, arg?: unknown) => {
    const api = await openClusterApi(context, 'show live YAML');
    if (!api) return undefined;
    try {
      const [ref] = await resolveTargets(api, arg, { many: false, title: vscode.l10n.t('Show the live YAML of a pod') });
      if (!ref) return undefined;
      const editor = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Reading {0}', resourceLabel(ref)) },
        () => context.clusterUi.liveYaml.open({ ...ref, context: api.context }),
      );
      return editor.document.uri;
    } catch (error) {
      reportClusterError(context, error, 'show live YAML');
      return undefined;
    }
  },
};
