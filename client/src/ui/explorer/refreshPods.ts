// "Podwright: Refresh Pods": starts the pod explorer (its welcome button) or reconnects its watches now.
import type { PodwrightCommand } from '../command';

export const refreshPods: PodwrightCommand = {
  id: 'podwright.refreshPods',
  run: (context) => context.podViews.explorer.refresh(),
};
