// What every case family needs while it looks at one pod: the containers by name with their
// manifest paths, the events about each container, previous logs, and a typed way to record a
// finding whose texts are rendered later in the chosen language.

import type { Container, ContainerStatus, KubeEvent, Pod, PodSpec } from '../kube/kubeTypes';
import { timeMillis } from '../kube/kubeTypes';
import type { Catalogue, Code, MessageParams, Texts } from './messages';
import type { DiagnosisInput, ManifestTarget, PathSegment, QuickFix, Severity } from './types';

export interface Finding {
  code: Code;
  severity: Severity;
  container?: string;
  init?: boolean;
  evidence: string[];
  target?: ManifestTarget;
  quickFix?: QuickFix;
  render(catalogue: Catalogue): Texts;
}

/** Records a finding with parameters checked against its code's message builder. */
export function finding<K extends Code>(code: K, params: MessageParams[K], rest: Omit<Finding, 'code' | 'render'>): Finding {
  return { code, ...rest, render: (catalogue) => catalogue.messages[code](params) };
}

/** A container of the pod with where it sits in the manifest. */
export interface ContainerRef {
  container: Container;
  status?: ContainerStatus;
  init: boolean;
  index: number;
}

/** A target inside the pod spec, e.g. specTarget(['containers', 0, 'image']). */
export function specTarget(specPath: PathSegment[], missing = false): ManifestTarget {
  return missing ? { path: ['spec', ...specPath], specPath, missing } : { path: ['spec', ...specPath], specPath };
}

/** A target inside a container: containerTarget(ref, 'resources', 'limits', 'memory'). */
export function containerTarget(ref: ContainerRef, ...rest: PathSegment[]): ManifestTarget {
  return specTarget([ref.init ? 'initContainers' : 'containers', ref.index, ...rest]);
}

const FIELD_PATH = /^spec\.(containers|initContainers|ephemeralContainers)\{(.+)\}$/;

/** The container an event is about, from `involvedObject.fieldPath` (`spec.containers{app}`). */
export function eventContainer(event: KubeEvent): string | undefined {
  return FIELD_PATH.exec(event.involvedObject?.fieldPath ?? '')?.[2];
}

function lastSeen(e: KubeEvent): number {
  return (
    timeMillis(e.series?.lastObservedTime) ?? timeMillis(e.lastTimestamp) ?? timeMillis(e.eventTime) ?? timeMillis(e.firstTimestamp) ?? 0
  );
}

export class DiagnosisContext {
  readonly pod: Pod;
  readonly spec: PodSpec;
  readonly now: number;
  /** Newest first, so evidence leads with what the cluster said last. */
  readonly events: KubeEvent[];
  readonly containers: ContainerRef[];

  constructor(readonly input: DiagnosisInput) {
    this.pod = input.pod;
    this.spec = input.pod.spec ?? { containers: [] };
    this.now = input.now ?? Date.now();
    this.events = [...input.events].sort((a, b) => lastSeen(b) - lastSeen(a));
    const status = input.pod.status ?? {};
    const find = (list: ContainerStatus[] | undefined, name: string): ContainerStatus | undefined => list?.find((s) => s.name === name);
    this.containers = [
      ...(this.spec.initContainers ?? []).map((container, index) => ({
        container,
        index,
        init: true,
        status: find(status.initContainerStatuses, container.name),
      })),
      ...this.spec.containers.map((container, index) => ({
        container,
        index,
        init: false,
        status: find(status.containerStatuses, container.name),
      })),
    ];
  }

  containerNamed(name: string | undefined): ContainerRef | undefined {
    return this.containers.find((c) => c.container.name === name);
  }

  /** Events about one container, newest first; `reason` narrows to one event reason. */
  eventsFor(container: string, reason?: string): KubeEvent[] {
    return this.events.filter((e) => eventContainer(e) === container && (reason === undefined || e.reason === reason));
  }

  /** Pod-level events with a reason, newest first. */
  eventsWithReason(reason: string): KubeEvent[] {
    return this.events.filter((e) => e.reason === reason);
  }

  /** The last non-empty lines of the container's previous log. */
  previousLogTail(container: string, count = 10): string[] {
    const lines = this.input.previousLogs?.find((l) => l.container === container)?.lines ?? [];
    return lines
      .map((l) => l.replace(/\s+$/, ''))
      .filter((l) => l.length > 0)
      .slice(-count);
  }
}

/** Distinct, non-empty event messages, newest first, at most `limit`. */
export function messagesOf(events: readonly KubeEvent[], limit = 3): string[] {
  const seen = new Set<string>();
  for (const e of events) {
    const message = (e.message ?? '').trim();
    if (message !== '' && !seen.has(message)) seen.add(message);
    if (seen.size >= limit) break;
  }
  return [...seen];
}

/** Evidence lines without repeats or blanks, in the order given. */
export function evidenceOf(...groups: (string | undefined | readonly string[])[]): string[] {
  const out: string[] = [];
  for (const group of groups) {
    for (const line of typeof group === 'string' || group === undefined ? [group] : group) {
      const text = line?.trim();
      if (text && !out.includes(text)) out.push(text);
    }
  }
  return out;
}
