// One forwarded connection: a local socket piped through its own WebSocket to pods/NAME/portforward
// (v4.channel.k8s.io: data on channel 0, errors on channel 1, each channel's first message the
// port). Callers that run their own listener (the re-targeting port-forwards) open one tunnel per
// accepted connection, as kubectl does per stream.
// Our own pipe rather than client-node's PortForward: that one copies every chunk and ignores
// backpressure both ways, so a fast pod or a slow reader filled memory and a busy tunnel stalled
// the others. Here each side pauses while the other's buffer is full.
import type { Duplex } from 'node:stream';
import type { KubeConfig } from './clientNode';
import { applyCredentials, credentialsError, type ExecConfig } from './credentialPlugin';
import { ClusterError, type Target } from './errors';
import { buildUrl } from './transport';
import { webSocketClass, type WebSocketClient } from './webSocket';

export interface TunnelOptions {
  /** The pod answered on the error channel (e.g. nothing listens on the port); the socket is closed. */
  readonly onProblem?: (error: ClusterError) => void;
}

/** Bytes queued on the WebSocket before the local socket is paused (and resumed below half). */
const HIGH_WATER = 1 << 20;
const DATA = 0;
const ERROR = 1;

function kindOf(status: number): ClusterError['kind'] {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status >= 400 && status < 500) return 'bad-request';
  if (status >= 500) return 'server';
  return 'unreachable';
}

function portForwardUrl(server: string, namespace: string, pod: string, remotePort: number): string {
  const url = buildUrl(server, `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods/${encodeURIComponent(pod)}/portforward`, {
    ports: String(remotePort),
  });
  url.protocol = url.protocol === 'http:' ? 'ws:' : 'wss:';
  return url.toString();
}

/** Opens the WebSocket; resolves when the server accepted it, rejects with a ClusterError otherwise. */
async function connect(kubeConfig: KubeConfig, target: Target, url: string, what: string): Promise<WebSocketClient> {
  const WebSocket = await webSocketClass();
  const options: { headers: Record<string, string> } = { headers: {} };
  try {
    await applyCredentials(kubeConfig, options);
  } catch (error) {
    throw credentialsError(error, kubeConfig.getCurrentUser()?.exec as ExecConfig | undefined, target);
  }
  const ws = new WebSocket(url, ['v4.channel.k8s.io'], { ...options, perMessageDeflate: false, skipUTF8Validation: true });
  return new Promise<WebSocketClient>((resolve, reject) => {
    let settled = false;
    const fail = (kind: ClusterError['kind'], detail: string, cause?: unknown): void => {
      if (settled) return;
      settled = true;
      reject(new ClusterError({ kind, target, cause, message: `${what} failed (context "${target.context}"): ${detail}` }));
    };
    ws.on('unexpected-response', (_request, response) => {
      const status = response.statusCode ?? 0;
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => {
        let message = body.trim();
        try {
          message = (JSON.parse(body) as { message?: string }).message ?? message;
        } catch {
          // not a Status: keep the text
        }
        fail(kindOf(status), `${status} ${message}`.trim());
      });
      response.on('error', () => fail(kindOf(status), String(status)));
      ws.terminate();
    });
    ws.on('error', (error) => fail('unreachable', error.message, error));
    ws.on('open', () => {
      settled = true;
      resolve(ws);
    });
  });
}

/**
 * Resolves once the WebSocket is open (the pod accepted the stream); rejects when the server refuses
 * it (pod gone or not running, forbidden, unreachable). Closing either side closes the other.
 */
export async function openPortTunnel(
  kubeConfig: KubeConfig,
  target: Target,
  namespace: string,
  pod: string,
  remotePort: number,
  socket: Duplex,
  options: TunnelOptions = {},
): Promise<void> {
  const what = `Port-forward to ${pod}:${remotePort}`;
  // Writes after the peer went away must not become unhandled 'error' events.
  socket.on('error', () => undefined);
  const ws = await connect(kubeConfig, target, portForwardUrl(target.server, namespace, pod, remotePort), what);
  ws.on('error', () => undefined);
  // The first message of each channel is the port it serves (uint16), not data.
  const prefixPending = [true, true];
  ws.on('message', (data, isBinary) => {
    if (!isBinary || data.length < 1) return;
    const channel = data[0] ?? -1;
    if (channel !== DATA && channel !== ERROR) return;
    let payload = data.subarray(1);
    if (prefixPending[channel]) {
      prefixPending[channel] = false;
      payload = payload.subarray(2);
    }
    if (payload.length === 0) return;
    if (channel === ERROR) {
      options.onProblem?.(new ClusterError({ kind: 'bad-request', target, message: `${what}: ${payload.toString('utf8').trim()}` }));
      socket.destroy();
      return;
    }
    if (!socket.write(payload)) {
      ws.pause();
      socket.once('drain', () => ws.resume());
    }
  });
  let paused = false;
  const resumeBelowHalf = (): void => {
    if (paused && ws.bufferedAmount < HIGH_WATER / 2) {
      paused = false;
      socket.resume();
    }
  };
  socket.on('data', (chunk: Buffer) => {
    const message = Buffer.allocUnsafe(chunk.length + 1);
    message[0] = DATA;
    chunk.copy(message, 1);
    ws.send(message, { binary: true }, resumeBelowHalf);
    if (ws.bufferedAmount > HIGH_WATER) {
      paused = true;
      socket.pause();
    }
  });
  ws.on('close', () => socket.end());
  socket.on('close', () => ws.close());
  if (socket.destroyed) ws.close();
}
