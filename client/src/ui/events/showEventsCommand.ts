// "Podwright: Show Events": the live events of a pod or workload (its ReplicaSets, Jobs and pods
// included) from the explorer, a manifest document under the cursor, or a pod quick pick.
import * as vscode from 'vscode';
import { openClusterApi, reportClusterError } from '../shared/clusterCall';
import { resolveTargets } from '../shared/objectTargets';
import { resourceLabel } from '../../core/apply/resourceLabel';
import { hasEventFeed } from '../../models/events/eventFeed';
import { MEMBER_KINDS } from '../../models/events/relatedObjects';
import type { PodwrightCommand } from '../command';
import { localize } from '../shared/localize';

export const showEvents: PodwrightCommand = {
  id: 'podwright.showEvents',
  run: async (context, arg?: unknown) => {
    const api = await openClusterApi(context, 'showEvents');
    if (!api) return undefined;
    try {
      const [ref] = await resolveTargets(api, arg, { many: false, title: vscode.l10n.t('Show the events of a pod') });
      if (!ref) return undefined;
      if (!hasEventFeed(ref.kind)) {
        void context.dialogs.notify({
          id: 'events-kind',
          severity: 'warning',
          message: localize(
            'Podwright shows the events of pods and workloads ({0}); {1} is not one of them.',
            Object.keys(MEMBER_KINDS).join(', '),
            resourceLabel(ref),
          ),
        });
        return undefined;
      }
      // Read it once here, so a missing object or a refusal is explained like every other command's.
      await api.get(ref);
      const editor = await context.clusterUi.events.open({ ...ref, context: api.context });
      return editor.document.uri;
    } catch (error) {
      reportClusterError(context, error, 'showEvents');
      return undefined;
    }
  },
};
