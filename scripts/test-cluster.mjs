// `npm run test-cluster`: runs the test Kubernetes API server in the foreground for trying things
// by hand (run `npx tsc -b` first). Prints the kubeconfig path (context `podwright-test`);
// Ctrl-C stops the server and every pod process.
// Options: --port N (default: a free port), --version 1.34, --fast (test timings instead of realistic ones).
import { copyFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const entry = join(import.meta.dirname, '..', 'out', 'packages', 'kube-test-apiserver', 'src', 'index.js');
if (!existsSync(entry)) {
  console.error('The test cluster is not built: run `npx tsc -b` first.');
  process.exit(1);
}

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : fallback;
}

const { TestCluster, CONTEXT } = require(entry);
const cluster = await TestCluster.start({
  port: Number(option('port', '0')),
  version: option('version', '1.34.0'),
  interactive: !process.argv.includes('--fast'),
});
const stable = join(process.cwd(), 'out', 'test-cluster.kubeconfig');
copyFileSync(cluster.kubeconfigPath, stable);

console.log(`Podwright test cluster listening on ${cluster.url}`);
console.log(`kubeconfig: ${stable}  (context ${CONTEXT}; also ${CONTEXT}-cert and ${CONTEXT}-developer)`);
console.log(`try:  KUBECONFIG=${stable} kubectl get pods`);
console.log('Pods run as local processes on 127.x.y.z addresses. Press Ctrl-C to stop.');

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  console.log('\nstopping the test cluster and its pods...');
  await cluster.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
