// Gathers what the failure explainer reads about one pod from the cluster, then explains it:
// the pod, the events about it, its controllers up to the workload a person wrote (ReplicaSet →
// Deployment, Job → CronJob), its node where readable, the last run's log of containers that
// ended, and whether the ConfigMaps and Secrets it names exist. Only the pod itself is required;
// everything else is best effort (a 403 on nodes or events is normal for a developer account),
// and what could not be read is listed in `gaps` so the UI can say so. No VS Code here.

import { isClusterError, type ClusterApi, type KubeObject } from '../../cluster/index';
import type { ContainerStatus, KubeEvent, Node, Pod } from '../../core/kube/kubeTypes';
import { asKind } from '../../core/kube/kinds';
import { controllerOf, type OwnerLink } from '../../core/kube/owners';
import type { GatheredPod } from '../../core/diagnosis/gathered';
import { diagnosePod } from '../../core/diagnosis/diagnose';
import { referencedNames } from '../../core/diagnosis/referencedNames';
import type { DiagnosisInput, Language } from '../../core/diagnosis/types';

export interface PodLocation {
  readonly namespace: string;
  readonly name: string;
}

export type { OwnerLink };

export type { GatheredPod };

export interface GatherOptions {
  readonly language?: Language;
  /** Log lines to read from each ended container (default 20). */
  readonly logLines?: number;
  /** The pod as already fetched (a watch event), to save one request. */
  readonly pod?: KubeObject;
  /** The time to judge "stuck" against; defaults to now. */
  readonly now?: number;
}

const MAX_OWNER_DEPTH = 4;

function reasonOf(error: unknown): string {
  return isClusterError(error) ? error.kind : 'error';
}

async function ownerChain(api: ClusterApi, pod: KubeObject, namespace: string, gaps: string[]): Promise<OwnerLink[]> {
  const chain: OwnerLink[] = [];
  let next = controllerOf(pod.metadata);
  while (next !== undefined && chain.length < MAX_OWNER_DEPTH) {
    const link: OwnerLink = next;
    chain.push(link);
    try {
      next = controllerOf((await api.get({ ...link, namespace })).metadata);
    } catch (error) {
      // The owner is known by name from the reference even when it cannot be read.
      if (!isClusterError(error) || error.kind !== 'not-found') gaps.push(`${link.kind} ${link.name}: ${reasonOf(error)}`);
      next = undefined;
    }
  }
  return chain;
}

async function readEvents(api: ClusterApi, pod: Pod, namespace: string, gaps: string[]): Promise<KubeEvent[]> {
  const name = pod.metadata.name ?? '';
  const uid = pod.metadata.uid;
  // By uid too: a pod recreated under the same name must not inherit the old one's events.
  const fieldSelector = [
    `involvedObject.name=${name}`,
    'involvedObject.kind=Pod',
    ...(uid !== undefined ? [`involvedObject.uid=${uid}`] : []),
  ].join(',');
  try {
    return await api.list('v1', 'Event', { namespace, fieldSelector });
  } catch (error) {
    gaps.push(`events: ${reasonOf(error)}`);
    return [];
  }
}

async function readNode(api: ClusterApi, pod: Pod): Promise<Node | undefined> {
  try {
    const nodeName = pod.spec?.nodeName;
    if (nodeName) return await api.get({ apiVersion: 'v1', kind: 'Node', name: nodeName });
    // A pod the scheduler could not place has no node; with a single node, its allocatable
    // resources still say how far the requests are off.
    const nodes = await api.list('v1', 'Node');
    return nodes.length === 1 ? nodes[0] : undefined;
  } catch {
    // Nodes are cluster-scoped and often not readable for developers: diagnose without them.
    return undefined;
  }
}

function endedRuns(pod: Pod): { container: string; previous: boolean }[] {
  const statuses: ContainerStatus[] = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
  const out: { container: string; previous: boolean }[] = [];
  for (const s of statuses) {
    // A restarted container's last run is the previous log; one that ended for good is the current log.
    if (s.lastState?.terminated !== undefined && s.state?.terminated === undefined) out.push({ container: s.name, previous: true });
    else if (s.state?.terminated !== undefined) out.push({ container: s.name, previous: false });
  }
  return out;
}

async function readLogs(api: ClusterApi, pod: Pod, namespace: string, lines: number): Promise<{ container: string; lines: string[] }[]> {
  const name = pod.metadata.name ?? '';
  const logs = await Promise.all(
    endedRuns(pod).map(async ({ container, previous }) => {
      try {
        const text = await api.logs(name, { namespace, container, previous, tailLines: lines });
        return { container, lines: text.split('\n') };
      } catch {
        // A run that never started (StartError) has no log; the runtime's message is evidence enough.
        return undefined;
      }
    }),
  );
  return logs.filter((l): l is { container: string; lines: string[] } => l !== undefined);
}

function waitingOnConfig(pod: Pod): boolean {
  if (pod.status?.phase === 'Pending') return true;
  const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
  return statuses.some((s) => ['CreateContainerConfigError', 'ContainerCreating'].includes(s.state?.waiting?.reason ?? ''));
}

/** Names that exist, or could not be checked (a 403 must not turn into "missing"). */
async function existingNames(
  api: ClusterApi,
  kind: 'ConfigMap' | 'Secret',
  names: readonly string[],
  namespace: string,
): Promise<string[]> {
  const found = await Promise.all(
    names.map(async (name) => {
      try {
        await api.get({ apiVersion: 'v1', kind, name, namespace });
        return name;
      } catch (error) {
        return isClusterError(error) && error.kind === 'not-found' ? undefined : name;
      }
    }),
  );
  return found.filter((n): n is string => n !== undefined);
}

/** Reads the pod and what surrounds it, and explains what is wrong (an empty list: nothing is). */
export async function gatherPod(api: ClusterApi, location: PodLocation, options: GatherOptions = {}): Promise<GatheredPod> {
  const { namespace } = location;
  const object = options.pod ?? (await api.get({ apiVersion: 'v1', kind: 'Pod', name: location.name, namespace }));
  const pod = asKind('Pod', object);
  const gaps: string[] = [];
  const refs = referencedNames(pod.spec);
  const checkRefs = waitingOnConfig(pod);
  const [events, owners, node, previousLogs, configMaps, secrets] = await Promise.all([
    readEvents(api, pod, namespace, gaps),
    ownerChain(api, object, namespace, gaps),
    readNode(api, pod),
    readLogs(api, pod, namespace, options.logLines ?? 20),
    checkRefs ? existingNames(api, 'ConfigMap', refs.configMaps, namespace) : Promise.resolve(undefined),
    checkRefs ? existingNames(api, 'Secret', refs.secrets, namespace) : Promise.resolve(undefined),
  ]);
  const top = owners[owners.length - 1];
  const input: DiagnosisInput = {
    pod,
    events,
    previousLogs,
    ...(node !== undefined ? { node } : {}),
    ...(top !== undefined ? { owner: { kind: top.kind, name: top.name } } : {}),
    ...(configMaps !== undefined && secrets !== undefined ? { referencedObjects: { configMaps, secrets } } : {}),
    ...(options.now !== undefined ? { now: options.now } : {}),
  };
  return { pod, input, owners, gaps, diagnoses: diagnosePod(input, options.language ?? 'en') };
}
