// Custom resource schemas from a cluster's OpenAPI v3 endpoints: the discovery document
// (`GET /openapi/v3`, a `serverRelativeURL` with the content hash of each group version's document)
// and, for the group versions Kubernetes does not serve itself, their documents
// (`GET /openapi/v3/apis/<group>/<version>?hash=…`), whose `components.schemas` carry
// `x-kubernetes-group-version-kind`. This module only reads; the language server decides what the
// documents mean.
import { isBuiltInGroup } from './builtInGroups';
import { ClusterError, type Target } from './errors';
import { serverRelative, type Transport } from './transport';

export const OPENAPI_V3_PATH = '/openapi/v3';

export interface OpenApiGroupVersion {
  readonly group: string;
  readonly version: string;
  /** `example.com/v1` */
  readonly groupVersion: string;
  /** Where the document is, as discovery gave it: `/openapi/v3/apis/example.com/v1?hash=…`. */
  readonly serverRelativeURL: string;
  /** The `hash` parameter of that URL (the document's SHA-512), when there is one. */
  readonly hash: string | undefined;
}

export interface SchemaDocument {
  readonly group: string;
  readonly version: string;
  readonly groupVersion: string;
  /** The hash of the URL that served the document (discovery's, or the one a redirect led to). */
  readonly hash: string | undefined;
  /** The OpenAPI v3 document, parsed. */
  readonly document: unknown;
  /** True when `reuse` gave it (the hash had not changed), so nothing was fetched. */
  readonly reused: boolean;
}

export interface GroupVersionFailure {
  readonly groupVersion: string;
  readonly error: ClusterError;
}

export interface CustomSchemaLoad {
  /** One per custom group version that could be read, in discovery order. */
  readonly documents: readonly SchemaDocument[];
  /** Group versions whose document could not be read (a 403 for one path, an aggregated API that is down). */
  readonly failures: readonly GroupVersionFailure[];
  /** Group versions that went away between discovery and their fetch (404). */
  readonly vanished: readonly string[];
}

export interface CustomSchemaOptions {
  /** A document read before with this hash, or undefined; the document is not fetched again then. */
  readonly reuse?: (groupVersion: string, hash: string) => unknown;
  readonly signal?: AbortSignal;
  /** Called after each group version: how many are done, of how many. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Parallel fetches (default 4). */
  readonly concurrency?: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The `apis/<group>/<version>` entries of an OpenAPI v3 discovery document (`{ paths: { "apis/apps/v1":
 * { serverRelativeURL } } }`); group-level, core and non-API entries (`apis/apps`, `api/v1`,
 * `version`, `.well-known/openid-configuration`) are left out. Throws a ClusterError for a body that
 * is not a discovery document.
 */
export function groupVersionsOf(discovery: unknown, target?: Target): OpenApiGroupVersion[] {
  const paths = isRecord(discovery) ? discovery.paths : undefined;
  if (!isRecord(paths)) {
    throw new ClusterError({
      kind: 'bad-request',
      ...(target ? { target } : {}),
      message: `The answer to GET ${OPENAPI_V3_PATH} is not an OpenAPI v3 discovery document (it has no "paths").`,
    });
  }
  const out: OpenApiGroupVersion[] = [];
  for (const [key, entry] of Object.entries(paths)) {
    const parts = key.split('/');
    if (parts.length !== 3 || parts[0] !== 'apis') continue;
    const group = parts[1] ?? '';
    const version = parts[2] ?? '';
    if (group === '' || version === '') continue;
    const given = isRecord(entry) && typeof entry.serverRelativeURL === 'string' ? entry.serverRelativeURL : undefined;
    const serverRelativeURL = given !== undefined && serverRelative(given) ? given : `${OPENAPI_V3_PATH}/${key}`;
    const hash = serverRelative(serverRelativeURL)?.query.hash;
    out.push({
      group,
      version,
      groupVersion: `${group}/${version}`,
      serverRelativeURL,
      hash: typeof hash === 'string' && hash !== '' ? hash : undefined,
    });
  }
  return out;
}

/** The group versions Kubernetes does not serve itself (CRDs, aggregated APIs). */
export function customGroupVersions(all: readonly OpenApiGroupVersion[]): OpenApiGroupVersion[] {
  return all.filter((gv) => !isBuiltInGroup(gv.group));
}

/**
 * The kinds an OpenAPI v3 document of a custom group defines (`x-kubernetes-group-version-kind`
 * of its components, built-in `io.k8s.…` components aside), without the `…List` kinds of their
 * lists: what a person writes manifests of.
 */
export function customKindsOf(document: unknown): { group: string; version: string; kind: string }[] {
  const components = isRecord(document) && isRecord(document.components) ? document.components.schemas : undefined;
  if (!isRecord(components)) return [];
  const found = new Map<string, { group: string; version: string; kind: string }>();
  for (const [id, schema] of Object.entries(components)) {
    if (id.startsWith('io.k8s.') || !isRecord(schema)) continue;
    const gvks = schema['x-kubernetes-group-version-kind'];
    if (!Array.isArray(gvks)) continue;
    for (const gvk of gvks as unknown[]) {
      if (!isRecord(gvk)) continue;
      const { group, version, kind } = gvk;
      if (typeof group !== 'string' || typeof version !== 'string' || typeof kind !== 'string') continue;
      if (version === '' || kind === '' || isBuiltInGroup(group)) continue;
      found.set(`${group}/${version}/${kind}`, { group, version, kind });
    }
  }
  const kinds = [...found.values()];
  return kinds.filter((k) => !(k.kind.endsWith('List') && found.has(`${k.group}/${k.version}/${k.kind.slice(0, -'List'.length)}`)));
}

/** Failures that make every other request of the load fail too: stop at the first. */
function endsTheLoad(error: ClusterError): boolean {
  return ['unreachable', 'unauthorized', 'credentials', 'config'].includes(error.kind);
}

function asClusterError(error: unknown, target: Target): ClusterError {
  if (error instanceof ClusterError) return error;
  return new ClusterError({
    kind: 'server',
    target,
    cause: error,
    message: `Reading OpenAPI documents from context "${target.context}" failed: ${error instanceof Error ? error.message : String(error)}`,
  });
}

/** The discovery document; a 404 means the server has no OpenAPI v3 (older than 1.24, or turned off). */
export async function readOpenApiDiscovery(transport: Transport, signal?: AbortSignal): Promise<OpenApiGroupVersion[]> {
  const target = transport.target;
  let body: unknown;
  try {
    body = await transport.json<unknown>({ path: OPENAPI_V3_PATH, ...(signal ? { signal } : {}) });
  } catch (error) {
    if (error instanceof ClusterError && error.kind === 'not-found') {
      throw new ClusterError({
        kind: 'unsupported',
        feature: 'openapi-v3',
        target,
        statusCode: 404,
        cause: error,
        request: { method: 'GET', path: OPENAPI_V3_PATH },
        message: `The API server of context "${target.context}" (${target.server}) does not serve ${OPENAPI_V3_PATH}: it is older than Kubernetes 1.24, or OpenAPI v3 is turned off. Custom resource schemas cannot be read from it; add the CRD files to podwright.schemas instead.`,
      });
    }
    if (error instanceof SyntaxError) {
      throw new ClusterError({
        kind: 'bad-request',
        target,
        cause: error,
        message: `The answer to GET ${OPENAPI_V3_PATH} from context "${target.context}" is not JSON: ${error.message}`,
      });
    }
    throw error;
  }
  return groupVersionsOf(body, target);
}

/** The document, and the hash of the URL that served it (a 301 leads to the current hash). */
async function readDocument(
  transport: Transport,
  gv: OpenApiGroupVersion,
  signal: AbortSignal | undefined,
): Promise<{ document: unknown; hash: string | undefined }> {
  const where = serverRelative(gv.serverRelativeURL) ?? { path: `${OPENAPI_V3_PATH}/apis/${gv.groupVersion}`, query: {} };
  let hash = gv.hash;
  let document: unknown;
  try {
    document = await transport.json<unknown>({
      path: where.path,
      query: where.query,
      followRedirects: true,
      ...(signal ? { signal } : {}),
      onRedirect: (next) => {
        const moved = next.query.hash;
        hash = typeof moved === 'string' && moved !== '' ? moved : undefined;
      },
    });
  } catch (error) {
    if (error instanceof SyntaxError) {
      throw new ClusterError({
        kind: 'bad-request',
        target: transport.target,
        cause: error,
        request: { method: 'GET', path: where.path },
        message: `The OpenAPI document of ${gv.groupVersion} (GET ${where.path}) is not JSON: ${error.message}`,
      });
    }
    throw error;
  }
  if (!isRecord(document) || !isRecord(document.components)) {
    throw new ClusterError({
      kind: 'bad-request',
      target: transport.target,
      request: { method: 'GET', path: where.path },
      message: `The answer to GET ${where.path} is not an OpenAPI v3 document (it has no "components").`,
    });
  }
  return { document, hash };
}

/**
 * Reads the OpenAPI v3 documents of the cluster's custom group versions. A failure of discovery, or
 * one that every request would meet (unreachable, 401, credentials), rejects; a group version that
 * cannot be read on its own is listed in `failures` and the others are still read.
 */
export async function loadCustomSchemas(transport: Transport, options: CustomSchemaOptions = {}): Promise<CustomSchemaLoad> {
  const { signal } = options;
  const wanted = customGroupVersions(await readOpenApiDiscovery(transport, signal));
  const results: (SchemaDocument | GroupVersionFailure | 'vanished' | undefined)[] = wanted.map(() => undefined);
  let next = 0;
  let done = 0;
  let fatal: ClusterError | undefined;
  const worker = async (): Promise<void> => {
    while (fatal === undefined && next < wanted.length) {
      const index = next++;
      const gv = wanted[index];
      if (!gv) continue;
      const kept = gv.hash !== undefined ? options.reuse?.(gv.groupVersion, gv.hash) : undefined;
      if (kept !== undefined) {
        results[index] = {
          group: gv.group,
          version: gv.version,
          groupVersion: gv.groupVersion,
          hash: gv.hash,
          document: kept,
          reused: true,
        };
      } else {
        try {
          const { document, hash } = await readDocument(transport, gv, signal);
          results[index] = { group: gv.group, version: gv.version, groupVersion: gv.groupVersion, hash, document, reused: false };
        } catch (error) {
          const failure = asClusterError(error, transport.target);
          if (signal?.aborted || endsTheLoad(failure)) {
            fatal ??= failure;
            return;
          }
          results[index] = failure.kind === 'not-found' ? 'vanished' : { groupVersion: gv.groupVersion, error: failure };
        }
      }
      options.onProgress?.(++done, wanted.length);
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? 4, wanted.length));
  await Promise.all(Array.from({ length: workers }, () => worker()));
  if (fatal) throw fatal;
  const documents: SchemaDocument[] = [];
  const failures: GroupVersionFailure[] = [];
  const vanished: string[] = [];
  results.forEach((result, index) => {
    if (result === 'vanished') vanished.push(wanted[index]?.groupVersion ?? '');
    else if (result && 'document' in result) documents.push(result);
    else if (result) failures.push(result);
  });
  return { documents, failures, vanished };
}
