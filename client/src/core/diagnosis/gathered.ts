// What the gather (models/diagnosis/gather.ts) read about one pod and what the explainer made of it:
// plain data shared by the pod watcher, the placement on the manifest and the explanation pages.
import type { Pod } from '../kube/kubeTypes';
import type { OwnerLink } from '../kube/owners';
import type { Diagnosis, DiagnosisInput } from './types';

export interface GatheredPod {
  readonly pod: Pod;
  readonly input: DiagnosisInput;
  /** Controllers from the pod upwards: `[ReplicaSet web-7d9f, Deployment web]`. */
  readonly owners: readonly OwnerLink[];
  /** What could not be read, e.g. `events: forbidden`; the diagnosis was made without it. */
  readonly gaps: readonly string[];
  readonly diagnoses: readonly Diagnosis[];
}
