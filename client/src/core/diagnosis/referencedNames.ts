// The ConfigMaps and Secrets a pod names (env, envFrom, volumes), so the gatherer can check that
// each one exists before the kubelet gets round to complaining about it.

import type { Container, PodSpec } from '../kube/kubeTypes';

export interface ReferencedNames {
  configMaps: string[];
  secrets: string[];
}

function addTo(list: string[], name: string | undefined): void {
  if (name !== undefined && name !== '' && !list.includes(name)) list.push(name);
}

/** Required references only: an `optional: true` reference cannot keep a pod from starting. */
export function referencedNames(spec: PodSpec | undefined): ReferencedNames {
  const out: ReferencedNames = { configMaps: [], secrets: [] };
  if (spec === undefined) return out;
  const containers: Container[] = [...(spec.initContainers ?? []), ...spec.containers];
  for (const container of containers) {
    for (const env of container.env ?? []) {
      const cm = env.valueFrom?.configMapKeyRef;
      const secret = env.valueFrom?.secretKeyRef;
      if (cm !== undefined && cm.optional !== true) addTo(out.configMaps, cm.name);
      if (secret !== undefined && secret.optional !== true) addTo(out.secrets, secret.name);
    }
    for (const source of container.envFrom ?? []) {
      if (source.configMapRef !== undefined && source.configMapRef.optional !== true) addTo(out.configMaps, source.configMapRef.name);
      if (source.secretRef !== undefined && source.secretRef.optional !== true) addTo(out.secrets, source.secretRef.name);
    }
  }
  for (const volume of spec.volumes ?? []) {
    if (volume.configMap !== undefined && volume.configMap.optional !== true) addTo(out.configMaps, volume.configMap.name);
    if (volume.secret !== undefined && volume.secret.optional !== true) addTo(out.secrets, volume.secret.secretName);
    for (const source of volume.projected?.sources ?? []) {
      // Every namespace has kube-root-ca.crt; the service account volume names it.
      if (source.configMap !== undefined && source.configMap.optional !== true && source.configMap.name !== 'kube-root-ca.crt')
        addTo(out.configMaps, source.configMap.name);
      if (source.secret !== undefined && source.secret.optional !== true) addTo(out.secrets, source.secret.name);
    }
  }
  return out;
}
