// pods/NAME/portforward over WebSocket (v4.channel.k8s.io): port i uses data channel 2i and error
// channel 2i+1; each channel's first server frame carries the port (uint16, little-endian); data
// is piped to a TCP connection to the pod's own address.
import { connect, type Socket } from 'node:net';
import type { WebSocketConnection } from '../http/websocket';
import { sendChannel } from './channels';
import { forwardingError } from './spdyPortForward';

export const PORT_FORWARD_PROTOCOLS = ['v4.channel.k8s.io', 'portforward.k8s.io'];

function portPrefix(port: number): Buffer {
  const buffer = Buffer.alloc(2);
  buffer.writeUInt16LE(port, 0);
  return buffer;
}

export function parsePorts(values: readonly string[]): number[] {
  const ports = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '')
    .map(Number);
  return ports.filter((p) => Number.isInteger(p) && p > 0 && p < 65536);
}

export function servePortForward(ws: WebSocketConnection, podIp: string, podUid: string, ports: readonly number[]): void {
  const sockets: Socket[] = [];
  ports.forEach((port, index) => {
    const dataChannel = index * 2;
    const errorChannel = dataChannel + 1;
    sendChannel(ws, dataChannel, portPrefix(port));
    sendChannel(ws, errorChannel, portPrefix(port));
    const socket = connect({ host: podIp, port });
    sockets[index] = socket;
    const pending: Buffer[] = [];
    let connected = false;
    socket.on('connect', () => {
      connected = true;
      for (const chunk of pending.splice(0)) socket.write(chunk);
    });
    socket.on('data', (chunk: Buffer) => {
      if (!sendChannel(ws, dataChannel, chunk)) {
        socket.pause();
        ws.once('drain', () => socket.resume());
      }
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      sendChannel(ws, errorChannel, forwardingError(podIp, podUid, port, error));
      ws.close(1000);
    });
    socket.on('close', () => ws.close(1000));
    ws.on('message', (data, binary) => {
      if (!binary || data[0] !== dataChannel) return;
      const payload = data.subarray(1);
      if (payload.length === 0) return;
      if (!connected) {
        pending.push(payload);
      } else if (!socket.write(payload)) {
        ws.pause();
        socket.once('drain', () => ws.resume());
      }
    });
  });
  ws.on('close', () => {
    for (const socket of sockets) socket.destroy();
  });
}
