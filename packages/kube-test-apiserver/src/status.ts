// `Status` objects as the Kubernetes API returns them for errors, and an error type handlers throw.

export interface StatusCause {
  reason?: string;
  message?: string;
  field?: string;
}

export interface StatusDetails {
  name?: string;
  group?: string;
  kind?: string;
  uid?: string;
  causes?: StatusCause[];
  retryAfterSeconds?: number;
}

export interface Status {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: Record<string, never>;
  status: 'Success' | 'Failure';
  message?: string;
  reason?: string;
  details?: StatusDetails;
  code: number;
}

export function status(code: number, reason: string, message: string, details?: StatusDetails): Status {
  const out: Status = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code };
  if (details) out.details = details;
  return out;
}

export class ApiError extends Error {
  constructor(
    readonly status: Status,
    readonly headers: Record<string, string> = {},
  ) {
    super(status.message);
  }
}

/** Identifies a resource in messages the way the API server does: `pods`, `deployments.apps`. */
export interface ResourceRef {
  readonly group: string;
  readonly resource: string;
  readonly kind: string;
}

function qualified(ref: ResourceRef): string {
  return ref.group === '' ? ref.resource : `${ref.resource}.${ref.group}`;
}

function detailsFor(ref: ResourceRef, name: string): StatusDetails {
  return ref.group === '' ? { name, kind: ref.resource } : { name, group: ref.group, kind: ref.resource };
}

export function notFound(ref: ResourceRef, name: string): ApiError {
  return new ApiError(status(404, 'NotFound', `${qualified(ref)} "${name}" not found`, detailsFor(ref, name)));
}

export function alreadyExists(ref: ResourceRef, name: string): ApiError {
  return new ApiError(status(409, 'AlreadyExists', `${qualified(ref)} "${name}" already exists`, detailsFor(ref, name)));
}

export function modifiedConflict(ref: ResourceRef, name: string): ApiError {
  return new ApiError(
    status(
      409,
      'Conflict',
      `Operation cannot be fulfilled on ${qualified(ref)} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
      detailsFor(ref, name),
    ),
  );
}

export function badRequest(message: string): ApiError {
  return new ApiError(status(400, 'BadRequest', message));
}

export function internalError(message: string): ApiError {
  return new ApiError(status(500, 'InternalError', message, { causes: [{ message }] }));
}

export function methodNotAllowed(): ApiError {
  return new ApiError(status(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource'));
}

export function pathNotFound(): ApiError {
  return new ApiError(status(404, 'NotFound', 'the server could not find the requested resource', {}));
}

export function unauthorized(): ApiError {
  return new ApiError(status(401, 'Unauthorized', 'Unauthorized'));
}

export function forbidden(
  user: string,
  verb: string,
  ref: ResourceRef,
  namespace: string | undefined,
  name?: string,
  subresource?: string,
): ApiError {
  const resource = subresource ? `${ref.resource}/${subresource}` : ref.resource;
  const scope = namespace ? ` in the namespace "${namespace}"` : ' at the cluster scope';
  const nameText = name ? ` "${name}"` : '';
  const message = `${qualified(ref)}${nameText} is forbidden: User "${user}" cannot ${verb} resource "${resource}" in API group "${ref.group}"${scope}`;
  const details: StatusDetails = { kind: ref.resource };
  if (name) details.name = name;
  if (ref.group !== '') details.group = ref.group;
  return new ApiError(status(403, 'Forbidden', message, details));
}

/** A refused non-resource URL: `forbidden: User "jane" cannot get path "/openapi/v3"`, with empty details. */
export function forbiddenPath(user: string, verb: string, path: string): ApiError {
  return new ApiError(status(403, 'Forbidden', `forbidden: User "${user}" cannot ${verb} path "${path}"`, {}));
}

export function gone(message: string): Status {
  return status(410, 'Expired', message);
}

/** A field error as the API server's validation reports it. */
export interface FieldError {
  readonly type:
    | 'FieldValueRequired'
    | 'FieldValueInvalid'
    | 'FieldValueNotSupported'
    | 'FieldValueDuplicate'
    | 'FieldValueForbidden'
    | 'FieldValueTooLong'
    | 'FieldValueNotFound';
  readonly field: string;
  readonly detail: string;
}

export function invalid(kind: string, group: string, name: string, errors: readonly FieldError[]): ApiError {
  const messages = errors.map((e) => `${e.field}: ${e.detail}`);
  const summary = messages.length === 1 ? (messages[0] ?? '') : `[${messages.join(', ')}]`;
  const details: StatusDetails = { name, kind, causes: errors.map((e) => ({ reason: e.type, message: e.detail, field: e.field })) };
  if (group !== '') details.group = group;
  return new ApiError(status(422, 'Invalid', `${kind}${group ? `.${group}` : ''} "${name}" is invalid: ${summary}`, details));
}
