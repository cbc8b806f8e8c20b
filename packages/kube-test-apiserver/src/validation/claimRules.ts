// PersistentVolumeClaim validation as the API server words it: at least one supported access mode,
// a positive storage request, a known volume mode; after creation the spec is fixed except the
// storage request of a bound claim (expansion) and volumeAttributesClassName.
import { asArray, asString, deepEqual, isObj, type Obj } from '../objects';
import type { FieldError } from '../status';
import { forbiddenField, invalidValue, notSupported, required } from './fieldErrors';
import { parseQuantity } from './quantity';

const ACCESS_MODES = ['ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOncePod'];
const VOLUME_MODES = ['Block', 'Filesystem'];

export function claimErrors(claim: Obj): FieldError[] {
  const spec = isObj(claim.spec) ? claim.spec : {};
  const errors: FieldError[] = [];
  const modes = asArray(spec.accessModes);
  if (modes.length === 0) errors.push(required('spec.accessModes', 'at least 1 access mode is required'));
  for (const mode of modes)
    if (typeof mode !== 'string' || !ACCESS_MODES.includes(mode)) errors.push(notSupported('spec.accessModes', mode, ACCESS_MODES));
  if (modes.includes('ReadWriteOncePod') && modes.length > 1) {
    errors.push(forbiddenField('spec.accessModes', 'may not use ReadWriteOncePod with other access modes'));
  }
  const resources = isObj(spec.resources) ? spec.resources : {};
  const requests = isObj(resources.requests) ? resources.requests : {};
  if (requests.storage === undefined) errors.push(required('spec.resources[storage]'));
  else if ((parseQuantity(requests.storage) ?? 0) <= 0)
    errors.push(invalidValue('spec.resources[storage]', requests.storage, 'must be greater than zero'));
  if (spec.volumeMode !== undefined && !VOLUME_MODES.includes(asString(spec.volumeMode) ?? ''))
    errors.push(notSupported('spec.volumeMode', spec.volumeMode, VOLUME_MODES));
  return errors;
}

/** The spec without what may change after creation; the binder's first volumeName is also allowed. */
function fixedPart(spec: unknown, bound: boolean, volumeName: unknown): unknown {
  if (!isObj(spec)) return spec;
  const copy = structuredClone(spec);
  delete copy.volumeAttributesClassName;
  if (copy.volumeName === undefined && volumeName !== undefined) copy.volumeName = volumeName;
  const resources = isObj(copy.resources) ? copy.resources : undefined;
  if (bound && resources && isObj(resources.requests)) delete resources.requests.storage;
  return copy;
}

export function claimUpdateErrors(before: Obj, after: Obj): FieldError[] {
  const bound = isObj(after.status) && after.status.phase === 'Bound';
  const afterSpec = isObj(after.spec) ? after.spec : {};
  if (deepEqual(fixedPart(before.spec, bound, afterSpec.volumeName), fixedPart(after.spec, bound, undefined))) return [];
  return [
    forbiddenField('spec', 'spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims'),
  ];
}
