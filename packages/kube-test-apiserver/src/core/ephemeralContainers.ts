// pods/NAME/ephemeralcontainers: GET returns the Pod; PUT and PATCH (JSON, merge, strategic merge)
// change only spec.ephemeralContainers, as the API server's ephemeral container strategy does.
// Existing ephemeral containers can be neither changed nor removed; new ones need a unique name,
// no ports, probes, lifecycle or resources, and a targetContainerName naming a container.
import { applyDefaults } from '../defaults';
import { asArray, asString, clone, deepEqual, isObj, meta, type Obj } from '../objects';
import { resourceByName } from '../resources';
import { invalid, modifiedConflict, type FieldError } from '../status';
import { dnsLabelErrors, duplicate, forbiddenField, notFoundValue, required } from '../validation/fieldErrors';
import type { ApiCore, WriteOptions, WriteResult } from './core';
import { expectKind } from './decode';

const PODS = resourceByName('pods');
const NOT_ALLOWED = ['ports', 'livenessProbe', 'readinessProbe', 'startupProbe', 'lifecycle', 'resizePolicy'] as const;

function namesOf(list: unknown): string[] {
  return asArray(list)
    .filter(isObj)
    .map((c) => asString(c.name) ?? '');
}

function hasResources(container: Obj): boolean {
  const resources = container.resources;
  return (
    isObj(resources) &&
    Object.values(resources).some((v) => (isObj(v) ? Object.keys(v).length > 0 : Array.isArray(v) ? v.length > 0 : v !== undefined))
  );
}

export function ephemeralContainerErrors(live: Obj, next: readonly Obj[]): FieldError[] {
  const spec = isObj(live.spec) ? live.spec : {};
  const before = asArray(spec.ephemeralContainers).filter(isObj);
  const errors: FieldError[] = [];
  for (const old of before) {
    const name = asString(old.name) ?? '';
    const now = next.find((c) => c.name === name);
    if (!now) errors.push(forbiddenField('spec.ephemeralContainers', `existing ephemeral containers "${name}" may not be removed`));
    else if (!deepEqual(old, now))
      errors.push(
        forbiddenField(`spec.ephemeralContainers[${next.indexOf(now)}]`, `existing ephemeral containers "${name}" may not be changed`),
      );
  }
  const podNames = [...namesOf(spec.containers), ...namesOf(spec.initContainers)];
  const seen = new Set<string>();
  next.forEach((container, index) => {
    const field = `spec.ephemeralContainers[${index}]`;
    const name = asString(container.name) ?? '';
    if (before.some((c) => c.name === name)) {
      seen.add(name);
      return;
    }
    if (name === '') errors.push(required(`${field}.name`));
    else errors.push(...dnsLabelErrors(`${field}.name`, name));
    if (name !== '' && (podNames.includes(name) || seen.has(name))) errors.push(duplicate(`${field}.name`, name));
    seen.add(name);
    if ((asString(container.image) ?? '').trim() === '') errors.push(required(`${field}.image`));
    for (const key of NOT_ALLOWED)
      if (container[key] !== undefined) errors.push(forbiddenField(`${field}.${key}`, 'cannot be set for an Ephemeral Container'));
    if (hasResources(container)) errors.push(forbiddenField(`${field}.resources`, 'cannot be set for an Ephemeral Container'));
    const target = asString(container.targetContainerName);
    if (target !== undefined && target !== '' && !podNames.includes(target))
      errors.push(notFoundValue(`${field}.targetContainerName`, target));
  });
  return errors;
}

/** Stores `incoming`'s ephemeral containers on the live pod; everything else in `incoming` is ignored. */
function store(core: ApiCore, live: Obj, incoming: Obj, options: WriteOptions): WriteResult {
  const name = meta(live).name ?? '';
  const spec = isObj(incoming.spec) ? incoming.spec : {};
  const next = clone(live);
  const nextSpec = isObj(next.spec) ? next.spec : {};
  nextSpec.ephemeralContainers = clone(asArray(spec.ephemeralContainers));
  next.spec = nextSpec;
  // Defaults first, so an unchanged container compares equal to its stored (defaulted) self.
  applyDefaults('Pod', next);
  const containers = asArray(nextSpec.ephemeralContainers).filter(isObj);
  if (containers.length === 0) delete nextSpec.ephemeralContainers;
  const errors = ephemeralContainerErrors(live, containers);
  if (errors.length > 0) throw invalid('Pod', '', name, errors);
  if (options.dryRun) return { object: next, created: false, warnings: [] };
  const stored = core.systemUpdate(PODS, next, options.fieldManager, 'ephemeralcontainers') ?? next;
  return { object: stored, created: false, warnings: [] };
}

export function putEphemeralContainers(core: ApiCore, namespace: string, name: string, body: unknown, options: WriteOptions): WriteResult {
  const incoming = expectKind(PODS, body);
  const live = core.get(PODS, namespace, name);
  const rv = meta(incoming).resourceVersion;
  if (rv !== undefined && rv !== '' && rv !== meta(live).resourceVersion) throw modifiedConflict(PODS, name);
  return store(core, live, incoming, options);
}

export function patchEphemeralContainers(
  core: ApiCore,
  namespace: string,
  name: string,
  contentType: string,
  text: string,
  options: WriteOptions,
): WriteResult {
  const { live, patched } = core.patched(PODS, namespace, name, contentType, text);
  return store(core, live, patched, options);
}
