// The Volumes section of `kubectl describe`: one block per volume, with the source type in
// kubectl's words and the fields of that source.

import type { DescribeWriter } from './describeText';
import type { Volume } from '../kube/kubeTypes';

function optionalText(value: boolean | undefined): string {
  // kubectl prints the pointer as-is for projected sources: unset shows as <nil>.
  return value === undefined ? '<nil>' : String(value);
}

function writeSource(w: DescribeWriter, volume: Volume): void {
  if (volume.hostPath !== undefined) {
    w.write(2, 'Type:\tHostPath (bare host directory volume)\n');
    w.write(2, `Path:\t${volume.hostPath.path}\n`);
    w.write(2, `HostPathType:\t${volume.hostPath.type || '<none>'}\n`);
  } else if (volume.emptyDir !== undefined) {
    const limit = volume.emptyDir.sizeLimit;
    w.write(2, "Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n");
    w.write(2, `Medium:\t${volume.emptyDir.medium ?? ''}\n`);
    w.write(2, `SizeLimit:\t${limit !== undefined && String(limit) !== '0' ? String(limit) : '<unset>'}\n`);
  } else if (volume.secret !== undefined) {
    w.write(2, 'Type:\tSecret (a volume populated by a Secret)\n');
    w.write(2, `SecretName:\t${volume.secret.secretName ?? ''}\n`);
    w.write(2, `Optional:\t${String(volume.secret.optional === true)}\n`);
  } else if (volume.configMap !== undefined) {
    w.write(2, 'Type:\tConfigMap (a volume populated by a ConfigMap)\n');
    w.write(2, `Name:\t${volume.configMap.name ?? ''}\n`);
    w.write(2, `Optional:\t${String(volume.configMap.optional === true)}\n`);
  } else if (volume.persistentVolumeClaim !== undefined) {
    w.write(2, 'Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n');
    w.write(2, `ClaimName:\t${volume.persistentVolumeClaim.claimName}\n`);
    w.write(2, `ReadOnly:\t${String(volume.persistentVolumeClaim.readOnly === true)}\n`);
  } else if (volume.projected !== undefined) {
    w.write(2, 'Type:\tProjected (a volume that contains injected data from multiple sources)\n');
    for (const source of volume.projected.sources ?? []) {
      if (source.secret !== undefined) {
        w.write(2, `SecretName:\t${source.secret.name ?? ''}\n`);
        w.write(2, `SecretOptionalName:\t${optionalText(source.secret.optional)}\n`);
      } else if (source.downwardAPI !== undefined) {
        w.write(2, 'DownwardAPI:\ttrue\n');
      } else if (source.configMap !== undefined) {
        w.write(2, `ConfigMapName:\t${source.configMap.name ?? ''}\n`);
        w.write(2, `ConfigMapOptional:\t${optionalText(source.configMap.optional)}\n`);
      } else if (source.serviceAccountToken !== undefined) {
        w.write(2, `TokenExpirationSeconds:\t${source.serviceAccountToken.expirationSeconds ?? 3600}\n`);
      }
    }
  } else if (volume.downwardAPI !== undefined) {
    w.write(2, 'Type:\tDownwardAPI (a volume populated by information about the pod)\n');
  } else {
    w.write(1, '<unknown>\n');
  }
}

/** Writes `Volumes:` and each volume; `indent` is '  ' inside a pod template. */
export function writeVolumes(w: DescribeWriter, volumes: Volume[] | undefined, indent = ''): void {
  const list = volumes ?? [];
  if (list.length === 0) {
    w.write(0, `${indent}Volumes:\t<none>\n`);
    return;
  }
  w.write(0, `${indent}Volumes:\n`);
  for (const volume of list) {
    w.write(1, `${indent === '' ? '' : ' '}${volume.name}:\n`);
    writeSource(w, volume);
  }
}
