// Errors from the cluster, typed and explained: which context and server, and what the API
// server's Status said (the refused user/verb/resource, the conflicting field managers, the
// invalid fields), so the UI can say what happened and where.
import type { KubeconfigState } from '../core/kubeconfig/kubeconfigState';
import type { PluginFailure } from './credentialPlugin';

export type ClusterErrorKind =
  | 'unreachable'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'invalid'
  | 'bad-request'
  | 'server'
  | 'credentials'
  | 'config'
  /** The server lacks an API the request needs (an old server without `/openapi/v3`). */
  | 'unsupported';

/** Server features a request may find missing (`unsupported` errors). */
export type ServerFeature = 'openapi-v3' | 'ephemeral-containers';

export interface ApiStatus {
  readonly kind?: string;
  readonly status?: string;
  readonly message?: string;
  readonly reason?: string;
  readonly code?: number;
  readonly details?: {
    readonly name?: string;
    readonly group?: string;
    readonly kind?: string;
    readonly causes?: readonly { readonly reason?: string; readonly message?: string; readonly field?: string }[];
  };
}

export interface Target {
  readonly context: string;
  readonly server: string;
}

export interface ForbiddenDetail {
  readonly user: string;
  readonly verb: string;
  /** '' for a request that is not for a resource (then `path` names what was refused). */
  readonly resource: string;
  readonly group: string;
  /** Undefined for cluster-scoped requests. */
  readonly namespace?: string;
  /** A refused non-resource URL (`/openapi/v3`), as RBAC's nonResourceURLs name it. */
  readonly path?: string;
}

/** The request a status error answered. */
export interface RequestLine {
  readonly method: string;
  /** The path without the query (`/openapi/v3/apis/example.com/v1`). */
  readonly path: string;
}

export interface ConflictDetail {
  /** The field manager that owns the field. */
  readonly manager: string;
  /** `.spec.containers[name="web"].image` */
  readonly field: string;
}

export interface InvalidCause {
  /** `spec.containers[0].image` or `.spec.containers[name="web"].image`, as the server wrote it. */
  readonly field: string;
  readonly message: string;
  readonly reason?: string;
}

export interface ClusterErrorInit {
  readonly kind: ClusterErrorKind;
  readonly message: string;
  readonly target?: Target;
  readonly statusCode?: number;
  readonly status?: ApiStatus;
  readonly forbidden?: ForbiddenDetail;
  readonly conflicts?: readonly ConflictDetail[];
  readonly causes?: readonly InvalidCause[];
  readonly request?: RequestLine;
  readonly feature?: ServerFeature;
  /** A `config` error from the kubeconfig's first-run state (no file, no contexts, none current). */
  readonly kubeconfig?: KubeconfigState;
  /** A credential plugin that was not found or failed (kind `credentials`). */
  readonly plugin?: PluginFailure;
  readonly cause?: unknown;
}

export class ClusterError extends Error {
  readonly kind: ClusterErrorKind;
  readonly target: Target | undefined;
  readonly statusCode: number | undefined;
  readonly status: ApiStatus | undefined;
  readonly forbidden: ForbiddenDetail | undefined;
  readonly conflicts: readonly ConflictDetail[];
  readonly causes: readonly InvalidCause[];
  /** The request the server refused or failed (status errors). */
  readonly request: RequestLine | undefined;
  /** What an `unsupported` server lacks. */
  readonly feature: ServerFeature | undefined;
  readonly kubeconfig: KubeconfigState | undefined;
  readonly plugin: PluginFailure | undefined;

  constructor(init: ClusterErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'ClusterError';
    this.kind = init.kind;
    this.target = init.target;
    this.statusCode = init.statusCode;
    this.status = init.status;
    this.forbidden = init.forbidden;
    this.conflicts = init.conflicts ?? [];
    this.causes = init.causes ?? [];
    this.request = init.request;
    this.feature = init.feature;
    this.kubeconfig = init.kubeconfig;
    this.plugin = init.plugin;
  }

  /** The API server's own message, when there was one. */
  get serverMessage(): string | undefined {
    return this.status?.message;
  }
}

export function isClusterError(error: unknown): error is ClusterError {
  return error instanceof ClusterError;
}
