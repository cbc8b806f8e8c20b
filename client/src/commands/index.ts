// The command table: activate() registers every entry; package.json contributes the same ids.
import type { PodwrightCommand } from './command';
import { restartServer } from './restartServer';
import { selectKubernetesVersion } from './selectKubernetesVersion';
import { setKubernetesVersion } from './setKubernetesVersion';
import { showOutput } from './showOutput';

export const commands: readonly PodwrightCommand[] = [restartServer, showOutput, selectKubernetesVersion, setKubernetesVersion];
