// The shape of one entry in the command table: a stable id and what it does.
import type { PodwrightContext } from '../context';

export interface PodwrightCommand {
  /** Must match a `contributes.commands` entry in package.json. */
  readonly id: string;
  run(context: PodwrightContext, ...args: unknown[]): unknown;
}
