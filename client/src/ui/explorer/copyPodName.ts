// "Copy Name" on an explorer row: the pod's name, or the container's on a container row.
import * as vscode from 'vscode';
import { isPodTarget } from '../../core/kube/podTarget';
import type { PodwrightCommand } from '../command';

export const copyPodName: PodwrightCommand = {
  id: 'podwright.copyPodName',
  run: async (_context, target?: unknown) => {
    if (!isPodTarget(target)) return;
    await vscode.env.clipboard.writeText(target.container ?? target.name);
  },
};
