// "Podwright: Clear Pod Filter": the explorer shows every pod again.
import { podViews } from '../podViews';
import type { PodwrightCommand } from '../command';

export const clearPodFilter: PodwrightCommand = {
  id: 'podwright.clearPodFilter',
  run: () => podViews().explorer.setFilter(undefined),
};
