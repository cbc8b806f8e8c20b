// "Podwright: Describe": a pod or workload laid out like `kubectl describe`, in a read-only
// `podwright-describe` document that "Podwright: Refresh Describe" reads again.
import * as vscode from 'vscode';
import { openClusterApi, reportClusterError } from '../shared/clusterCall';
import { resolveTargets } from '../shared/objectTargets';
import { DESCRIBABLE_KINDS } from './describeDocuments';
import { resourceLabel } from '../../core/apply/resourceLabel';
import type { PodwrightCommand } from '../command';
import { localize } from '../shared/localize';

export const describe: PodwrightCommand = {
  id: 'podwright.describe',
  run: async (context, arg?: unknown) => {
    const api = await openClusterApi(context, 'describe');
    if (!api) return undefined;
    try {
      const [ref] = await resolveTargets(api, arg, { many: false, title: vscode.l10n.t('Describe a pod') });
      if (!ref) return undefined;
      if (!DESCRIBABLE_KINDS.has(ref.kind)) {
        void context.dialogs.notify({
          id: 'describe-kind',
          severity: 'warning',
          message: localize(
            'Podwright describes pods and workloads ({0}); {1} is not one of them. Try "Show Live YAML".',
            [...DESCRIBABLE_KINDS.keys()].join(', '),
            resourceLabel(ref),
          ),
        });
        return undefined;
      }
      const editor = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Describing {0}', resourceLabel(ref)) },
        () => context.clusterUi.describes.open({ ...ref, context: api.context }),
      );
      return editor.document.uri;
    } catch (error) {
      reportClusterError(context, error, 'describe');
      return undefined;
    }
  },
};
