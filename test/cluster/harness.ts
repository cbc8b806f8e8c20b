// Where the cluster tests run: the test API server (started once per test file), or a real
// cluster when PODWRIGHT_TEST_KUBECONFIG names a kubeconfig (then tests work in a namespace of
// their own, and tests that need the test server's images or fault injection are skipped).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { TestContext } from 'node:test';
import { ClusterSession, type ClusterApi } from '../../client/src/cluster';
import { TestCluster } from '../../packages/kube-test-apiserver/src';
import { admissionVerdict } from '../../server/src/service/validation/podSecurity/admissionVerdict';

export interface ClusterUnderTest {
  /** The test API server, or undefined against a real cluster. */
  readonly server: TestCluster | undefined;
  readonly kubeconfigPath: string;
  readonly namespace: string;
  readonly session: ClusterSession;
  readonly api: ClusterApi;
  /** Deadline for waiting on cluster state (real clusters pull images for real). */
  readonly patienceMs: number;
  stop(): Promise<void>;
}

export const REAL_KUBECONFIG = process.env.PODWRIGHT_TEST_KUBECONFIG;

/** Skips a test that only the test API server can run, saying why. */
export function needsTestServer(
  t: TestContext,
  cluster: ClusterUnderTest,
  reason: string,
): cluster is ClusterUnderTest & { server: TestCluster } {
  if (cluster.server) return true;
  t.skip(`needs the test API server: ${reason}`);
  return false;
}

export async function startCluster(): Promise<ClusterUnderTest> {
  if (REAL_KUBECONFIG) {
    const session = await ClusterSession.open({ paths: [REAL_KUBECONFIG], watch: false });
    const namespace = `podwright-test-${randomBytes(3).toString('hex')}`;
    await (
      await session.api()
    ).applyDocuments([{ index: 0, object: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } } }]);
    await session.useNamespace(namespace);
    const api = await session.api();
    return {
      server: undefined,
      kubeconfigPath: REAL_KUBECONFIG,
      namespace,
      session,
      api,
      patienceMs: 180000,
      stop: async () => {
        await api.delete({ apiVersion: 'v1', kind: 'Namespace', name: namespace }).catch(() => undefined);
        session.dispose();
      },
    };
  }
  const server = await TestCluster.start();
  // Pod Security as admission decides, judged by the language server's own checks.
  server.judgePodSecurityWith(admissionVerdict);
  const session = await ClusterSession.open({ paths: [server.kubeconfigPath], watch: false });
  const api = await session.api();
  return {
    server,
    kubeconfigPath: server.kubeconfigPath,
    namespace: 'default',
    session,
    api,
    patienceMs: 20000,
    stop: async () => {
      session.dispose();
      await server.stop();
    },
  };
}

/** Whether pods may listen on ports below 1024 here (root, or a lowered unprivileged port start). */
export function lowPortsAllowed(): boolean {
  if (process.getuid?.() === 0) return true;
  try {
    return Number(readFileSync('/proc/sys/net/ipv4/ip_unprivileged_port_start', 'utf8').trim()) <= 80;
  } catch {
    return false;
  }
}

/** The port web pods listen on: 80, unless the test server's pods may not bind it here. */
export function webPort(): number {
  return REAL_KUBECONFIG || lowPortsAllowed() ? 80 : 8080;
}

export function uniqueName(prefix: string): string {
  return `${prefix}-${randomBytes(3).toString('hex')}`;
}
