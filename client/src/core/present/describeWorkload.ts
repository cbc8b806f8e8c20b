// A compact `kubectl describe` for the workload kinds (Deployment, ReplicaSet, StatefulSet,
// DaemonSet, Job, CronJob): identity, selector, the kind's replica status line, the pod template,
// conditions and events, in kubectl's wording and alignment.

import { controllerOf } from '../kube/owners';
import { describedSelectorText } from '../kube/labelSelector';
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
import type { KubeEvent, Pod, PodTemplateSpec, Workload } from '../kube/kubeTypes';

/** `3 Running / 0 Waiting / 0 Succeeded / 0 Failed` over the workload's pods. */
function podsStatus(pods: readonly Pod[]): string {
  const count = (phase: string): number => pods.filter((p) => p.status?.phase === phase).length;
  return `${count('Running')} Running / ${count('Pending')} Waiting / ${count('Succeeded')} Succeeded / ${count('Failed')} Failed`;
}

function writePodTemplate(w: DescribeWriter, template: PodTemplateSpec | undefined, options: DescribeOptions): void {
  w.write(0, 'Pod Template:\n');
  if (template === undefined) {
    w.write(1, '<unset>\n');
    return;
  }
  writeLabels(w, 'Labels', template.metadata?.labels, '  ');
  if (Object.keys(template.metadata?.annotations ?? {}).length > 0)
    writeAnnotations(w, 'Annotations', template.metadata?.annotations, '  ');
  const spec = template.spec;
  if (spec?.serviceAccountName) w.write(1, `Service Account:\t${spec.serviceAccountName}\n`);
  if ((spec?.initContainers ?? []).length > 0) writeContainers(w, 'Init Containers', spec?.initContainers ?? [], undefined, options, '  ');
  writeContainers(w, 'Containers', spec?.containers ?? [], undefined, options, '  ');
  writeVolumes(w, spec?.volumes, '  ');
  if (spec?.priorityClassName) w.write(1, `Priority Class Name:\t${spec.priorityClassName}\n`);
  writeLabels(w, 'Node-Selectors', spec?.nodeSelector, '  ');
  writeTolerations(w, 'Tolerations', spec?.tolerations, '  ');
}

function writeWorkloadConditions(w: DescribeWriter, workload: Workload): void {
  const conditions = workload.status?.conditions ?? [];
  if (conditions.length === 0) return;
  w.write(0, 'Conditions:\n');
  w.write(1, 'Type\tStatus\tReason\n');
  w.write(1, '----\t------\t------\n');
  // kubectl puts a space after the type, which widens that column by one.
  for (const c of conditions) w.write(1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
}

/** The kind-specific lines between the metadata and the pod template. */
function writeReplicaLines(w: DescribeWriter, workload: Workload, pods: readonly Pod[] | undefined, options: DescribeOptions): void {
  const spec = workload.spec ?? {};
  const s = workload.status ?? {};
  const n = (value: number | undefined): number => value ?? 0;
  switch (workload.kind) {
    case 'Deployment': {
      w.write(
        0,
        `Replicas:\t${n(spec.replicas ?? 1)} desired | ${n(s.updatedReplicas)} updated | ${n(s.replicas)} total | ${n(s.availableReplicas)} available | ${n(s.unavailableReplicas)} unavailable\n`,
      );
      w.write(0, `StrategyType:\t${spec.strategy?.type ?? 'RollingUpdate'}\n`);
      w.write(0, `MinReadySeconds:\t${n(spec.minReadySeconds)}\n`);
      const rolling = spec.strategy?.rollingUpdate;
      if ((spec.strategy?.type ?? 'RollingUpdate') === 'RollingUpdate') {
        w.write(
          0,
          `RollingUpdateStrategy:\t${String(rolling?.maxUnavailable ?? '25%')} max unavailable, ${String(rolling?.maxSurge ?? '25%')} max surge\n`,
        );
      }
      break;
    }
    case 'ReplicaSet':
      w.write(0, `Replicas:\t${n(s.replicas)} current / ${n(spec.replicas ?? 1)} desired\n`);
      break;
    case 'StatefulSet':
      w.write(0, `Replicas:\t${n(spec.replicas ?? 1)} desired | ${n(s.replicas)} total\n`);
      w.write(0, `Update Strategy:\t${spec.updateStrategy?.type ?? 'RollingUpdate'}\n`);
      break;
    case 'DaemonSet':
      w.write(0, `Desired Number of Nodes Scheduled: ${n(s.desiredNumberScheduled)}\n`);
      w.write(0, `Current Number of Nodes Scheduled: ${n(s.currentNumberScheduled)}\n`);
      w.write(0, `Number of Nodes Scheduled with Up-to-date Pods: ${n(s.updatedNumberScheduled)}\n`);
      w.write(0, `Number of Nodes Scheduled with Available Pods: ${n(s.numberAvailable)}\n`);
      w.write(0, `Number of Nodes Misscheduled: ${n(s.numberMisscheduled)}\n`);
      break;
    case 'Job': {
      w.write(0, `Parallelism:\t${n(spec.parallelism ?? 1)}\n`);
      w.write(0, `Completions:\t${spec.completions === undefined ? '<unset>' : spec.completions}\n`);
      w.write(0, `Backoff Limit:\t${n(spec.backoffLimit ?? 6)}\n`);
      if (s.startTime !== undefined) w.write(0, `Start Time:\t${formatTime(s.startTime, options)}\n`);
      if (s.completionTime !== undefined) w.write(0, `Completed At:\t${formatTime(s.completionTime, options)}\n`);
      const active = typeof s.active === 'number' ? s.active : 0;
      w.write(0, `Pods Statuses:\t${active} Active (${n(s.ready)} Ready) / ${n(s.succeeded)} Succeeded / ${n(s.failed)} Failed\n`);
      return;
    }
    case 'CronJob': {
      w.write(0, `Schedule:\t${spec.schedule ?? ''}\n`);
      w.write(0, `Concurrency Policy:\t${spec.concurrencyPolicy ?? 'Allow'}\n`);
      w.write(0, `Suspend:\t${spec.suspend === true ? 'True' : 'False'}\n`);
      w.write(0, `Last Schedule Time:\t${s.lastScheduleTime === undefined ? '<unset>' : formatTime(s.lastScheduleTime, options)}\n`);
      const active = Array.isArray(s.active) ? s.active.map((j) => j.name ?? '').join(', ') : '';
      w.write(0, `Active Jobs:\t${active || '<none>'}\n`);
      return;
    }
  }
  if (pods !== undefined) w.write(0, `Pods Status:\t${podsStatus(pods)}\n`);
}

/** Describes a workload with its events; `pods` (its pods) fills the Pods Status line when given. */
export function describeWorkload(
  workload: Workload,
  events: readonly KubeEvent[],
  options: DescribeOptions & { pods?: readonly Pod[] },
): string {
  const w = new DescribeWriter();
  const meta = workload.metadata;
  w.write(0, `Name:\t${meta.name ?? ''}\n`);
  w.write(0, `Namespace:\t${meta.namespace ?? ''}\n`);
  if (meta.creationTimestamp !== undefined) w.write(0, `CreationTimestamp:\t${formatTime(meta.creationTimestamp, options)}\n`);
  writeLabels(w, 'Labels', meta.labels);
  writeAnnotations(w, 'Annotations', meta.annotations);
  if (workload.kind !== 'CronJob') w.write(0, `Selector:\t${describedSelectorText(workload.spec?.selector)}\n`);
  const owner = controllerOf(meta);
  if (owner !== undefined) w.write(0, `Controlled By:\t${owner.kind}/${owner.name}\n`);
  writeReplicaLines(w, workload, options.pods, options);
  const template = workload.kind === 'CronJob' ? workload.spec?.jobTemplate?.spec?.template : workload.spec?.template;
  writePodTemplate(w, template, options);
  writeWorkloadConditions(w, workload);
  writeEvents(w, events, options.now);
  return w.toString();
}
