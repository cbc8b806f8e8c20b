// The command table: activate() registers every entry; package.json contributes the same ids.
import { apply } from './apply/applyCommand';
import { clearPodFilter } from './explorer/clearPodFilter';
import type { PodwrightCommand } from './command';
import { copyPortForwardUrl, openPortForward, restartPortForward, stopPortForward } from './portForward/portForwardActions';
import { portForward } from './portForward/portForwardCommand';
import { copyPodName } from './explorer/copyPodName';
import { deleteObject } from './objects/delete';
import { describe } from './objects/describeCommand';
import { exec } from './exec/execCommand';
import { debugContainerCommand } from './debug/debugCommand';
import { diagnose } from './diagnosis/diagnoseCommand';
import { filterPods } from './explorer/filterPods';
import { loadClusterSchemas } from './cluster/loadClusterSchemas';
import { logs, logsPrevious } from './logs/logsCommand';
import { showWorkloadLogs } from './logs/workloadLogsCommand';
import { refreshDescribe } from './objects/refreshDescribe';
import { refreshPods } from './explorer/refreshPods';
import { restartLogs } from './logs/restartLogs';
import { restartServer } from './languageServer/restartServer';
import { selectKubernetesVersion } from './languageServer/selectKubernetesVersion';
import { setKubernetesVersion } from './languageServer/setKubernetesVersion';
import { showLiveYaml } from './objects/showLiveYaml';
import { showEvents } from './events/showEventsCommand';
import { showOutput } from './languageServer/showOutput';
import { stopLogs } from './logs/stopLogs';
import { switchContext } from './cluster/switchContext';
import { switchNamespace } from './cluster/switchNamespace';
import { openBrokenSample, openSamplePod } from './walkthrough/openSample';
import { cancelPendingApply, confirmPendingApply } from './apply/pendingApply';
import { showInPods } from './explorer/revealPod';
import { stopWatchingManifestPods, watchManifestPods } from './diagnosis/watchManifestPods';

export const commands: readonly PodwrightCommand[] = [
  restartServer,
  showOutput,
  selectKubernetesVersion,
  setKubernetesVersion,
  apply,
  describe,
  refreshDescribe,
  deleteObject,
  showLiveYaml,
  showEvents,
  switchContext,
  switchNamespace,
  refreshPods,
  filterPods,
  clearPodFilter,
  copyPodName,
  logs,
  logsPrevious,
  showWorkloadLogs,
  stopLogs,
  restartLogs,
  diagnose,
  watchManifestPods,
  stopWatchingManifestPods,
  loadClusterSchemas,
  exec,
  debugContainerCommand,
  portForward,
  stopPortForward,
  restartPortForward,
  openPortForward,
  copyPortForwardUrl,
  openSamplePod,
  openBrokenSample,
  confirmPendingApply,
  cancelPendingApply,
  showInPods,
];
