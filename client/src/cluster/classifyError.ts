// Turns HTTP failures and API Status bodies into ClusterErrors with an explanation. Invalid
// fields come in three shapes: 422 causes, strict decoding's 400 ("unknown field \"spec.x\""),
// and server-side apply's schema errors ("…: .spec.x: field not declared in schema").
import {
  ClusterError,
  type ApiStatus,
  type ConflictDetail,
  type ForbiddenDetail,
  type InvalidCause,
  type RequestLine,
  type Target,
} from './errors';

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'ECONNABORTED',
  'UND_ERR_SOCKET',
]);
const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
]);

function where(target: Target | undefined): string {
  return target ? `context "${target.context}" (${target.server})` : 'the cluster';
}

function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Network and TLS failures: nothing useful came back from the server. */
export function fromTransportError(error: unknown, target: Target | undefined): ClusterError {
  if (error instanceof ClusterError) return error;
  const code = errorCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (code && TLS_CODES.has(code)) {
    return new ClusterError({
      kind: 'unreachable',
      target,
      cause: error,
      message: `Cannot trust the API server of ${where(target)}: ${detail}. Check certificate-authority in the kubeconfig.`,
    });
  }
  const network = (code !== undefined && NETWORK_CODES.has(code)) || /socket hang up|network|connect/i.test(detail);
  return new ClusterError({
    kind: network ? 'unreachable' : 'server',
    target,
    cause: error,
    message: network
      ? `Cannot reach the API server of ${where(target)}: ${detail}. Is the cluster running, and is this the right context?`
      : `Request to ${where(target)} failed: ${detail}`,
  });
}

export function parseForbidden(message: string): ForbiddenDetail | undefined {
  // Non-resource URLs: `forbidden: User "jane" cannot get path "/openapi/v3"`.
  const path = /User "([^"]*)" cannot (\S+) path "([^"]*)"/.exec(message);
  if (path) return { user: path[1] ?? '', verb: path[2] ?? '', resource: '', group: '', path: path[3] ?? '' };
  const match = /User "([^"]*)" cannot (\S+) resource "([^"]*)" in API group "([^"]*)"(?: in the namespace "([^"]*)")?/.exec(message);
  if (!match) return undefined;
  const detail: ForbiddenDetail = { user: match[1] ?? '', verb: match[2] ?? '', resource: match[3] ?? '', group: match[4] ?? '' };
  return match[5] !== undefined ? { ...detail, namespace: match[5] } : detail;
}

function conflicts(status: ApiStatus): ConflictDetail[] {
  return (status.details?.causes ?? [])
    .filter((c) => c.reason === 'FieldManagerConflict' && c.field)
    .map((c) => ({ manager: /conflict with "([^"]*)"/.exec(c.message ?? '')?.[1] ?? '', field: c.field ?? '' }));
}

/** Field paths named by the three kinds of invalid-object responses. */
export function invalidCauses(status: ApiStatus): InvalidCause[] {
  const causes = (status.details?.causes ?? [])
    .filter((c) => c.field)
    .map((c) => ({
      field: c.field ?? '',
      message: c.message ?? '',
      ...(c.reason ? { reason: c.reason } : {}),
    }));
  if (causes.length > 0) return causes;
  const message = status.message ?? '';
  const unknown = [...message.matchAll(/unknown field "([^"]+)"/g)].map((m) => ({
    field: m[1] ?? '',
    message: 'unknown field',
    reason: 'FieldValueUnknown',
  }));
  if (unknown.length > 0) return unknown;
  return [...message.matchAll(/(\.[^\s:]+): (field not declared in schema|expected [^\n]+)/g)].map((m) => ({
    field: m[1] ?? '',
    message: m[2] ?? '',
    reason: m[2] === 'field not declared in schema' ? 'FieldValueUnknown' : 'FieldValueTypeInvalid',
  }));
}

/** What a 403 refused, in words: `get path /openapi/v3`, `list pods.apps in namespace "x"`. */
function refusedText(forbidden: ForbiddenDetail): string {
  if (forbidden.path !== undefined) return `User "${forbidden.user}" may not ${forbidden.verb} path ${forbidden.path}`;
  return `User "${forbidden.user}" may not ${forbidden.verb} ${forbidden.resource}${forbidden.group ? `.${forbidden.group}` : ''}${forbidden.namespace ? ` in namespace "${forbidden.namespace}"` : ' at cluster scope'}`;
}

export function fromStatus(statusCode: number, body: string, target: Target | undefined, request?: RequestLine): ClusterError {
  let status: ApiStatus = {};
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed === 'object' && parsed !== null) status = parsed;
  } catch {
    status = { message: body.trim() || `HTTP ${statusCode}` };
  }
  const message = status.message ?? `HTTP ${statusCode}`;
  const base = { target, statusCode, status, ...(request ? { request } : {}) };
  switch (statusCode) {
    case 401:
      return new ClusterError({
        ...base,
        kind: 'unauthorized',
        message: `The API server of ${where(target)} did not accept the credentials (401 Unauthorized). The token or certificate may have expired; log in again or refresh the kubeconfig.`,
      });
    case 403: {
      const forbidden = parseForbidden(message);
      const what = forbidden ? refusedText(forbidden) : message;
      return new ClusterError({
        ...base,
        kind: 'forbidden',
        ...(forbidden ? { forbidden } : {}),
        message: `Forbidden by ${where(target)}: ${what}. Ask a cluster admin for this permission, or switch context.`,
      });
    }
    case 404:
      return new ClusterError({ ...base, kind: 'not-found', message: `Not found on ${where(target)}: ${message}` });
    case 409: {
      const owned = conflicts(status);
      if (owned.length > 0) {
        const list = owned.map((c) => `${c.field} (owned by "${c.manager}")`).join(', ');
        return new ClusterError({
          ...base,
          kind: 'conflict',
          conflicts: owned,
          message: `Apply conflicts with other field managers: ${list}. Apply with force to take these fields over, or leave them out.`,
        });
      }
      return new ClusterError({ ...base, kind: 'conflict', message: `Conflict on ${where(target)}: ${message}` });
    }
    case 422:
      return new ClusterError({
        ...base,
        kind: 'invalid',
        causes: invalidCauses(status),
        message: `The API server rejected the object: ${message}`,
      });
    default: {
      const causes = invalidCauses(status);
      if ((statusCode === 400 || statusCode === 500) && causes.length > 0) {
        return new ClusterError({ ...base, kind: 'invalid', causes, message: `The API server rejected the object: ${message}` });
      }
      return new ClusterError({
        ...base,
        kind: statusCode >= 500 ? 'server' : 'bad-request',
        message: `${where(target)} answered ${statusCode}: ${message}`,
      });
    }
  }
}
