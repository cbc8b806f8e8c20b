// Validation on create and update: schema-required fields, object names, kind-specific rules,
// and the fields an update may not change. Failures become a 422 Invalid Status.
import { deepEqual, isObj, meta, type Obj } from '../objects';
import type { ResourceType } from '../resources';
import type { Schema } from '../schema';
import { invalid, type FieldError } from '../status';
import { claimErrors, claimUpdateErrors } from './claimRules';
import { dnsLabelErrors, dnsSubdomainErrors, forbiddenField, invalidValue, notSupported, required } from './fieldErrors';
import { podSpecErrors } from './podRules';
import { missingRequired } from './requiredFields';
import { nodeTaintErrors, tolerationErrors } from './taintRules';

const LABEL_NAMES = new Set(['namespaces', 'services']);

function selectorMatches(selector: unknown, labels: unknown): boolean {
  if (!isObj(selector)) return false;
  const wanted = isObj(selector.matchLabels) ? selector.matchLabels : {};
  const have = isObj(labels) ? labels : {};
  return Object.entries(wanted).every(([k, v]) => have[k] === v);
}

function workloadErrors(kind: string, spec: unknown): FieldError[] {
  if (!isObj(spec)) return [];
  const errors: FieldError[] = [];
  const template = isObj(spec.template) ? spec.template : undefined;
  const templateLabels = template && isObj(template.metadata) ? template.metadata.labels : undefined;
  if (kind === 'Deployment' || kind === 'ReplicaSet' || kind === 'StatefulSet' || kind === 'DaemonSet') {
    if (isObj(spec.selector) && template && !selectorMatches(spec.selector, templateLabels)) {
      errors.push(invalidValue('spec.template.metadata.labels', templateLabels ?? {}, '`selector` does not match template `labels`'));
    }
    if (template) errors.push(...podSpecErrors('spec.template.spec', template.spec, ['Always']));
  }
  if (kind === 'Job' && template) {
    const spec = isObj(template.spec) ? template.spec : {};
    if (spec.restartPolicy === 'Always' || spec.restartPolicy === undefined) {
      errors.push(notSupported('spec.template.spec.restartPolicy', spec.restartPolicy ?? '', ['OnFailure', 'Never']));
    } else {
      errors.push(...podSpecErrors('spec.template.spec', template.spec, ['OnFailure', 'Never']));
    }
  }
  return errors;
}

export function validateObject(schema: Schema, type: ResourceType, obj: Obj): void {
  const m = meta(obj);
  const errors: FieldError[] = [];
  if (!m.name) errors.push(required('metadata.name', 'name or generateName is required'));
  else
    errors.push(
      ...(LABEL_NAMES.has(type.resource) ? dnsLabelErrors('metadata.name', m.name) : dnsSubdomainErrors('metadata.name', m.name)),
    );
  const copy = { ...obj };
  delete copy.status;
  errors.push(
    ...missingRequired(schema, schema.shapeOfDefinition(type.definition), copy).filter(
      (e) => !e.field.startsWith('metadata.managedFields'),
    ),
  );
  if (type.kind === 'Pod')
    errors.push(
      ...podSpecErrors('spec', obj.spec),
      ...tolerationErrors('spec.tolerations', isObj(obj.spec) ? obj.spec.tolerations : undefined),
    );
  if (type.kind === 'Node') errors.push(...nodeTaintErrors(obj));
  if (type.kind === 'PersistentVolumeClaim') errors.push(...claimErrors(obj));
  errors.push(...workloadErrors(type.kind, obj.spec));
  const unique = errors.filter((e, i) => errors.findIndex((x) => x.field === e.field && x.detail === e.detail) === i);
  if (unique.length > 0) throw invalid(type.kind, type.group, m.name ?? '', unique);
}

const POD_MUTABLE_MESSAGE =
  'pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,' +
  '`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),' +
  '`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)';

/** The paths whose values differ, for the short diff in the immutability message. */
function differences(a: unknown, b: unknown, path: string): string[] {
  if (deepEqual(a, b)) return [];
  if (isObj(a) && isObj(b)) {
    return [...new Set([...Object.keys(a), ...Object.keys(b)])].flatMap((k) => differences(a[k], b[k], `${path}.${k}`));
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) return a.flatMap((x, i) => differences(x, b[i], `${path}[${i}]`));
  return [path];
}

function podSpecForComparison(spec: unknown): unknown {
  if (!isObj(spec)) return spec;
  const copy = structuredClone(spec);
  for (const list of ['containers', 'initContainers']) {
    const containers = copy[list];
    if (Array.isArray(containers)) for (const c of containers) if (isObj(c)) delete c.image;
  }
  delete copy.activeDeadlineSeconds;
  delete copy.terminationGracePeriodSeconds;
  delete copy.tolerations;
  return copy;
}

export function validateUpdate(type: ResourceType, before: Obj, after: Obj): void {
  const errors: FieldError[] = [];
  if (type.kind === 'Pod') {
    const changes = differences(podSpecForComparison(before.spec), podSpecForComparison(after.spec), 'spec');
    if (changes.length > 0) {
      errors.push(forbiddenField('spec', `${POD_MUTABLE_MESSAGE}\n  changed: ${changes.join(', ')}`));
    }
  }
  const beforeSpec = isObj(before.spec) ? before.spec : {};
  const afterSpec = isObj(after.spec) ? after.spec : {};
  if (
    ['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job'].includes(type.kind) &&
    !deepEqual(beforeSpec.selector, afterSpec.selector)
  ) {
    errors.push(invalidValue('spec.selector', afterSpec.selector ?? null, 'field is immutable'));
  }
  if (type.kind === 'Job' && !deepEqual(beforeSpec.template, afterSpec.template)) {
    errors.push(invalidValue('spec.template', afterSpec.template ?? null, 'field is immutable'));
  }
  if (type.kind === 'PersistentVolumeClaim') errors.push(...claimUpdateErrors(before, after));
  if (type.kind === 'Service' && beforeSpec.clusterIP !== undefined && !deepEqual(beforeSpec.clusterIP, afterSpec.clusterIP)) {
    errors.push(invalidValue('spec.clusterIP', afterSpec.clusterIP ?? '', 'field is immutable'));
  }
  if (errors.length > 0) throw invalid(type.kind, type.group, meta(after).name ?? '', errors);
}
