// Placing a diagnosis in the manifest the user edits: the pod's own manifest, or the pod template
// of the workload that created it.

import type { PathSegment } from './types';
import { POD_TEMPLATE_KINDS } from '../kube/workloadKinds';

/**
 * The path of a PodSpec location inside a manifest of `kind`: `Pod` → `spec...`,
 * Deployment and the other template kinds → `spec.template.spec...`, `CronJob` →
 * `spec.jobTemplate.spec.template.spec...`, `PodTemplate` → `template.spec...`.
 * Undefined for kinds that hold no pod template.
 */
export function podSpecPathIn(kind: string, specPath: readonly PathSegment[]): PathSegment[] | undefined {
  if (kind === 'Pod') return ['spec', ...specPath];
  if (POD_TEMPLATE_KINDS.has(kind)) return ['spec', 'template', 'spec', ...specPath];
  if (kind === 'CronJob') return ['spec', 'jobTemplate', 'spec', 'template', 'spec', ...specPath];
  if (kind === 'PodTemplate') return ['template', 'spec', ...specPath];
  return undefined;
}

/** `spec.containers[0].image`, the way people write field paths. */
export function formatManifestPath(path: readonly PathSegment[]): string {
  return path.reduce<string>((text, segment) => {
    if (typeof segment === 'number') return `${text}[${segment}]`;
    const plain = /^[A-Za-z_][\w-]*$/.test(segment);
    if (!plain) return `${text}[${JSON.stringify(segment)}]`;
    return text === '' ? segment : `${text}.${segment}`;
  }, '');
}
