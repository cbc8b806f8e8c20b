// Which REST resource serves an apiVersion + kind, learned from the server's discovery documents
// (`/api/v1`, `/apis/GROUP/VERSION`), cached per group version.
import { ClusterError } from './errors';
import type { Transport } from './transport';

export interface ResourceInfo {
  readonly apiVersion: string;
  readonly kind: string;
  /** Plural resource name in URLs: `pods`, `deployments`. */
  readonly resource: string;
  readonly namespaced: boolean;
}

interface ApiResourceList {
  resources?: { name: string; kind: string; namespaced: boolean }[];
}

export class Discovery {
  private readonly cache = new Map<string, Promise<ResourceInfo[]>>();

  constructor(private readonly transport: Transport) {}

  private groupVersion(apiVersion: string): Promise<ResourceInfo[]> {
    let found = this.cache.get(apiVersion);
    if (!found) {
      const path = apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
      found = this.transport
        .json<ApiResourceList>({ path })
        .then((list) =>
          (list.resources ?? [])
            .filter((r) => !r.name.includes('/'))
            .map((r) => ({ apiVersion, kind: r.kind, resource: r.name, namespaced: r.namespaced })),
        );
      found.catch(() => this.cache.delete(apiVersion));
      this.cache.set(apiVersion, found);
    }
    return found;
  }

  async resourceFor(apiVersion: string, kind: string): Promise<ResourceInfo> {
    let resources: ResourceInfo[];
    try {
      resources = await this.groupVersion(apiVersion);
    } catch (error) {
      if (error instanceof ClusterError && error.kind === 'not-found') resources = [];
      else throw error;
    }
    const match = resources.find((r) => r.kind === kind);
    if (!match) {
      throw new ClusterError({
        kind: 'bad-request',
        target: this.transport.target,
        message: `The cluster of context "${this.transport.target.context}" does not serve kind "${kind}" in version "${apiVersion}". Check apiVersion and kind.`,
      });
    }
    return match;
  }
}

export function resourcePath(info: ResourceInfo, namespace: string | undefined, name?: string, subresource?: string): string {
  const base = info.apiVersion.includes('/') ? `/apis/${info.apiVersion}` : `/api/${info.apiVersion}`;
  const ns = info.namespaced && namespace ? `/namespaces/${encodeURIComponent(namespace)}` : '';
  const tail = name === undefined ? '' : `/${encodeURIComponent(name)}${subresource ? `/${subresource}` : ''}`;
  return `${base}${ns}/${info.resource}${tail}`;
}
