// The command table: activate() registers every entry; package.json contributes the same ids.
import { apply } from './apply';
import type { PodwrightCommand } from './command';
import { deleteObject } from './delete';
import { describe } from './describe';
import { refreshDescribe } from './refreshDescribe';
import { restartServer } from './restartServer';
import { selectKubernetesVersion } from './selectKubernetesVersion';
import { setKubernetesVersion } from './setKubernetesVersion';
import { showLiveYaml } from './showLiveYaml';
import { showOutput } from './showOutput';
import { switchContext } from './switchContext';
import { switchNamespace } from './switchNamespace';

export const commands: readonly PodwrightCommand[] = [restartServer, showOutput, selectKubernetesVersion, setKubernetesVersion,
  apply, describe, refreshDescribe, deleteObject, showLiveYaml, switchContext, switchNamespace];
