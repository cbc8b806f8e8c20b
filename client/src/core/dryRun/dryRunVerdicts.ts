// What a server-side dry run said about each document, sorted into verdicts the editor can show:
// admission denials (a webhook, Pod Security enforce, ResourceQuota), invalid and immutable fields,
// field-manager conflicts, a namespace that does not exist, and the server's warnings. Each verdict
// names the field to point at when the server named one (`field`), else it belongs on the object.
// Pure: the shapes below are what the cluster layer's results and errors carry.

export type VerdictKind =
  'webhook-denied' | 'pod-security' | 'quota' | 'forbidden' | 'invalid' | 'immutable' | 'conflict' | 'no-namespace' | 'refused' | 'warning';

export interface Verdict {
  /** The document's index in the file. */
  readonly index: number;
  readonly kind: VerdictKind;
  readonly severity: 'error' | 'warning';
  /** A field path as the server wrote it (`spec.selector`, `.spec.replicas`), when it named one. */
  readonly field?: string;
  /** The server's own words for this verdict. */
  readonly text: string;
  /** The field manager owning a conflicting field. */
  readonly manager?: string;
  /** The server's reason (`Forbidden`, `FieldValueInvalid`), used as the diagnostic's code. */
  readonly reason?: string;
}

/** The parts of a cluster error a verdict is built from. */
export interface DryRunError {
  readonly kind: string;
  readonly statusCode?: number | undefined;
  readonly message: string;
  readonly status?:
    | {
        readonly message?: string;
        readonly reason?: string;
        readonly details?: {
          readonly kind?: string;
          readonly causes?: readonly { readonly reason?: string; readonly message?: string; readonly field?: string }[];
        };
      }
    | undefined;
  readonly causes: readonly { readonly field: string; readonly message: string; readonly reason?: string }[];
  readonly conflicts: readonly { readonly manager: string; readonly field: string }[];
  readonly forbidden?: unknown;
}

export interface DryRunDocumentResult {
  readonly index: number;
  readonly outcome: string;
  readonly error?: DryRunError | undefined;
  readonly warnings: readonly string[];
}

/** Errors that say nothing about the manifest: the cluster could not be asked. */
const NOT_ABOUT_THE_MANIFEST: ReadonlySet<string> = new Set(['unreachable', 'unauthorized', 'credentials', 'config']);

export function isUnreachable(error: DryRunError | undefined): boolean {
  return error !== undefined && NOT_ABOUT_THE_MANIFEST.has(error.kind);
}

function forbiddenVerdicts(index: number, error: DryRunError, text: string): Verdict[] {
  const reason = error.status?.reason;
  if (/\bexceeded quota: /.test(text) || /\bfailed quota: /.test(text))
    return [{ index, kind: 'quota', severity: 'error', text, ...(reason ? { reason } : {}) }];
  if (/violates PodSecurity "/.test(text)) return [{ index, kind: 'pod-security', severity: 'error', text, ...(reason ? { reason } : {}) }];
  if (/admission webhook "[^"]*" denied the request/.test(text)) {
    const causes = (error.status?.details?.causes ?? []).filter((c) => c.field);
    if (causes.length === 0) return [{ index, kind: 'webhook-denied', severity: 'error', text, ...(reason ? { reason } : {}) }];
    return causes.map((c) => ({
      index,
      kind: 'webhook-denied',
      severity: 'error',
      field: c.field ?? '',
      text,
      ...(reason ? { reason } : {}),
    }));
  }
  return [{ index, kind: 'forbidden', severity: 'error', text, ...(reason ? { reason } : {}) }];
}

function errorVerdicts(index: number, error: DryRunError): Verdict[] {
  const text = error.status?.message ?? error.message;
  switch (error.kind) {
    case 'forbidden':
      return forbiddenVerdicts(index, error, text);
    case 'invalid':
      if (error.causes.length === 0) return [{ index, kind: 'invalid', severity: 'error', text }];
      return error.causes.map((c) => ({
        index,
        kind: /\bimmutable\b/.test(c.message) ? 'immutable' : 'invalid',
        severity: 'error',
        field: c.field,
        text: c.message,
        ...(c.reason ? { reason: c.reason } : {}),
      }));
    case 'conflict':
      if (error.conflicts.length === 0) return [{ index, kind: 'refused', severity: 'error', text }];
      return error.conflicts.map((c) => ({
        index,
        kind: 'conflict',
        severity: 'error',
        field: c.field,
        manager: c.manager,
        text,
        reason: 'FieldManagerConflict',
      }));
    case 'not-found':
      // The object's own namespace is missing: apply creates objects, so nothing else is "not found".
      if (error.status?.details?.kind === 'namespaces' || /\bnamespaces "[^"]*" not found/.test(text)) {
        return [{ index, kind: 'no-namespace', severity: 'error', field: 'metadata.namespace', text, reason: 'NotFound' }];
      }
      return [{ index, kind: 'refused', severity: 'error', text }];
    default:
      return [{ index, kind: 'refused', severity: 'error', text, ...(error.status?.reason ? { reason: error.status.reason } : {}) }];
  }
}

/** The verdicts of one dry run, document by document; unreachable or skipped documents give none. */
export function dryRunVerdicts(results: readonly DryRunDocumentResult[]): Verdict[] {
  const verdicts: Verdict[] = [];
  for (const result of results) {
    for (const warning of result.warnings) verdicts.push({ index: result.index, kind: 'warning', severity: 'warning', text: warning });
    if (result.outcome === 'skipped' || !result.error || isUnreachable(result.error)) continue;
    verdicts.push(...errorVerdicts(result.index, result.error));
  }
  return verdicts;
}
