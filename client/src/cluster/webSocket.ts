// The `ws` WebSocket client (the one @kubernetes/client-node uses), loaded on first use. In the
// extension, esbuild maps `ws` to dist/kubernetes-client.js, which re-exports it, so it is parsed
// only with the Kubernetes client. Only the members the port tunnel uses are typed here.
import type { ClientRequestArgs } from 'node:http';

export interface WebSocketClient {
  readonly protocol: string;
  readonly bufferedAmount: number;
  readonly readyState: number;
  send(data: Buffer, options: { binary: true }, callback?: (error?: Error) => void): void;
  close(code?: number): void;
  terminate(): void;
  pause(): void;
  resume(): void;
  on(event: 'open', listener: () => void): this;
  on(event: 'message', listener: (data: Buffer, isBinary: boolean) => void): this;
  on(event: 'close', listener: (code: number) => void): this;
  on(event: 'error', listener: (error: Error) => void): this;
  on(event: 'unexpected-response', listener: (request: unknown, response: import('node:http').IncomingMessage) => void): this;
}

export interface WebSocketOptions extends ClientRequestArgs {
  readonly perMessageDeflate?: boolean;
  readonly skipUTF8Validation?: boolean;
  readonly maxPayload?: number;
}

export type WebSocketConstructor = new (url: string, protocols: readonly string[], options: WebSocketOptions) => WebSocketClient;

let loading: Promise<WebSocketConstructor> | undefined;

export function webSocketClass(): Promise<WebSocketConstructor> {
  loading ??= (import('ws') as Promise<unknown>).then((mod) => {
    const m = mod as { WebSocket?: WebSocketConstructor; default?: WebSocketConstructor | { WebSocket?: WebSocketConstructor } };
    const found = m.WebSocket ?? (typeof m.default === 'function' ? m.default : m.default?.WebSocket);
    if (!found) throw new Error('the ws module has no WebSocket class');
    return found;
  });
  return loading;
}
