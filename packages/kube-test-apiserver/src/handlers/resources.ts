// HTTP verbs on resources: GET (get, list, watch), POST, PUT, PATCH, DELETE, plus pods/log.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fieldValidationParam, parseBody } from '../core/decode';
import type { ApiCore, WriteOptions } from '../core/core';
import { patchEphemeralContainers, putEphemeralContainers } from '../core/ephemeralContainers';
import { badRequest, methodNotAllowed, pathNotFound } from '../status';
import { readBody, sendJson, warningHeaders } from '../http/respond';
import { clone, omit, type Obj } from '../objects';
import { groupVersion, type ResourceType } from '../resources';
import { fieldSelector, labelSelector } from '../selectors';
import type { Kubelet } from '../runtime/kubelet';
import { serveLogs } from '../streams/logs';
import { toTable, wantsTable } from './table';
import { serveWatch } from './watch';

export interface ResourceRequest {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly url: URL;
  readonly type: ResourceType;
  readonly namespace: string | undefined;
  readonly name: string | undefined;
  readonly subresource: string | undefined;
  readonly userAgent: string;
}

export interface ResourceServices {
  readonly core: ApiCore;
  readonly kubelet: Kubelet;
  readonly bookmarkIntervalMs: number;
  readonly trackWatch: (stop: () => void) => () => void;
  /** Whether pods/ephemeralcontainers is served (clusters before 1.23, or with the feature off, answer 404). */
  readonly ephemeralContainers: boolean;
}

function intParam(url: URL, name: string): number | undefined {
  const value = url.searchParams.get(name);
  if (value === null || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) throw badRequest(`invalid ${name}: ${value}`);
  return n;
}

function managerFrom(url: URL, userAgent: string): string {
  return url.searchParams.get('fieldManager') ?? (userAgent.split('/')[0] || 'unknown');
}

function listObject(type: ResourceType, items: Obj[], rv: string, cont?: string, remaining?: number): Obj {
  const metadata: Obj = { resourceVersion: rv };
  if (cont) metadata.continue = cont;
  if (remaining !== undefined) metadata.remainingItemCount = remaining;
  // Items in a list carry no apiVersion/kind, as with the real API server.
  const stripped = items.map((item) => omit(item, ['apiVersion', 'kind']));
  return { kind: `${type.kind}List`, apiVersion: groupVersion(type), metadata, items: stripped };
}

function list(r: ResourceRequest, s: ResourceServices): void {
  const label = labelSelector(r.url.searchParams.get('labelSelector'));
  const field = fieldSelector(r.type.resource, r.url.searchParams.get('fieldSelector'));
  const matches = (obj: Obj): boolean => label(obj) && field(obj);
  const table = wantsTable(r.req.headers.accept);
  const includeObject = r.url.searchParams.get('includeObject');
  if (r.url.searchParams.get('watch') === 'true' || r.url.searchParams.get('watch') === '1') {
    serveWatch(
      s.core.store,
      r.res,
      {
        type: r.type,
        namespace: r.namespace,
        matches,
        resourceVersion: r.url.searchParams.get('resourceVersion'),
        allowBookmarks: r.url.searchParams.get('allowWatchBookmarks') === 'true',
        sendInitialEvents: r.url.searchParams.get('sendInitialEvents') === 'true',
        timeoutSeconds: intParam(r.url, 'timeoutSeconds'),
        bookmarkIntervalMs: s.bookmarkIntervalMs,
        render: table ? (obj) => toTable(r.type, [obj], String(s.core.store.resourceVersion), includeObject) : undefined,
      },
      s.trackWatch,
    );
    return;
  }
  const rv = String(s.core.store.resourceVersion);
  let items = s.core.store.list(r.type.resource, r.namespace).filter(matches);
  const limit = intParam(r.url, 'limit');
  const token = r.url.searchParams.get('continue');
  let start = 0;
  if (token) {
    const decoded = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as { start?: number };
    start = decoded.start ?? 0;
  }
  items = items.slice(start);
  if (table) {
    sendJson(r.res, 200, toTable(r.type, items, rv, includeObject));
    return;
  }
  if (limit !== undefined && limit > 0 && items.length > limit) {
    const next = Buffer.from(JSON.stringify({ rv, start: start + limit })).toString('base64');
    sendJson(r.res, 200, listObject(r.type, items.slice(0, limit), rv, next, items.length - limit));
    return;
  }
  sendJson(r.res, 200, listObject(r.type, items, rv));
}

function withTypeMeta(type: ResourceType, obj: Obj): Obj {
  return { apiVersion: groupVersion(type), kind: type.kind, ...obj };
}

export async function handleResource(r: ResourceRequest, s: ResourceServices): Promise<void> {
  const { req, res, url, type } = r;
  const namespace = r.namespace ?? '';
  const method = req.method ?? 'GET';
  const dryRun = url.searchParams.getAll('dryRun');
  if (dryRun.some((d) => d !== 'All')) throw badRequest(`Invalid dry run value: ${dryRun.join(',')}`);
  const options = {
    dryRun: dryRun.length > 0,
    fieldManager: managerFrom(url, r.userAgent),
    fieldValidation: fieldValidationParam(url.searchParams.get('fieldValidation')),
  };
  const sub = r.subresource;
  if (sub === 'log') {
    if (method !== 'GET' || r.name === undefined) throw methodNotAllowed();
    serveLogs(res, s.kubelet, s.core.store.get('pods', namespace, r.name), namespace, r.name, {
      container: url.searchParams.get('container'),
      follow: url.searchParams.get('follow') === 'true',
      previous: url.searchParams.get('previous') === 'true',
      timestamps: url.searchParams.get('timestamps') === 'true',
      tailLines: intParam(url, 'tailLines'),
      sinceSeconds: intParam(url, 'sinceSeconds'),
      sinceTime: url.searchParams.get('sinceTime'),
      limitBytes: intParam(url, 'limitBytes'),
    });
    return;
  }
  if (sub === 'ephemeralcontainers' && type.resource === 'pods' && r.name !== undefined && s.ephemeralContainers) {
    await ephemeralContainers(r, s, namespace, r.name, options);
    return;
  }
  if (sub !== undefined && sub !== 'status') throw pathNotFound();
  if (r.name === undefined) {
    if (method === 'GET') return list(r, s);
    if (method === 'POST') {
      if (r.type.namespaced && r.namespace === undefined) throw methodNotAllowed();
      const result = s.core.create(type, namespace, parseBody(await readBody(req), false), options);
      sendJson(res, 201, withTypeMeta(type, result.object), warningOptions(result.warnings));
      return;
    }
    throw methodNotAllowed();
  }
  switch (method) {
    case 'GET': {
      const found = withTypeMeta(type, s.core.get(type, namespace, r.name));
      const body = wantsTable(req.headers.accept)
        ? toTable(type, [found], String(s.core.store.resourceVersion), url.searchParams.get('includeObject'))
        : found;
      sendJson(res, 200, body);
      return;
    }
    case 'PUT': {
      const result = s.core.update(type, namespace, r.name, parseBody(await readBody(req), false), options, sub);
      sendJson(res, 200, withTypeMeta(type, result.object), warningOptions(result.warnings));
      return;
    }
    case 'PATCH': {
      const contentType = (req.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
      const result = s.core.patch(
        type,
        namespace,
        r.name,
        contentType,
        await readBody(req),
        { ...options, force: url.searchParams.get('force') === 'true' },
        sub,
      );
      sendJson(res, result.created ? 201 : 200, withTypeMeta(type, result.object), warningOptions(result.warnings));
      return;
    }
    case 'DELETE': {
      const body = await readBody(req);
      let grace = intParam(url, 'gracePeriodSeconds');
      if (grace === undefined && body.trim() !== '') {
        const parsed = JSON.parse(body) as { gracePeriodSeconds?: number };
        grace = parsed.gracePeriodSeconds;
      }
      const deleted = s.core.delete(
        type,
        namespace,
        r.name,
        grace === undefined ? { dryRun: options.dryRun } : { dryRun: options.dryRun, gracePeriodSeconds: grace },
      );
      sendJson(res, 200, withTypeMeta(type, clone(deleted)));
      return;
    }
    default:
      throw methodNotAllowed();
  }
}

async function ephemeralContainers(
  r: ResourceRequest,
  s: ResourceServices,
  namespace: string,
  name: string,
  options: WriteOptions,
): Promise<void> {
  const method = r.req.method ?? 'GET';
  if (method === 'GET') {
    sendJson(r.res, 200, withTypeMeta(r.type, s.core.get(r.type, namespace, name)));
    return;
  }
  const body = await readBody(r.req);
  let result;
  if (method === 'PUT') result = putEphemeralContainers(s.core, namespace, name, parseBody(body, false), options);
  else if (method === 'PATCH') {
    const contentType = (r.req.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
    result = patchEphemeralContainers(s.core, namespace, name, contentType, body, options);
  } else throw methodNotAllowed();
  sendJson(r.res, 200, withTypeMeta(r.type, result.object));
}

function warningOptions(warnings: readonly string[]): Record<string, string> {
  return warnings.length > 0 ? { Warning: warningHeaders(warnings).join(', ') } : {};
}
