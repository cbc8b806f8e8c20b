// "Podwright: Show Language Server Output": the server's log and, with `podwright.trace.server`, its messages.
import type { PodwrightCommand } from '../command';

export const showOutput: PodwrightCommand = {
  id: 'podwright.showOutput',
  run: (context) => context.server.showOutput(),
};
