// `kubectl describe pod` as text: the same sections, order and column alignment, so a learner who
// follows a tutorial's describe output finds every line where they expect it.

import { writeContainers } from './describeContainers';
import {
  DescribeWriter,
  formatTime,
  writeAnnotations,
  writeEvents,
  writeLabels,
  writeTolerations,
  type DescribeOptions,
} from './describeText';
import { writeVolumes } from './describeVolumes';
import { ageSince } from './duration';
import type { KubeEvent, Pod } from '../kube/kubeTypes';
import { controllerOf } from '../kube/owners';
import { podQosClass } from './qos';

export type { DescribeOptions } from './describeText';

/** The owner shown in Controlled By (`Kind/name`). */
export interface OwnerRef {
  kind: string;
  name: string;
}

function writeConditions(w: DescribeWriter, pod: Pod): void {
  const conditions = pod.status?.conditions ?? [];
  if (conditions.length === 0) return;
  w.write(0, 'Conditions:\n');
  w.write(1, 'Type\tStatus\n');
  // kubectl writes a space before each tab here, so the status column carries a trailing space.
  for (const c of conditions) w.write(1, `${c.type} \t${c.status} \n`);
}

/**
 * Describes a pod with its events. `owner` overrides the controller shown in Controlled By
 * (kubectl shows the direct controller, e.g. the ReplicaSet, which is also the default here).
 */
export function describePod(pod: Pod, events: readonly KubeEvent[], options: DescribeOptions & { owner?: OwnerRef }): string {
  const w = new DescribeWriter();
  const meta = pod.metadata;
  const spec = pod.spec;
  const status = pod.status ?? {};
  w.write(0, `Name:\t${meta.name ?? ''}\n`);
  w.write(0, `Namespace:\t${meta.namespace ?? ''}\n`);
  if (spec?.priority !== undefined) w.write(0, `Priority:\t${spec.priority}\n`);
  if (spec?.priorityClassName) w.write(0, `Priority Class Name:\t${spec.priorityClassName}\n`);
  if (spec?.runtimeClassName) w.write(0, `Runtime Class Name:\t${spec.runtimeClassName}\n`);
  if (spec?.serviceAccountName) w.write(0, `Service Account:\t${spec.serviceAccountName}\n`);
  w.write(0, spec?.nodeName ? `Node:\t${spec.nodeName}/${status.hostIP ?? ''}\n` : 'Node:\t<none>\n');
  if (status.startTime !== undefined) w.write(0, `Start Time:\t${formatTime(status.startTime, options)}\n`);
  writeLabels(w, 'Labels', meta.labels);
  writeAnnotations(w, 'Annotations', meta.annotations);
  const terminal = status.phase === 'Failed' || status.phase === 'Succeeded';
  if (meta.deletionTimestamp !== undefined && !terminal) {
    w.write(0, `Status:\tTerminating (lasts ${ageSince(meta.deletionTimestamp, options.now)})\n`);
    w.write(0, `Termination Grace Period:\t${meta.deletionGracePeriodSeconds ?? spec?.terminationGracePeriodSeconds ?? 30}s\n`);
  } else {
    w.write(0, `Status:\t${status.phase ?? ''}\n`);
  }
  if (status.reason) w.write(0, `Reason:\t${status.reason}\n`);
  if (status.message) w.write(0, `Message:\t${status.message}\n`);
  w.write(0, `IP:\t${status.podIP ?? ''}\n`);
  const ips = status.podIPs ?? [];
  if (ips.length === 0) {
    w.write(0, 'IPs:\t<none>\n');
  } else {
    w.write(0, 'IPs:\n');
    for (const ip of ips) w.write(1, `IP:\t${ip.ip}\n`);
  }
  const owner = options.owner ?? controllerOf(meta);
  if (owner !== undefined) w.write(0, `Controlled By:\t${owner.kind}/${owner.name}\n`);
  if (status.nominatedNodeName) w.write(0, `NominatedNodeName:\t${status.nominatedNodeName}\n`);
  if ((spec?.initContainers ?? []).length > 0) {
    writeContainers(w, 'Init Containers', spec?.initContainers ?? [], status.initContainerStatuses, options, '', pod);
  }
  writeContainers(w, 'Containers', spec?.containers ?? [], status.containerStatuses, options, '', pod);
  if ((spec?.ephemeralContainers ?? []).length > 0) {
    writeContainers(w, 'Ephemeral Containers', spec?.ephemeralContainers ?? [], status.ephemeralContainerStatuses, options, '', pod);
  }
  writeConditions(w, pod);
  writeVolumes(w, spec?.volumes);
  w.write(0, `QoS Class:\t${podQosClass(pod)}\n`);
  writeLabels(w, 'Node-Selectors', spec?.nodeSelector);
  writeTolerations(w, 'Tolerations', spec?.tolerations);
  writeEvents(w, events, options.now);
  return w.toString();
}
