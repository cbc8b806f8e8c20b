// pods/NAME/portforward as kubectl 1.30+ asks first: a WebSocket with subprotocol
// `SPDY/3.1+portforward.k8s.io` whose binary messages carry a SPDY/3.1 session (the apiserver
// tunnels it to the kubelet's SPDY port-forward). Per forwarded connection the client opens an
// error stream and a data stream with the same `requestid` and the `port` header; the data stream
// is piped to a TCP connection to the pod's address, and a failure is written on the error stream.
import { connect, type Socket } from 'node:net';
import type { WebSocketConnection } from '../http/websocket';
import { RST_CANCEL } from './spdy/frames';
import { SpdySession, type SpdyStream } from './spdy/session';

export const SPDY_TUNNEL_PROTOCOL = 'SPDY/3.1+portforward.k8s.io';

interface StreamPair {
  data?: SpdyStream;
  error?: SpdyStream;
}

export function forwardingError(podIp: string, podUid: string, port: number, error: NodeJS.ErrnoException): string {
  const reason = error.code === 'ECONNREFUSED' ? 'connect: connection refused' : error.message;
  return `error forwarding port ${port} to pod ${podUid}, uid : failed to execute portforward in network namespace: failed to connect to ${podIp}:${port} inside namespace, IPv4: dial tcp4 ${podIp}:${port}: ${reason} `;
}

/** `resumes` holds what to do when the tunnel drains (sockets paused while it was full). */
function pipe(pair: Required<StreamPair>, podIp: string, podUid: string, port: number, resumes: Set<() => void>): void {
  const { data, error } = pair;
  const socket: Socket = connect({ host: podIp, port });
  const finish = (): void => {
    data.end();
    error.end();
  };
  // Without flow-control windows the client cannot be paused; the socket buffers what the pod has not read.
  data.on('data', (chunk) => socket.write(chunk));
  data.on('end', () => socket.end());
  data.on('reset', () => socket.destroy());
  error.on('reset', () => socket.destroy());
  socket.on('data', (chunk: Buffer) => {
    if (!data.write(chunk)) socket.pause();
  });
  socket.on('error', (failure: NodeJS.ErrnoException) => {
    error.write(forwardingError(podIp, podUid, port, failure));
    finish();
  });
  socket.on('end', () => data.end());
  const resume = (): void => {
    socket.resume();
  };
  resumes.add(resume);
  socket.on('close', () => {
    resumes.delete(resume);
    finish();
  });
}

export function serveSpdyPortForward(ws: WebSocketConnection, podIp: string, podUid: string): void {
  const session = new SpdySession({
    write: (bytes) => ws.send(bytes),
    end: () => ws.close(1000),
    onDrain: (listener) => ws.on('drain', listener),
  });
  const resumes = new Set<() => void>();
  session.on('drain', () => {
    for (const resume of resumes) resume();
  });
  const pairs = new Map<string, StreamPair>();
  session.on('stream', (stream) => {
    stream.reply();
    const type = stream.headers.streamtype;
    const port = Number(stream.headers.port);
    const key = `${stream.headers.requestid ?? ''}/${stream.headers.port ?? ''}`;
    if ((type !== 'data' && type !== 'error') || !Number.isInteger(port) || port <= 0 || port > 65535) {
      stream.reset(RST_CANCEL);
      return;
    }
    const pair = pairs.get(key) ?? {};
    pair[type] = stream;
    pairs.set(key, pair);
    if (pair.data && pair.error) {
      pairs.delete(key);
      pipe({ data: pair.data, error: pair.error }, podIp, podUid, port, resumes);
    }
  });
  ws.on('message', (bytes, binary) => {
    if (binary) session.receive(bytes);
  });
  ws.on('close', () => session.transportClosed());
}
