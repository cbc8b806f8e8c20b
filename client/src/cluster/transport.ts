// HTTP requests to the API server with the credentials, certificates and proxy of a kubeconfig
// context, applied by @kubernetes/client-node's KubeConfig (tokens, token files, client
// certificates, exec credential plugins, auth providers). Bodies are raw JSON, so nothing the
// server says (or we send) is reshaped by typed models.
import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { fromStatus, fromTransportError } from './classifyError';
import { applyCredentials, credentialsError, type ExecConfig } from './credentialPlugin';
import type { KubeConfig } from './clientNode';
import type { Target } from './errors';

export type QueryValue = string | number | boolean | readonly string[] | undefined;

export interface ApiRequest {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly path: string;
  readonly query?: Readonly<Record<string, QueryValue>>;
  readonly body?: string;
  readonly contentType?: string;
  readonly accept?: string;
  readonly signal?: AbortSignal;
  /** Gives up when the server does not answer in time (default 30 s; none for streams). */
  readonly timeoutMs?: number;
  /**
   * Follows redirects to paths on the same API server (`Location: /openapi/v3/…?hash=…`, as the
   * OpenAPI v3 handler answers a stale hash), at most a few times. Off by default.
   */
  readonly followRedirects?: boolean;
  /** Told where each followed redirect leads (the path and query asked for next). */
  readonly onRedirect?: (next: { path: string; query: Readonly<Record<string, string | readonly string[]>> }) => void;
}

const MAX_REDIRECTS = 3;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export interface ApiResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export function buildUrl(server: string, path: string, query: Readonly<Record<string, QueryValue>> = {}): URL {
  const url = new URL(server.replace(/\/+$/, '') + path);
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value as readonly string[]) url.searchParams.append(key, v);
    else url.searchParams.set(key, String(value));
  }
  return url;
}

function readAll(res: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    res.on('error', reject);
  });
}

/**
 * A server-relative reference (`/openapi/v3/apis/example.com/v1?hash=AB12`) as a path and a query;
 * undefined for anything else (another host: credentials are never sent there).
 */
export function serverRelative(reference: string): { path: string; query: Record<string, string | readonly string[]> } | undefined {
  if (!reference.startsWith('/') || reference.startsWith('//')) return undefined;
  let url: URL;
  try {
    url = new URL(reference, 'http://server.invalid');
  } catch {
    return undefined;
  }
  const query: Record<string, string | readonly string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    query[key] = values.length === 1 ? (values[0] ?? '') : values;
  }
  return { path: url.pathname, query };
}

export class Transport {
  /**
   * @param renew builds the KubeConfig again from the files (forgetting cached exec-plugin
   *   credentials, reading token files again); used once when the server answers 401.
   */
  private renewing: Promise<KubeConfig> | undefined;

  constructor(
    private kubeConfig: KubeConfig,
    readonly target: Target,
    private readonly renew?: () => Promise<KubeConfig>,
  ) {}

  /** Opens a request; the response is not read. Non-2xx answers become ClusterErrors. */
  async open(request: ApiRequest, retried = false, redirects = 0): Promise<IncomingMessage> {
    const used = this.kubeConfig;
    let options: RequestOptions & { headers: Record<string, string> };
    try {
      options = { method: request.method ?? 'GET', headers: {} };
      await applyCredentials(used, options);
    } catch (error) {
      throw credentialsError(error, this.kubeConfig.getCurrentUser()?.exec as ExecConfig | undefined, this.target);
    }
    options.headers.Accept = request.accept ?? 'application/json';
    if (request.body !== undefined) options.headers['Content-Type'] = request.contentType ?? 'application/json';
    options.headers['User-Agent'] = 'podwright';
    const url = buildUrl(this.target.server, request.path, request.query);
    const res = await new Promise<IncomingMessage>((resolve, reject) => {
      const send = url.protocol === 'http:' ? httpRequest : httpsRequest;
      const req = send(url, { ...options, ...(request.signal ? { signal: request.signal } : {}) }, resolve);
      req.on('error', reject);
      const timeout = request.timeoutMs;
      if (timeout !== undefined && timeout > 0) {
        req.setTimeout(timeout, () => req.destroy(Object.assign(new Error(`no answer within ${timeout} ms`), { code: 'ETIMEDOUT' })));
      }
      req.end(request.body);
    }).catch((error: unknown) => {
      throw fromTransportError(error, this.target);
    });
    const status = res.statusCode ?? 0;
    if (status >= 200 && status < 300) return res;
    const body = await readAll(res);
    // Credentials may have changed since they were read: a plugin's token expired, a token file or
    // certificate was rotated, the kubeconfig was edited. Read them again, once.
    if (status === 401 && !retried && this.renew) {
      // Requests refused together share one renewal; one refused after a renewal just retries.
      if (this.kubeConfig === used) {
        const renew = this.renew;
        this.renewing ??= renew().finally(() => {
          this.renewing = undefined;
        });
        this.kubeConfig = await this.renewing;
      }
      return this.open(request, true, redirects);
    }
    const location = res.headers.location;
    if (request.followRedirects && REDIRECTS.has(status) && redirects < MAX_REDIRECTS && typeof location === 'string') {
      const next = serverRelative(location);
      if (next) {
        request.onRedirect?.(next);
        return this.open({ ...request, path: next.path, query: next.query }, retried, redirects + 1);
      }
    }
    throw fromStatus(status, body, this.target, { method: request.method ?? 'GET', path: request.path });
  }

  async send(request: ApiRequest): Promise<ApiResponse> {
    const res = await this.open({ timeoutMs: 30000, ...request });
    const body = await readAll(res).catch((error: unknown) => {
      throw fromTransportError(error, this.target);
    });
    return { status: res.statusCode ?? 0, headers: res.headers, body };
  }

  async json<T>(request: ApiRequest): Promise<T> {
    const response = await this.send(request);
    return JSON.parse(response.body) as T;
  }
}
