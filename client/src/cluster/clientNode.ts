// @kubernetes/client-node is ESM-only; this CommonJS code loads it with a real dynamic import.
// Loaded once, on first use: in the extension, esbuild turns the import into a require of
// dist/kubernetes-client.js, the client's own bundle, so activation does not parse it.
import type * as ClientNode from '@kubernetes/client-node' with { 'resolution-mode': 'import' };

export type ClientNodeModule = typeof ClientNode;
export type KubeConfig = ClientNode.KubeConfig;

let loading: Promise<ClientNodeModule> | undefined;

export function clientNode(): Promise<ClientNodeModule> {
  loading ??= import('@kubernetes/client-node');
  return loading;
}
