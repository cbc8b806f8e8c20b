// The Service backends of an Ingress, read by the checks across resources and by navigation.
import type { YAMLMap } from 'yaml';
import { mapAt, mapItems, seqAt } from '../util/yamlAccess';

/** `service: {name, port: {number|name}}` backends of an Ingress (the default one and every path's). */
export function ingressServiceBackends(spec: unknown): YAMLMap[] {
  const backends: YAMLMap[] = [];
  const add = (backend: unknown): void => {
    const service = mapAt(backend, 'service');
    if (service) backends.push(service);
  };
  add(mapAt(spec, 'defaultBackend'));
  for (const { map: rule } of mapItems(seqAt(spec, 'rules'))) {
    for (const { map: path } of mapItems(seqAt(mapAt(rule, 'http'), 'paths'))) add(mapAt(path, 'backend'));
  }
  return backends;
}
