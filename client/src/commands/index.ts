// The command table: activate() registers every entry; package.json contributes the same ids.
import { apply } from './apply';
import { clearPodFilter } from './clearPodFilter';
import type { PodwrightCommand } from './command';
import { copyPortForwardUrl, openPortForward, restartPortForward, stopPortForward } from './portForwardActions';
import { portForward } from './portForward';
import { copyPodName } from './copyPodName';
import { deleteObject } from './delete';
import { describe } from './describe';
import { exec } from './exec';
import { diagnose } from './diagnose';
import { filterPods } from './filterPods';
import { loadClusterSchemas } from './loadClusterSchemas';
import { logs, logsPrevious } from './logs';
import { refreshDescribe } from './refreshDescribe';
import { refreshPods } from './refreshPods';
import { restartLogs } from './restartLogs';
import { restartServer } from './restartServer';
import { selectKubernetesVersion } from './selectKubernetesVersion';
import { setKubernetesVersion } from './setKubernetesVersion';
import { showLiveYaml } from './showLiveYaml';
import { showOutput } from './showOutput';
import { stopLogs } from './stopLogs';
import { switchContext } from './switchContext';
import { switchNamespace } from './switchNamespace';
import { stopWatchingManifestPods, watchManifestPods } from './watchManifestPods';

export const commands: readonly PodwrightCommand[] = [restartServer, showOutput, selectKubernetesVersion, setKubernetesVersion,
  apply, describe, refreshDescribe, deleteObject, showLiveYaml, switchContext, switchNamespace,
  refreshPods, filterPods, clearPodFilter, copyPodName, logs, logsPrevious, stopLogs, restartLogs,
  diagnose, watchManifestPods, stopWatchingManifestPods, loadClusterSchemas,
  exec, portForward, stopPortForward, restartPortForward, openPortForward, copyPortForwardUrl];
