// Pod spec validation (the checks learners trip over most), reported with JSON field paths.
import { asArray, isObj, text, type Obj } from '../objects';
import type { FieldError } from '../status';
import { dnsLabelErrors, duplicate, invalidValue, notFoundValue, notSupported, required } from './fieldErrors';
import { parseQuantity } from './quantity';

const RESTART_POLICIES = ['Always', 'OnFailure', 'Never'];
const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];
const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];

function probeErrors(path: string, probe: unknown): FieldError[] {
  if (!isObj(probe)) return [];
  const handlers = ['exec', 'httpGet', 'tcpSocket', 'grpc'].filter((h) => probe[h] !== undefined);
  if (handlers.length === 0) return [required(path, 'must specify a handler type')];
  if (handlers.length > 1)
    return [
      { type: 'FieldValueForbidden', field: `${path}.${handlers[1] ?? ''}`, detail: 'Forbidden: may not specify more than 1 handler type' },
    ];
  return [];
}

function resourceErrors(path: string, resources: unknown): FieldError[] {
  if (!isObj(resources)) return [];
  const errors: FieldError[] = [];
  const limits = isObj(resources.limits) ? resources.limits : {};
  const requests = isObj(resources.requests) ? resources.requests : {};
  for (const [name, value] of Object.entries(requests)) {
    const request = parseQuantity(value);
    const limit = parseQuantity(limits[name]);
    if (request !== undefined && limit !== undefined && request > limit) {
      errors.push(invalidValue(`${path}.requests`, value, `must be less than or equal to ${name} limit of ${String(limits[name])}`));
    }
  }
  return errors;
}

function containerErrors(path: string, container: Obj, volumes: Set<string>): FieldError[] {
  const errors: FieldError[] = [];
  if (typeof container.name === 'string') errors.push(...dnsLabelErrors(`${path}.name`, container.name));
  if (container.image === undefined || container.image === '') errors.push(required(`${path}.image`));
  if (container.imagePullPolicy !== undefined && !PULL_POLICIES.includes(text(container.imagePullPolicy))) {
    errors.push(notSupported(`${path}.imagePullPolicy`, container.imagePullPolicy, PULL_POLICIES));
  }
  const portNames = new Set<string>();
  asArray(container.ports).forEach((port, index) => {
    if (!isObj(port)) return;
    const portPath = `${path}.ports[${index}]`;
    const number = port.containerPort;
    if (typeof number === 'number' && (number < 1 || number > 65535)) {
      errors.push(invalidValue(`${portPath}.containerPort`, number, 'must be between 1 and 65535, inclusive'));
    }
    if (port.protocol !== undefined && !PROTOCOLS.includes(text(port.protocol))) {
      errors.push(notSupported(`${portPath}.protocol`, port.protocol, PROTOCOLS));
    }
    if (typeof port.name === 'string') {
      if (port.name.length > 15) errors.push(invalidValue(`${portPath}.name`, port.name, 'must be no more than 15 characters'));
      if (portNames.has(port.name)) errors.push(duplicate(`${portPath}.name`, port.name));
      portNames.add(port.name);
    }
  });
  asArray(container.volumeMounts).forEach((mount, index) => {
    if (isObj(mount) && typeof mount.name === 'string' && !volumes.has(mount.name)) {
      errors.push(notFoundValue(`${path}.volumeMounts[${index}].name`, mount.name));
    }
  });
  for (const probe of ['readinessProbe', 'livenessProbe', 'startupProbe'])
    errors.push(...probeErrors(`${path}.${probe}`, container[probe]));
  errors.push(...resourceErrors(`${path}.resources`, container.resources));
  return errors;
}

/** Validates a pod spec found at `path` (`spec`, or `spec.template.spec` in workloads). */
export function podSpecErrors(path: string, spec: unknown, allowedRestartPolicies = RESTART_POLICIES): FieldError[] {
  if (!isObj(spec)) return [];
  const errors: FieldError[] = [];
  const containers = asArray(spec.containers);
  if (containers.length === 0 && spec.containers !== undefined) errors.push(required(`${path}.containers`));
  const restart = spec.restartPolicy;
  if (restart !== undefined && !allowedRestartPolicies.includes(text(restart))) {
    errors.push(notSupported(`${path}.restartPolicy`, restart, allowedRestartPolicies));
  }
  const volumes = new Set(
    asArray(spec.volumes)
      .filter(isObj)
      .map((v) => String(v.name as string)),
  );
  const names = new Set<string>();
  for (const list of ['initContainers', 'containers']) {
    asArray(spec[list]).forEach((container, index) => {
      if (!isObj(container)) return;
      const containerPath = `${path}.${list}[${index}]`;
      if (typeof container.name === 'string') {
        if (names.has(container.name)) errors.push(duplicate(`${containerPath}.name`, container.name));
        names.add(container.name);
      }
      errors.push(...containerErrors(containerPath, container, volumes));
    });
  }
  return errors;
}
