// "Podwright: Clear Pod Filter": the explorer shows every pod again.
import type { PodwrightCommand } from '../command';

export const clearPodFilter: PodwrightCommand = {
  id: 'podwright.clearPodFilter',
  run: (context) => context.podViews.explorer.setFilter(undefined),
};
