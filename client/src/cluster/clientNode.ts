// @kubernetes/client-node is ESM-only; this CommonJS code loads it with a real dynamic import
// (esbuild inlines it into the extension bundle). Loaded once, on first use.
import type * as ClientNode from '@kubernetes/client-node' with { 'resolution-mode': 'import' };

export type ClientNodeModule = typeof ClientNode;
export type KubeConfig = ClientNode.KubeConfig;

let loading: Promise<ClientNodeModule> | undefined;

export function clientNode(): Promise<ClientNodeModule> {
  loading ??= import('@kubernetes/client-node');
  return loading;
}
