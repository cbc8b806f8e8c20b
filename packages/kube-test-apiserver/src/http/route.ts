// Maps request paths to what they address: discovery documents, OpenAPI, or a resource
// (`/api/v1/namespaces/NS/pods/NAME/log`, `/apis/apps/v1/deployments`).
import { findResource, type ResourceType } from '../resources';

export type Route =
  | { kind: 'version' }
  | { kind: 'health'; check: string }
  | { kind: 'coreVersions' }
  | { kind: 'groups' }
  | { kind: 'group'; group: string }
  | { kind: 'resourceList'; group: string; version: string }
  | { kind: 'openapiV2' }
  | { kind: 'openapiV3Index' }
  | { kind: 'openapiV3'; groupVersion: string }
  | { kind: 'resource'; type: ResourceType; namespace?: string; name?: string; subresource?: string }
  | { kind: 'unknown' };

function resourceRoute(group: string, version: string, rest: string[]): Route {
  const [first, second, third, fourth, fifth, ...extra] = rest;
  if (first === undefined) return { kind: 'resourceList', group, version };
  // namespaces/NS/RESOURCE[/NAME[/SUB]] addresses namespaced resources.
  if (first === 'namespaces' && second !== undefined && third !== undefined) {
    const type = findResource(group, version, third);
    if (type?.namespaced) {
      if (extra.length > 0) return { kind: 'unknown' };
      const route: Route = { kind: 'resource', type, namespace: decodeURIComponent(second) };
      if (fourth !== undefined) route.name = decodeURIComponent(fourth);
      if (fifth !== undefined) route.subresource = fifth;
      return route;
    }
  }
  const type = findResource(group, version, first);
  if (!type || (third !== undefined && fourth !== undefined)) return { kind: 'unknown' };
  const route: Route = { kind: 'resource', type };
  if (second !== undefined) {
    if (type.namespaced) return { kind: 'unknown' };
    route.name = decodeURIComponent(second);
  }
  if (third !== undefined) route.subresource = third;
  return route;
}

export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter((p) => p !== '');
  const [root, a, b, ...rest] = parts;
  if (root === 'version' && parts.length === 1) return { kind: 'version' };
  if ((root === 'healthz' || root === 'readyz' || root === 'livez') && parts.length === 1) return { kind: 'health', check: root };
  if (root === 'openapi') {
    if (a === 'v2' && parts.length === 2) return { kind: 'openapiV2' };
    if (a === 'v3' && parts.length === 2) return { kind: 'openapiV3Index' };
    if (a === 'v3') return { kind: 'openapiV3', groupVersion: parts.slice(2).join('/') };
    return { kind: 'unknown' };
  }
  if (root === 'api') {
    if (a === undefined) return { kind: 'coreVersions' };
    if (a !== 'v1') return { kind: 'unknown' };
    return resourceRoute('', 'v1', b === undefined ? [] : [b, ...rest]);
  }
  if (root === 'apis') {
    if (a === undefined) return { kind: 'groups' };
    if (b === undefined) return { kind: 'group', group: a };
    return resourceRoute(a, b, rest);
  }
  return { kind: 'unknown' };
}
