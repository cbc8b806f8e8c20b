// A server-side WebSocket (RFC 6455) over an upgraded HTTPS socket: handshake, framing, close.
// Kubernetes' exec/attach/port-forward streams ride on it; clients mask, the server never does.
import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const OP_CONTINUATION = 0x0;
const OP_TEXT = 0x1;
const OP_BINARY = 0x2;
const OP_CLOSE = 0x8;
const OP_PING = 0x9;
const OP_PONG = 0xa;

export interface WebSocketEvents {
  message: [data: Buffer, binary: boolean];
  close: [code: number];
  drain: [];
}

export class WebSocketConnection extends EventEmitter<WebSocketEvents> {
  private buffer: Buffer = Buffer.alloc(0);
  private fragments: Buffer[] = [];
  private fragmentBinary = false;
  private closed = false;

  constructor(
    private readonly socket: Duplex,
    readonly protocol: string,
  ) {
    super();
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('drain', () => this.emit('drain'));
    socket.on('close', () => this.finish(1006));
    socket.on('error', () => this.finish(1006));
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  /** Sends one binary message; false when the socket buffer is full (wait for 'drain'). */
  send(data: Buffer): boolean {
    return this.sendParts([data]);
  }

  /**
   * Sends one binary message made of these parts (a channel byte and a payload) without copying
   * them into one buffer: the header and each part are written corked, in one writev.
   */
  sendParts(parts: readonly Buffer[]): boolean {
    if (this.closed) return false;
    const length = parts.reduce((sum, part) => sum + part.length, 0);
    this.socket.cork();
    let ok = this.socket.write(header(OP_BINARY, length));
    for (const part of parts) ok = this.socket.write(part);
    this.socket.uncork();
    return ok;
  }

  /** Stops reading messages until resume() (backpressure from where they are written to). */
  pause(): void {
    this.socket.pause();
  }

  resume(): void {
    this.socket.resume();
  }

  sendText(text: string): boolean {
    if (this.closed) return false;
    return this.socket.write(frame(OP_TEXT, Buffer.from(text, 'utf8')));
  }

  close(code = 1000, reason = ''): void {
    if (this.closed) return;
    const payload = Buffer.alloc(2 + Buffer.byteLength(reason));
    payload.writeUInt16BE(code, 0);
    payload.write(reason, 2);
    this.socket.write(frame(OP_CLOSE, payload));
    this.socket.end();
    this.finish(code);
  }

  /** Drops the connection without a close frame, as a crashed server would. */
  destroy(): void {
    this.socket.destroy();
    this.finish(1006);
  }

  private finish(code: number): void {
    if (this.closed) return;
    this.closed = true;
    this.emit('close', code);
  }

  private receive(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const parsed = parseFrame(this.buffer);
      if (!parsed) return;
      this.buffer = this.buffer.subarray(parsed.length);
      this.handle(parsed.fin, parsed.opcode, parsed.payload);
    }
  }

  private handle(fin: boolean, opcode: number, payload: Buffer): void {
    switch (opcode) {
      case OP_PING:
        if (!this.closed) this.socket.write(frame(OP_PONG, payload));
        return;
      case OP_PONG:
        return;
      case OP_CLOSE:
        this.close(payload.length >= 2 ? payload.readUInt16BE(0) : 1000);
        return;
      case OP_TEXT:
      case OP_BINARY:
        this.fragments = [payload];
        this.fragmentBinary = opcode === OP_BINARY;
        break;
      case OP_CONTINUATION:
        this.fragments.push(payload);
        break;
      default:
        this.close(1002, 'unknown opcode');
        return;
    }
    if (fin) {
      const data = this.fragments.length === 1 ? (this.fragments[0] ?? Buffer.alloc(0)) : Buffer.concat(this.fragments);
      this.fragments = [];
      this.emit('message', data, this.fragmentBinary);
    }
  }
}

function frame(opcode: number, payload: Buffer): Buffer {
  return Buffer.concat([header(opcode, payload.length), payload]);
}

function header(opcode: number, length: number): Buffer {
  const headerLength = length < 126 ? 2 : length < 65536 ? 4 : 10;
  const bytes = Buffer.alloc(headerLength);
  bytes[0] = 0x80 | opcode;
  if (length < 126) {
    bytes[1] = length;
  } else if (length < 65536) {
    bytes[1] = 126;
    bytes.writeUInt16BE(length, 2);
  } else {
    bytes[1] = 127;
    bytes.writeBigUInt64BE(BigInt(length), 2);
  }
  return bytes;
}

function parseFrame(buffer: Buffer): { fin: boolean; opcode: number; payload: Buffer; length: number } | undefined {
  if (buffer.length < 2) return undefined;
  const first = buffer[0] ?? 0;
  const second = buffer[1] ?? 0;
  const masked = (second & 0x80) !== 0;
  let length = second & 0x7f;
  let offset = 2;
  if (length === 126) {
    if (buffer.length < 4) return undefined;
    length = buffer.readUInt16BE(2);
    offset = 4;
  } else if (length === 127) {
    if (buffer.length < 10) return undefined;
    length = Number(buffer.readBigUInt64BE(2));
    offset = 10;
  }
  const maskOffset = offset;
  if (masked) offset += 4;
  if (buffer.length < offset + length) return undefined;
  const payload = Buffer.from(buffer.subarray(offset, offset + length));
  if (masked) unmask(payload, buffer.readUInt32BE(maskOffset));
  return { fin: (first & 0x80) !== 0, opcode: first & 0x0f, payload, length: offset + length };
}

/** XORs the payload with the 4-byte mask in place, a word at a time where it can. */
function unmask(payload: Buffer, mask: number): void {
  const words = payload.length >>> 2;
  for (let i = 0; i < words; i++) payload.writeInt32BE((payload.readInt32BE(i * 4) ^ mask) | 0, i * 4);
  for (let i = words * 4; i < payload.length; i++) payload[i] = (payload[i] ?? 0) ^ ((mask >>> (24 - 8 * (i % 4))) & 0xff);
}

export function isWebSocketUpgrade(req: IncomingMessage): boolean {
  return (req.headers.upgrade ?? '').toLowerCase() === 'websocket';
}

/** Completes the handshake, choosing the first protocol the client offers that we support. */
export function acceptWebSocket(
  req: IncomingMessage,
  socket: Duplex,
  head: Buffer,
  supported: readonly string[],
): WebSocketConnection | undefined {
  const key = req.headers['sec-websocket-key'];
  if (typeof key !== 'string') {
    socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    return undefined;
  }
  const offered = String(req.headers['sec-websocket-protocol'] ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const protocol = offered.find((p) => supported.includes(p));
  if (offered.length > 0 && protocol === undefined) {
    socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\nunsupported subprotocols\r\n');
    return undefined;
  }
  const accept = createHash('sha1')
    .update(key + GUID)
    .digest('base64');
  const lines = ['HTTP/1.1 101 Switching Protocols', 'Upgrade: websocket', 'Connection: Upgrade', `Sec-WebSocket-Accept: ${accept}`];
  if (protocol !== undefined) lines.push(`Sec-WebSocket-Protocol: ${protocol}`);
  socket.write(lines.join('\r\n') + '\r\n\r\n');
  const connection = new WebSocketConnection(socket, protocol ?? '');
  if (head.length > 0) socket.unshift(head);
  return connection;
}
