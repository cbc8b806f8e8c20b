// A container's environment as the kubelet builds it: literal values, field and resource refs,
// config map and secret keys (a missing one is CreateContainerConfigError), and $(VAR) expansion.
import { asArray, asString, getPath, isObj, meta, text, type Obj } from '../objects';
import type { Store } from '../store';

export class ContainerConfigError extends Error {}

function lookup(
  store: Store,
  kind: 'configmap' | 'secret',
  namespace: string,
  name: string,
  key: string | undefined,
  optional: boolean,
): string | Record<string, string> | undefined {
  const obj = store.get(kind === 'configmap' ? 'configmaps' : 'secrets', namespace, name);
  if (!obj) {
    if (optional) return undefined;
    throw new ContainerConfigError(`${kind} "${name}" not found`);
  }
  const data: Record<string, string> = {};
  if (kind === 'configmap') {
    for (const [k, v] of Object.entries(isObj(obj.data) ? obj.data : {})) data[k] = text(v);
  } else {
    for (const [k, v] of Object.entries(isObj(obj.data) ? obj.data : {})) data[k] = Buffer.from(text(v), 'base64').toString('utf8');
    for (const [k, v] of Object.entries(isObj(obj.stringData) ? obj.stringData : {})) data[k] = text(v);
  }
  if (key === undefined) return data;
  if (!(key in data)) {
    if (optional) return undefined;
    throw new ContainerConfigError(`couldn't find key ${key} in ${kind === 'configmap' ? 'ConfigMap' : 'Secret'} ${namespace}/${name}`);
  }
  return data[key];
}

function fieldRef(pod: Obj, path: string): string {
  const m = meta(pod);
  switch (path) {
    case 'metadata.name':
      return m.name ?? '';
    case 'metadata.namespace':
      return m.namespace ?? '';
    case 'metadata.uid':
      return m.uid ?? '';
    default: {
      const labels = /^metadata\.labels\['(.+)'\]$/.exec(path);
      if (labels) return m.labels?.[labels[1] ?? ''] ?? '';
      const value = getPath(pod, path.split('.'));
      return value === undefined || value === null ? '' : text(value);
    }
  }
}

/** Expands `$(NAME)` references; `$$(NAME)` escapes to a literal `$(NAME)`. */
export function expand(text: string, env: Readonly<Record<string, string>>): string {
  return text.replace(
    /\$\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)/g,
    (all, escaped: string | undefined, name: string | undefined) => {
      if (escaped !== undefined) return `$(${escaped})`;
      return name !== undefined && name in env ? (env[name] ?? '') : all;
    },
  );
}

export function containerEnvironment(store: Store, pod: Obj, container: Obj): Record<string, string> {
  const namespace = meta(pod).namespace ?? 'default';
  const env: Record<string, string> = {};
  for (const source of asArray(container.envFrom).filter(isObj)) {
    const prefix = asString(source.prefix) ?? '';
    for (const kind of ['configMapRef', 'secretRef'] as const) {
      const ref = source[kind];
      if (!isObj(ref)) continue;
      const data = lookup(
        store,
        kind === 'configMapRef' ? 'configmap' : 'secret',
        namespace,
        asString(ref.name) ?? '',
        undefined,
        ref.optional === true,
      );
      if (isObj(data)) for (const [k, v] of Object.entries(data)) env[`${prefix}${k}`] = text(v);
    }
  }
  for (const entry of asArray(container.env).filter(isObj)) {
    const name = asString(entry.name);
    if (!name) continue;
    if (entry.value !== undefined) {
      env[name] = expand(text(entry.value), env);
      continue;
    }
    const from = isObj(entry.valueFrom) ? entry.valueFrom : {};
    let value: string | Record<string, string> | undefined;
    if (isObj(from.fieldRef)) value = fieldRef(pod, asString(from.fieldRef.fieldPath) ?? '');
    else if (isObj(from.configMapKeyRef)) {
      value = lookup(
        store,
        'configmap',
        namespace,
        asString(from.configMapKeyRef.name) ?? '',
        asString(from.configMapKeyRef.key),
        from.configMapKeyRef.optional === true,
      );
    } else if (isObj(from.secretKeyRef)) {
      value = lookup(
        store,
        'secret',
        namespace,
        asString(from.secretKeyRef.name) ?? '',
        asString(from.secretKeyRef.key),
        from.secretKeyRef.optional === true,
      );
    } else if (isObj(from.resourceFieldRef)) {
      const resource = asString(from.resourceFieldRef.resource) ?? '';
      value = text(getPath(container, ['resources', ...resource.split('.')]) ?? '0');
    }
    if (typeof value === 'string') env[name] = value;
  }
  return env;
}
