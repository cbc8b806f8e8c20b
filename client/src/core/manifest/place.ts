// Turns the watched pods' diagnoses into places in the current manifest text: each finding on the
// key at fault in the document that defines the pod (found again by kind and name, so edits that
// move documents around do not misplace it). The same finding of several pods of one workload at
// one place becomes one entry that lists the pods. No VS Code.

import type { Manifest } from '../../../../server/src/service/manifestKit';
import type { Diagnosis } from '../diagnosis/types';
import { locateTarget } from './locate';
import { manifestWorkloads, type ManifestWorkload } from './manifestWorkloads';
import type { GatheredPod } from '../diagnosis/gathered';

export interface PlacedDiagnosis {
  /** File offsets of the key at fault. */
  readonly start: number;
  readonly end: number;
  readonly diagnosis: Diagnosis;
  /** The workload as it is in the current text (document index, kind). */
  readonly workload: ManifestWorkload;
  /** The pods with this finding here, first one first. */
  readonly pods: readonly { namespace: string; name: string }[];
}

/** A pod of the manifest's workload, with what was gathered about it. */
export interface WatchedPod {
  readonly workload: ManifestWorkload;
  readonly gathered: GatheredPod;
}

function sameWorkload(a: ManifestWorkload, b: ManifestWorkload): boolean {
  return a.kind === b.kind && a.name === b.name && a.namespace === b.namespace;
}

export function placeDiagnoses(manifest: Manifest, defaultNamespace: string, pods: Iterable<WatchedPod>): PlacedDiagnosis[] {
  const current = manifestWorkloads(manifest, defaultNamespace);
  const placed = new Map<string, { entry: PlacedDiagnosis; pods: { namespace: string; name: string }[] }>();
  for (const { workload, gathered } of pods) {
    const here = current.find((w) => sameWorkload(w, workload));
    if (here === undefined) continue;
    const pod = { namespace: gathered.pod.metadata.namespace ?? here.namespace, name: gathered.pod.metadata.name ?? '' };
    for (const diagnosis of gathered.diagnoses) {
      const span = locateTarget(manifest, here.documentIndex, here.kind, diagnosis.manifestTarget);
      if (span === undefined) continue;
      const key = `${span.start}:${span.end}:${diagnosis.code}:${diagnosis.container ?? ''}`;
      const existing = placed.get(key);
      if (existing) existing.pods.push(pod);
      else placed.set(key, { entry: { start: span.start, end: span.end, diagnosis, workload: here, pods: [] }, pods: [pod] });
    }
  }
  return [...placed.values()].map(({ entry, pods: list }) => ({ ...entry, pods: list.sort((a, b) => a.name.localeCompare(b.name)) }));
}
