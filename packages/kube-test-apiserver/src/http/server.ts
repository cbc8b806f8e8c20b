// The HTTPS front: authentication, authorization, routing to discovery/OpenAPI/resources, and
// WebSocket upgrades for exec, attach and port-forward. Tracks connections so it can stop (or
// "crash") at once.
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Authenticator, Authorizer, UserInfo } from '../auth';
import type { ApiCore } from '../core/core';
import { coreVersions, group, groupList, resourceList, versionInfo } from '../handlers/discovery';
import { documentHash, type OpenApiDocuments } from '../handlers/openapi';
import { handleResource } from '../handlers/resources';
import { isObj } from '../objects';
import type { Kubelet } from '../runtime/kubelet';
import { ApiError, forbidden, forbiddenPath, pathNotFound, unauthorized, type Status } from '../status';
import { chooseContainer } from '../streams/logs';
import { CHANNEL_PROTOCOLS } from '../streams/channels';
import { requireRunning, serveAttach, serveExec } from '../streams/exec';
import { parsePorts, PORT_FORWARD_PROTOCOLS, servePortForward } from '../streams/portforward';
import { serveSpdyPortForward, SPDY_TUNNEL_PROTOCOL } from '../streams/spdyPortForward';
import { sendError, sendJson } from './respond';
import { parseRoute, type Route } from './route';
import type { MetricsApi } from '../handlers/metrics';
import { acceptWebSocket } from './websocket';

export interface FrontOptions {
  readonly cert: Buffer;
  readonly key: Buffer;
  readonly ca: Buffer;
  readonly version: string;
  readonly bookmarkIntervalMs: number;
}

export interface FrontServices {
  readonly authn: Authenticator;
  readonly authz: Authorizer;
  readonly core: ApiCore;
  readonly kubelet: Kubelet;
  readonly openapi: OpenApiDocuments;
  readonly metrics: MetricsApi;
}

export type RequestHook = (req: IncomingMessage) => void;

function verbOf(method: string, route: Extract<Route, { kind: 'resource' }>, url: URL): string {
  if (route.subresource === 'exec' || route.subresource === 'attach' || route.subresource === 'portforward') return 'create';
  switch (method) {
    case 'GET':
      return route.name === undefined ? (url.searchParams.get('watch') === 'true' ? 'watch' : 'list') : 'get';
    case 'POST':
      return 'create';
    case 'PUT':
      return 'update';
    case 'PATCH':
      return 'patch';
    case 'DELETE':
      return route.name === undefined ? 'deletecollection' : 'delete';
    default:
      return method.toLowerCase();
  }
}

export class ApiFront {
  readonly server: Server;
  private readonly sockets = new Set<Socket | Duplex>();
  private readonly watchStops = new Set<() => void>();
  hook: RequestHook | undefined;
  /** Whether /openapi/v3 is served (servers before 1.24, or with the OpenAPIV3 feature off, answer 404). */
  openApiV3 = true;
  /** Whether pods/ephemeralcontainers is served (404 when not, as on clusters without the feature). */
  ephemeralContainers = true;
  /** Streams opened so far: subresource and negotiated WebSocket protocol. */
  readonly upgrades: { subresource: string; protocol: string }[] = [];
  /** Terminal sizes received on exec resize channels, in order. */
  readonly resizes: { pod: string; container: string; width: number; height: number }[] = [];

  constructor(
    private readonly options: FrontOptions,
    private readonly services: FrontServices,
  ) {
    this.server = createServer({ cert: options.cert, key: options.key, ca: options.ca, requestCert: true, rejectUnauthorized: false });
    this.server.on('secureConnection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    this.server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      this.hook?.(req);
      this.handle(req, res).catch((error: unknown) => sendError(res, error));
    });
    this.server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => socket.destroy());
      this.hook?.(req);
      try {
        this.upgrade(req, socket, head);
      } catch (error) {
        const status: Status =
          error instanceof ApiError
            ? error.status
            : {
                kind: 'Status',
                apiVersion: 'v1',
                metadata: {},
                status: 'Failure',
                message: String(error),
                reason: 'InternalError',
                code: 500,
              };
        const body = JSON.stringify(status);
        socket.end(
          `HTTP/1.1 ${status.code} ${status.reason ?? 'Error'}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
        );
      }
    });
  }

  listen(port: number): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => {
        const address = this.server.address();
        resolve(typeof address === 'object' && address ? address.port : port);
      });
    });
  }

  /** Stops listening and cuts every open connection, like a process that died. */
  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    for (const stop of [...this.watchStops]) stop();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Ends every open watch normally, as a server-side watch timeout does. */
  endWatches(): void {
    for (const stop of [...this.watchStops]) stop();
  }

  private authenticate(req: IncomingMessage, route: Route): UserInfo {
    const user = this.services.authn.authenticate(req);
    if (user) return user;
    if (route.kind === 'version' || route.kind === 'health') return { name: 'system:anonymous', groups: ['system:unauthenticated'] };
    throw unauthorized();
  }

  private authorize(user: UserInfo, verb: string, route: Extract<Route, { kind: 'resource' }>): void {
    const resource = route.subresource ? `${route.type.resource}/${route.subresource}` : route.type.resource;
    if (!this.services.authz.allowed(user, verb, resource, route.namespace)) {
      throw forbidden(user.name, verb, route.type, route.namespace, route.name, route.subresource);
    }
  }

  /** Non-resource URLs (discovery, /openapi/v3, /version) are authorized by path, as RBAC's nonResourceURLs. */
  private authorizePath(user: UserInfo, method: string, path: string): void {
    const verb = method === 'GET' || method === 'HEAD' ? 'get' : method.toLowerCase();
    if (!this.services.authz.allowedPath(user, verb, path)) throw forbiddenPath(user.name, verb, path);
  }

  /** `/openapi/v3` and its documents, with the headers and redirects of kube-openapi's handler3. */
  private serveOpenApiV3(res: ServerResponse, url: URL, key: string | undefined): void {
    const { openapi } = this.services;
    if (!this.openApiV3) throw pathNotFound();
    if (key === undefined) {
      const text = JSON.stringify(openapi.v3Index());
      res.writeHead(200, {
        'Content-Type': 'application/json',
        'Cache-Control': 'no-cache, private',
        Etag: JSON.stringify(documentHash(text)),
        'Content-Length': Buffer.byteLength(text),
      });
      res.end(text);
      return;
    }
    const entry = openapi.v3Document(key);
    if (!entry) {
      // http.NotFound: plain text, not a Status.
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' }).end('404 page not found\n');
      return;
    }
    const hash = url.searchParams.get('hash');
    if (hash !== null && hash !== '' && hash !== entry.hash) {
      const location = `/openapi/v3/${key}?hash=${entry.hash}`;
      res
        .writeHead(301, { Location: location, 'Content-Type': 'text/html; charset=utf-8' })
        .end(`<a href="${location}">Moved Permanently</a>.\n\n`);
      return;
    }
    const cache: Record<string, string> =
      hash === entry.hash
        ? { 'Cache-Control': 'public, immutable', Expires: new Date(Date.now() + 365 * 24 * 3600 * 1000).toUTCString() }
        : { 'Cache-Control': 'no-cache, private' };
    res.writeHead(200, {
      'Content-Type': 'application/json',
      Etag: JSON.stringify(entry.hash),
      Vary: 'Accept',
      ...cache,
      'Content-Length': Buffer.byteLength(entry.text),
    });
    res.end(entry.text);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'https://127.0.0.1');
    const route = parseRoute(url.pathname);
    const user = this.authenticate(req, route);
    if (route.kind !== 'resource') this.authorizePath(user, req.method ?? 'GET', url.pathname);
    const { core, openapi, kubelet } = this.services;
    const address = `127.0.0.1:${String((this.server.address() as { port?: number } | null)?.port ?? '')}`;
    let body: unknown;
    if (this.services.metrics.handles(url.pathname)) {
      // An aggregated API: served only while "metrics-server" is installed.
      body = req.method === 'GET' ? this.services.metrics.get(url.pathname) : undefined;
      if (body === undefined) throw pathNotFound();
      sendJson(res, 200, body);
      return;
    }
    switch (route.kind) {
      case 'version':
        body = versionInfo(this.options.version);
        break;
      case 'health':
        res.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok');
        return;
      case 'coreVersions':
        body = coreVersions(address);
        break;
      case 'groups':
        body = groupList(this.services.metrics.groupEntry());
        break;
      case 'group':
        body = group(route.group);
        break;
      case 'resourceList':
        body = resourceList(route.group, route.version);
        break;
      case 'openapiV2':
        body = openapi.v2();
        break;
      case 'openapiV3Index':
        this.serveOpenApiV3(res, url, undefined);
        return;
      case 'openapiV3':
        this.serveOpenApiV3(res, url, route.groupVersion);
        return;
      case 'resource': {
        this.authorize(user, verbOf(req.method ?? 'GET', route, url), route);
        await handleResource(
          {
            req,
            res,
            url,
            type: route.type,
            namespace: route.namespace,
            name: route.name,
            subresource: route.subresource,
            userAgent: String(req.headers['user-agent'] ?? ''),
          },
          {
            core,
            kubelet,
            bookmarkIntervalMs: this.options.bookmarkIntervalMs,
            trackWatch: (stop) => this.trackWatch(stop),
            ephemeralContainers: this.ephemeralContainers,
          },
        );
        return;
      }
      case 'unknown':
        break;
    }
    if (body === undefined) throw pathNotFound();
    sendJson(res, 200, body);
  }

  private trackWatch(stop: () => void): () => void {
    this.watchStops.add(stop);
    return () => this.watchStops.delete(stop);
  }

  private upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'https://127.0.0.1');
    const route = parseRoute(url.pathname);
    const user = this.authenticate(req, route);
    if (route.kind !== 'resource' || route.type.resource !== 'pods' || route.name === undefined || route.namespace === undefined)
      throw pathNotFound();
    const sub = route.subresource;
    if (sub !== 'exec' && sub !== 'attach' && sub !== 'portforward') throw pathNotFound();
    this.authorize(user, 'create', route);
    if ((req.headers.upgrade ?? '').toLowerCase() !== 'websocket') {
      throw new ApiError({
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message: 'only WebSocket upgrades are supported',
        reason: 'BadRequest',
        code: 400,
      });
    }
    const pod = this.services.core.get(route.type, route.namespace, route.name);
    const worker = this.services.kubelet.pod(route.namespace, route.name);
    const phase = isObj(pod.status) ? pod.status.phase : undefined;
    if (sub === 'portforward') {
      if (!worker || phase !== 'Running')
        throw new ApiError({
          kind: 'Status',
          apiVersion: 'v1',
          metadata: {},
          status: 'Failure',
          message: `unable to upgrade connection: pod does not exist`,
          reason: 'BadRequest',
          code: 400,
        });
      const ports = parsePorts(url.searchParams.getAll('ports'));
      // kubectl asks for SPDY tunnelled over WebSocket (ports in each stream's headers); client-node for channels.
      const ws = acceptWebSocket(req, socket, head, [SPDY_TUNNEL_PROTOCOL, ...PORT_FORWARD_PROTOCOLS]);
      if (ws) {
        this.upgrades.push({ subresource: sub, protocol: ws.protocol });
        if (ws.protocol === SPDY_TUNNEL_PROTOCOL) serveSpdyPortForward(ws, worker.podIp, worker.uid);
        else servePortForward(ws, worker.podIp, worker.uid, ports);
      }
      return;
    }
    const container = chooseContainer(pod, worker, url.searchParams.get('container'));
    const name = url.searchParams.get('container') ?? container?.name ?? '';
    const running = requireRunning(container, phase, name);
    const query = {
      command: url.searchParams.getAll('command'),
      stdin: url.searchParams.get('stdin') === 'true' || url.searchParams.get('stdin') === '1',
      stdout: url.searchParams.get('stdout') !== 'false' && url.searchParams.get('stdout') !== '0',
      stderr: url.searchParams.get('stderr') !== 'false' && url.searchParams.get('stderr') !== '0',
      tty: url.searchParams.get('tty') === 'true' || url.searchParams.get('tty') === '1',
    };
    const ws = acceptWebSocket(req, socket, head, CHANNEL_PROTOCOLS);
    if (!ws) return;
    this.upgrades.push({ subresource: sub, protocol: ws.protocol });
    const podName = route.name;
    if (sub === 'exec')
      serveExec(ws, running, query, (width, height) => this.resizes.push({ pod: podName, container: name, width, height }));
    else serveAttach(ws, running, query);
  }
}
