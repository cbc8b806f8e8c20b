// The failure explainer's public shapes: what it reads about a pod, and the diagnoses it returns.
// Everything here is plain data so the same result can feed editor diagnostics, hovers and tests.

import type { Language } from '../../../../protocol/index';
import type { KubeEvent, Node, Pod } from '../kube/kubeTypes';

export type { Language };
export type Severity = 'error' | 'warning' | 'info';
export type PathSegment = string | number;

/**
 * Where in the manifest the fix belongs.
 *
 * `path` starts at the root of a Pod manifest: `['spec', 'containers', 0, 'image']`,
 * `['metadata', 'finalizers']`.
 *
 * `specPath` is the same location relative to the PodSpec (`['containers', 0, 'image']`). It is set
 * whenever the location is inside `spec`, so a caller whose manifest is a workload can place it in
 * the pod template with `podSpecPathIn(kind, specPath)` (Deployment → `spec.template.spec...`,
 * CronJob → `spec.jobTemplate.spec.template.spec...`). It is absent for targets outside the spec
 * (metadata of the live pod), which have no place in a template.
 *
 * Container indexes are positions in the pod's `containers` / `initContainers` lists, which keep
 * the manifest's order.
 */
export interface ManifestTarget {
  path: PathSegment[];
  specPath?: PathSegment[];
  /** True when the field is not in the manifest yet: the fix adds it (e.g. `tolerations`). */
  missing?: boolean;
}

export type QuickFix =
  | { kind: 'add-imagePullPolicy'; container: string; target: ManifestTarget; value: 'IfNotPresent' }
  | { kind: 'raise-memory-limit'; container: string; target: ManifestTarget; current: string; value: string }
  | { kind: 'open-previous-logs'; container: string };

export interface Diagnosis {
  /** Stable id, e.g. `image-pull-not-found`, `crash-command-not-found`, `oom-killed`. */
  code: string;
  severity: Severity;
  /** The container the diagnosis is about; absent for pod-level causes (scheduling, eviction). */
  container?: string;
  /** True when `container` is an init container (or a native sidecar). */
  initContainer?: boolean;
  title: string;
  whatHappened: string;
  likelyCause: string;
  /** Verbatim event messages, status messages and log lines that support the diagnosis. */
  evidence: string[];
  whatToChange: string;
  manifestTarget?: ManifestTarget;
  quickFix?: QuickFix;
}

export interface DiagnosisInput {
  pod: Pod;
  /** Events whose involved object is this pod (any order). */
  events: readonly KubeEvent[];
  /** The previous run's log tail per container (`kubectl logs --previous`). */
  previousLogs?: { container: string; lines: string[] }[];
  /** The node the pod runs on, when readable. */
  node?: Node;
  /** The workload that manages the pod (e.g. its Deployment), when the caller resolved it. */
  owner?: { kind: string; name: string };
  /** Names of the ConfigMaps and Secrets that exist in the pod's namespace, when the caller listed them. */
  referencedObjects?: { configMaps: string[]; secrets: string[] };
  /** Current memory use per container, when metrics are available (quantities such as `"250Mi"`). */
  memoryUsage?: Record<string, string>;
  /** The time to judge "stuck" against (epoch milliseconds); defaults to the current time. */
  now?: number;
}
