// The channel.k8s.io stream protocols over WebSocket: each binary message starts with its channel
// (0 stdin, 1 stdout, 2 stderr, 3 error/status, 4 resize); v5 adds [255, channel] to close one.
import type { WebSocketConnection } from '../http/websocket';

export const CHANNEL_PROTOCOLS = ['v5.channel.k8s.io', 'v4.channel.k8s.io', 'v3.channel.k8s.io', 'v2.channel.k8s.io', 'channel.k8s.io'];
export const STDIN = 0;
export const STDOUT = 1;
export const STDERR = 2;
export const ERROR = 3;
export const RESIZE = 4;
export const CLOSE = 255;

const CHANNEL_BYTES = Array.from({ length: 256 }, (_, channel) => Buffer.from([channel]));

export function sendChannel(ws: WebSocketConnection, channel: number, data: Buffer | string): boolean {
  const payload = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  return ws.sendParts([CHANNEL_BYTES[channel] ?? Buffer.from([channel]), payload]);
}

/** v4 and later report the outcome as a Status; older protocols send only an error text. */
export function sendOutcome(ws: WebSocketConnection, exitCode: number, command: readonly string[], errorMessage?: string): void {
  const structured = ws.protocol === 'v5.channel.k8s.io' || ws.protocol === 'v4.channel.k8s.io';
  if (exitCode === 0 && errorMessage === undefined) {
    if (structured) sendChannel(ws, ERROR, JSON.stringify({ metadata: {}, status: 'Success' }));
    return;
  }
  const message =
    errorMessage ?? `command terminated with non-zero exit code: error executing command [${command.join(' ')}], exit code ${exitCode}`;
  if (!structured) {
    sendChannel(ws, ERROR, message);
    return;
  }
  const status =
    errorMessage === undefined
      ? {
          metadata: {},
          status: 'Failure',
          message,
          reason: 'NonZeroExitCode',
          details: { causes: [{ reason: 'ExitCode', message: String(exitCode) }] },
        }
      : { metadata: {}, status: 'Failure', message, reason: 'InternalError', details: { causes: [{ message }] }, code: 500 };
  sendChannel(ws, ERROR, JSON.stringify(status));
}

export interface IncomingStreams {
  onStdin(data: Buffer): void;
  onStdinClosed(): void;
  onResize(width: number, height: number): void;
}

/** Dispatches client messages to stdin/resize handlers. */
export function readChannels(ws: WebSocketConnection, handlers: IncomingStreams): void {
  ws.on('message', (data, binary) => {
    if (!binary || data.length === 0) return;
    const channel = data[0];
    const payload = data.subarray(1);
    if (channel === STDIN) {
      if (payload.length > 0) handlers.onStdin(payload);
    } else if (channel === RESIZE) {
      try {
        const size = JSON.parse(payload.toString('utf8')) as Record<string, unknown>;
        const read = (key: string): number => Number(size[key] ?? size[key.toLowerCase()] ?? size[key.toUpperCase()] ?? 0);
        handlers.onResize(read('Width'), read('Height'));
      } catch {
        // ignore malformed resize messages, as the kubelet does
      }
    } else if (channel === CLOSE && payload[0] === STDIN) {
      handlers.onStdinClosed();
    }
  });
}
