// Starts the test Kubernetes API server (packages/kube-test-apiserver, built by `npx tsc -b`) for
// the integration suites, and keeps it running until SIGTERM/SIGINT or until the parent process
// (--parent PID) is gone; stopping it stops every pod process.
// Writes the extension host's environment to --write-env once the server listens:
//   KUBECONFIG                           the server's kubeconfig (contexts podwright-test, -cert,
//                                        -developer) merged with a second file whose context
//                                        podwright-unreachable points at a closed port
//   PODWRIGHT_TEST_CLUSTER_URL           https://127.0.0.1:PORT
//   PODWRIGHT_TEST_UNREACHABLE_CONTEXT   podwright-unreachable
//   PODWRIGHT_TEST_UNREACHABLE_SERVER    its URL
//   PODWRIGHT_TEST_RESTRICTED_CONTEXT    podwright-test-developer, whose user "developer" may not
//                                        list namespaces nor patch (apply) pods in namespace
//                                        "default" (403 with the API server's Status), like a
//                                        developer with namespace-scoped RBAC elsewhere
//   PODWRIGHT_TEST_DENY_WEBHOOK          policy.example.com: a validating webhook's stand-in that
//                                        refuses pods with `spec.hostNetwork: true` (403, cause
//                                        field spec.hostNetwork), dry runs included
import { existsSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

const require = createRequire(import.meta.url);
const entry = join(import.meta.dirname, '..', '..', 'out', 'packages', 'kube-test-apiserver', 'src', 'index.js');
if (!existsSync(entry)) {
  console.error('the test API server is not built: run `npx tsc -b` first');
  process.exit(1);
}

function option(name) {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** A port nothing listens on (taken from the OS, then released). */
function closedPort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

const envFile = option('write-env');
if (!envFile) {
  console.error('usage: node test/vscode/testCluster.mjs --write-env FILE [--parent PID]');
  process.exit(2);
}

const { TestCluster, DEVELOPER_CONTEXT } = require(entry);
const cluster = await TestCluster.start();
// Pod Security as admission decides, judged by the language server's own checks.
const { admissionVerdict } = require(
  join(import.meta.dirname, '..', '..', 'out', 'server', 'src', 'service', 'validation', 'podSecurity', 'admissionVerdict.js'),
);
cluster.judgePodSecurityWith(admissionVerdict);
cluster.forbid({ user: 'developer', verb: 'list', resource: 'namespaces' });
cluster.forbid({ user: 'developer', verb: 'patch', resource: 'pods', namespace: 'default' });
const denyWebhook = 'policy.example.com';
cluster.denyWrites({
  webhook: denyWebhook,
  kind: 'Pod',
  field: 'spec.hostNetwork',
  equals: true,
  message: 'host networking is not allowed in this cluster',
});
const extraDir = mkdtempSync(join(tmpdir(), 'podwright-unreachable-'));
const unreachableContext = 'podwright-unreachable';
const unreachableServer = `https://127.0.0.1:${await closedPort()}`;
const extraKubeconfig = join(extraDir, 'kubeconfig');
// JSON is YAML: a kubeconfig with one context whose API server does not exist.
writeFileSync(
  extraKubeconfig,
  JSON.stringify(
    {
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [{ name: unreachableContext, cluster: { server: unreachableServer, 'certificate-authority': cluster.caFile } }],
      users: [{ name: unreachableContext, user: { token: 'no-server-checks-this' } }],
      contexts: [{ name: unreachableContext, context: { cluster: unreachableContext, user: unreachableContext, namespace: 'default' } }],
    },
    null,
    2,
  ),
  { mode: 0o600 },
);

let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  try {
    await cluster.stop();
  } finally {
    rmSync(extraDir, { recursive: true, force: true });
    process.exit(code);
  }
}
process.on('SIGTERM', () => void stop(0));
process.on('SIGINT', () => void stop(0));
const parent = Number(option('parent') ?? 0);
if (parent > 0) {
  // If the runner is killed outright, its trap never runs: do not leave pods behind.
  setInterval(() => {
    try {
      process.kill(parent, 0);
    } catch {
      void stop(1);
    }
  }, 1000).unref();
}

writeFileSync(
  `${envFile}.tmp`,
  JSON.stringify({
    KUBECONFIG: [cluster.kubeconfigPath, extraKubeconfig].join(delimiter),
    PODWRIGHT_TEST_CLUSTER_URL: cluster.url,
    PODWRIGHT_TEST_UNREACHABLE_CONTEXT: unreachableContext,
    PODWRIGHT_TEST_UNREACHABLE_SERVER: unreachableServer,
    PODWRIGHT_TEST_RESTRICTED_CONTEXT: DEVELOPER_CONTEXT,
    PODWRIGHT_TEST_DENY_WEBHOOK: denyWebhook,
  }),
);
// Renamed into place so the runner never reads a half-written file.
renameSync(`${envFile}.tmp`, envFile);
console.log(`test API server on ${cluster.url}; kubeconfig ${cluster.kubeconfigPath}`);
