// Volume set-up before any container starts: a configMap or secret volume (or projected source)
// whose object does not exist keeps the pod in ContainerCreating with FailedMount events, worded
// as the kubelet's volume manager words them, until the object appears.
import { asArray, asString, isObj, meta, type Obj } from '../objects';
import type { Store } from '../store';

interface Source {
  readonly resource: 'configmaps' | 'secrets';
  readonly name: string;
}

function sourcesOf(volume: Obj): Source[] {
  const out: Source[] = [];
  const add = (resource: Source['resource'], ref: unknown, nameKey: string): void => {
    if (!isObj(ref) || ref.optional === true) return;
    const name = asString(ref[nameKey]);
    if (name) out.push({ resource, name });
  };
  add('configmaps', volume.configMap, 'name');
  add('secrets', volume.secret, 'secretName');
  const projected = isObj(volume.projected) ? volume.projected : {};
  for (const source of asArray(projected.sources).filter(isObj)) {
    add('configmaps', source.configMap, 'name');
    add('secrets', source.secret, 'name');
  }
  return out;
}

/** The FailedMount message for the first volume that cannot be set up; undefined when all can. */
export function volumeSetupError(store: Store, pod: Obj): string | undefined {
  const namespace = meta(pod).namespace ?? 'default';
  const spec = isObj(pod.spec) ? pod.spec : {};
  for (const volume of asArray(spec.volumes).filter(isObj)) {
    for (const source of sourcesOf(volume)) {
      if (store.get(source.resource, namespace, source.name)) continue;
      const kind = source.resource === 'configmaps' ? 'configmap' : 'secret';
      return `MountVolume.SetUp failed for volume "${asString(volume.name) ?? ''}" : ${kind} "${source.name}" not found`;
    }
  }
  return undefined;
}
