// Discovery documents: /version, /api, /api/v1, /apis, /apis/GROUP, /apis/GROUP/VERSION.
import { apiGroups, groupVersion, OBJECT_VERBS, RESOURCE_TYPES } from '../resources';

export function versionInfo(version: string): Record<string, string> {
  const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(version);
  const major = match?.[1] ?? '1';
  const minor = match?.[2] ?? '34';
  const patch = match?.[3] ?? '0';
  return {
    major,
    minor,
    emulationMajor: major,
    emulationMinor: minor,
    minCompatibilityMajor: major,
    minCompatibilityMinor: String(Math.max(0, Number(minor) - 1)),
    gitVersion: `v${major}.${minor}.${patch}`,
    gitCommit: '0000000000000000000000000000000000000000',
    gitTreeState: 'clean',
    buildDate: '2025-01-01T00:00:00Z',
    goVersion: 'go1.24.0',
    compiler: 'gc',
    platform: 'linux/amd64',
  };
}

export function coreVersions(serverAddress: string): unknown {
  return { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }] };
}

function groupEntry(group: string, versions: string[]): unknown {
  const entries = versions.map((version) => ({ groupVersion: `${group}/${version}`, version }));
  return { name: group, versions: entries, preferredVersion: entries[0] };
}

/** `/apis`; `extra` is an aggregated group (metrics.k8s.io) when it is served. */
export function groupList(extra?: unknown): unknown {
  const groups = apiGroups().map((g) => groupEntry(g.group, g.versions));
  return { kind: 'APIGroupList', apiVersion: 'v1', groups: extra === undefined ? groups : [...groups, extra] };
}

export function group(name: string): unknown {
  const found = apiGroups().find((g) => g.group === name);
  return found ? { kind: 'APIGroup', apiVersion: 'v1', ...(groupEntry(found.group, found.versions) as object) } : undefined;
}

export function resourceList(group: string, version: string): unknown {
  const types = RESOURCE_TYPES.filter((t) => t.group === group && t.version === version);
  if (types.length === 0) return undefined;
  const resources: unknown[] = [];
  for (const t of types) {
    const entry: Record<string, unknown> = {
      name: t.resource,
      singularName: t.singular,
      namespaced: t.namespaced,
      kind: t.kind,
      verbs: [...OBJECT_VERBS],
    };
    if (t.shortNames.length > 0) entry.shortNames = t.shortNames;
    if (t.categories.length > 0) entry.categories = t.categories;
    resources.push(entry);
    for (const sub of t.subresources) {
      const subEntry: Record<string, unknown> = {
        name: `${t.resource}/${sub.name}`,
        singularName: '',
        namespaced: t.namespaced,
        kind: sub.kind,
        verbs: sub.verbs,
      };
      resources.push(subEntry);
    }
  }
  return { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: groupVersion({ group, version }), resources };
}
