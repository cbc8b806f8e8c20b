// The integration suites check the cluster on their own, not through the extension under test:
// plain HTTPS requests to the test API server with the admin token of its kubeconfig (context
// podwright-test), as `kubectl get` would see it.
import * as fs from 'node:fs';
import * as https from 'node:https';
import * as path from 'node:path';
import { parse } from 'yaml';

export const TEST_CONTEXT = 'podwright-test';

interface Kubeconfig {
  clusters: { name: string; cluster: { server: string; 'certificate-authority': string } }[];
  users: { name: string; user: { token?: string } }[];
  contexts: { name: string; context: { cluster: string; user: string } }[];
}

/** The test cluster's environment (set by test/vscode/run.sh), or undefined when it is not running. */
export function testClusterEnv():
  { url: string; unreachableContext: string; unreachableServer: string; restrictedContext: string } | undefined {
  const url = process.env.PODWRIGHT_TEST_CLUSTER_URL;
  if (!url) return undefined;
  return {
    url,
    unreachableContext: process.env.PODWRIGHT_TEST_UNREACHABLE_CONTEXT ?? '',
    unreachableServer: process.env.PODWRIGHT_TEST_UNREACHABLE_SERVER ?? '',
    restrictedContext: process.env.PODWRIGHT_TEST_RESTRICTED_CONTEXT ?? '',
  };
}

export interface ProbeResponse {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

export class ClusterProbe {
  private constructor(
    private readonly server: URL,
    private readonly ca: Buffer,
    private readonly token: string,
  ) {}

  static fromEnvironment(): ClusterProbe {
    for (const file of (process.env.KUBECONFIG ?? '').split(path.delimiter).filter((f) => f !== '')) {
      const config = parse(fs.readFileSync(file, 'utf8')) as Kubeconfig;
      const context = config.contexts.find((c) => c.name === TEST_CONTEXT)?.context;
      if (!context) continue;
      const cluster = config.clusters.find((c) => c.name === context.cluster)?.cluster;
      const token = config.users.find((u) => u.name === context.user)?.user.token;
      if (!cluster || !token) break;
      return new ClusterProbe(new URL(cluster.server), fs.readFileSync(cluster['certificate-authority']), token);
    }
    throw new Error(`no ${TEST_CONTEXT} context with a token in KUBECONFIG=${process.env.KUBECONFIG ?? ''}`);
  }

  request(method: string, urlPath: string, body?: { contentType: string; text: string }): Promise<ProbeResponse> {
    return new Promise((resolve, reject) => {
      const req = https.request(
        {
          host: this.server.hostname,
          port: this.server.port,
          path: urlPath,
          method,
          ca: this.ca,
          headers: {
            authorization: `Bearer ${this.token}`,
            accept: 'application/json',
            ...(body ? { 'content-type': body.contentType } : {}),
          },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} }));
        },
      );
      req.on('error', reject);
      req.end(body?.text);
    });
  }

  pod(name: string, namespace = 'default'): Promise<ProbeResponse> {
    return this.request('GET', `/api/v1/namespaces/${namespace}/pods/${name}`);
  }

  /** The pod's current log as plain text, the way `kubectl logs` reads it. */
  podLog(name: string, namespace = 'default'): Promise<string> {
    return new Promise((resolve, reject) => {
      https
        .get(
          {
            host: this.server.hostname,
            port: this.server.port,
            path: `/api/v1/namespaces/${namespace}/pods/${name}/log`,
            ca: this.ca,
            headers: { authorization: `Bearer ${this.token}` },
          },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => (text += chunk));
            res.on('end', () =>
              res.statusCode === 200 ? resolve(text) : reject(new Error(`log of ${name}: HTTP ${String(res.statusCode)} ${text}`)),
            );
          },
        )
        .on('error', reject);
    });
  }

  /** Server-side apply under another field manager (someone else working on the same pod). */
  applyPod(manifest: Record<string, unknown>, fieldManager: string, namespace = 'default'): Promise<ProbeResponse> {
    const name = (manifest.metadata as { name: string }).name;
    return this.request('PATCH', `/api/v1/namespaces/${namespace}/pods/${name}?fieldManager=${encodeURIComponent(fieldManager)}`, {
      contentType: 'application/apply-patch+yaml',
      text: JSON.stringify(manifest),
    });
  }

  deletePod(name: string, namespace = 'default'): Promise<ProbeResponse> {
    return this.request('DELETE', `/api/v1/namespaces/${namespace}/pods/${name}?gracePeriodSeconds=0`);
  }

  createNamespace(name: string, labels: Record<string, string> = {}): Promise<ProbeResponse> {
    return this.request('POST', '/api/v1/namespaces', {
      contentType: 'application/json',
      text: JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } }),
    });
  }

  /** Deletes the namespace and, as the namespace controller does, everything in it. */
  deleteNamespace(name: string): Promise<ProbeResponse> {
    return this.request('DELETE', `/api/v1/namespaces/${name}`);
  }

  /** The names of the cluster's namespaces, as `kubectl get namespaces` lists them. */
  async namespaceNames(): Promise<string[]> {
    const list = await this.request('GET', '/api/v1/namespaces');
    if (list.status !== 200) throw new Error(`listing namespaces: HTTP ${list.status}`);
    return (list.body.items as { metadata: { name: string } }[]).map((ns) => ns.metadata.name);
  }
}
