// Kubeconfig files for the test cluster: one cluster entry, users for each way to authenticate.
import { stringify } from 'yaml';

export interface KubeconfigUser {
  readonly name: string;
  readonly token?: string;
  readonly certFile?: string;
  readonly keyFile?: string;
  /** An exec credential plugin: command and args. */
  readonly exec?: { readonly command: string; readonly args: readonly string[]; readonly env?: Readonly<Record<string, string>> };
}

export interface KubeconfigContext {
  readonly name: string;
  readonly user: string;
  readonly namespace?: string;
}

export interface KubeconfigSpec {
  readonly clusterName: string;
  readonly server: string;
  readonly caFile: string;
  readonly users: readonly KubeconfigUser[];
  readonly contexts: readonly KubeconfigContext[];
  readonly currentContext: string;
}

function userEntry(user: KubeconfigUser): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (user.token) out.token = user.token;
  if (user.certFile) out['client-certificate'] = user.certFile;
  if (user.keyFile) out['client-key'] = user.keyFile;
  if (user.exec) {
    out.exec = {
      apiVersion: 'client.authentication.k8s.io/v1',
      command: user.exec.command,
      args: [...user.exec.args],
      env: Object.entries(user.exec.env ?? {}).map(([name, value]) => ({ name, value })),
      interactiveMode: 'Never',
      provideClusterInfo: false,
    };
  }
  return { name: user.name, user: out };
}

export function kubeconfigText(spec: KubeconfigSpec): string {
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: spec.clusterName, cluster: { server: spec.server, 'certificate-authority': spec.caFile } }],
    users: spec.users.map(userEntry),
    contexts: spec.contexts.map((c) => ({
      name: c.name,
      context: { cluster: spec.clusterName, user: c.user, ...(c.namespace ? { namespace: c.namespace } : {}) },
    })),
    'current-context': spec.currentContext,
    preferences: {},
  });
}
