// The server end of a SPDY/3.1 session over any byte transport: the peer opens streams
// (SYN_STREAM), the server answers each (SYN_REPLY), data flows both ways until each side sends
// FIN, and either side may reset a stream. PINGs are echoed; GOAWAY ends the session. Flow control
// windows are not enforced here: Kubernetes' SPDY peers do not send WINDOW_UPDATE, so a window
// would stall them.
import { EventEmitter } from 'node:events';
import {
  controlFrame,
  dataFrame,
  decodeHeaders,
  encodeHeaders,
  FLAG_FIN,
  GOAWAY,
  HEADERS,
  MAX_BODY,
  PING,
  readFrames,
  RST_INVALID_STREAM,
  RST_PROTOCOL_ERROR,
  RST_STREAM,
  SYN_REPLY,
  SYN_STREAM,
  uint32s,
  type Frame,
} from './frames';
import { HeaderDeflater, HeaderInflater } from './headerCompression';

/** Where the session's bytes go (a socket, or the WebSocket tunnel). */
export interface ByteTransport {
  /** false when the transport's buffer is full (wait for onDrain). */
  write(data: Buffer): boolean;
  end(): void;
  onDrain(listener: () => void): void;
}

export interface SpdyStreamEvents {
  data: [Buffer];
  /** The peer sent FIN: it will send no more. */
  end: [];
  /** The peer reset the stream, or the session ended. */
  reset: [];
}

export class SpdyStream extends EventEmitter<SpdyStreamEvents> {
  private replied = false;
  private localClosed = false;
  remoteClosed = false;

  constructor(
    private readonly session: SpdySession,
    readonly id: number,
    readonly headers: Readonly<Record<string, string>>,
  ) {
    super();
  }

  get finished(): boolean {
    return this.localClosed && this.remoteClosed;
  }

  reply(headers: Readonly<Record<string, string>> = {}): void {
    if (this.replied) return;
    this.replied = true;
    this.session.send(controlFrame(SYN_REPLY, 0, Buffer.concat([uint32s(this.id), this.session.compress(encodeHeaders(headers))])));
  }

  /** false when the transport is full (the session emits 'drain'). */
  write(data: Buffer | string): boolean {
    if (this.localClosed) return true;
    this.reply();
    let payload = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let ok = true;
    while (payload.length > 0) {
      ok = this.session.send(dataFrame(this.id, 0, payload.subarray(0, MAX_BODY)));
      payload = payload.subarray(MAX_BODY);
    }
    return ok;
  }

  /** Half-closes: FIN on an empty data frame. */
  end(): void {
    if (this.localClosed) return;
    this.reply();
    this.localClosed = true;
    this.session.send(dataFrame(this.id, FLAG_FIN, Buffer.alloc(0)));
    this.session.forgetIfDone(this);
  }

  reset(status: number): void {
    if (this.finished) return;
    this.localClosed = true;
    this.remoteClosed = true;
    this.session.send(controlFrame(RST_STREAM, 0, uint32s(this.id, status)));
    this.session.forgetIfDone(this);
  }

  /** The peer's side ended (FIN, RST or the session going away). */
  closeRemote(reset: boolean): void {
    if (reset) {
      this.localClosed = true;
      if (!this.remoteClosed) {
        this.remoteClosed = true;
        this.emit('reset');
      }
      return;
    }
    if (this.remoteClosed) return;
    this.remoteClosed = true;
    this.emit('end');
  }
}

export interface SpdySessionEvents {
  stream: [SpdyStream];
  drain: [];
  close: [];
}

export class SpdySession extends EventEmitter<SpdySessionEvents> {
  private readonly streams = new Map<number, SpdyStream>();
  private readonly inflater = new HeaderInflater();
  private readonly deflater = new HeaderDeflater();
  private buffer: Buffer = Buffer.alloc(0);
  private closed = false;
  private lastStreamId = 0;

  constructor(private readonly transport: ByteTransport) {
    super();
    transport.onDrain(() => this.emit('drain'));
  }

  send(frame: Buffer): boolean {
    if (this.closed) return true;
    return this.transport.write(frame);
  }

  compress(block: Buffer): Buffer {
    return this.deflater.deflate(block);
  }

  forgetIfDone(stream: SpdyStream): void {
    if (stream.finished) this.streams.delete(stream.id);
  }

  /** Bytes from the peer, in any chunking. */
  receive(chunk: Buffer): void {
    if (this.closed) return;
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    const { frames, rest } = readFrames(this.buffer);
    this.buffer = Buffer.from(rest);
    for (const frame of frames) {
      if (this.closed) return;
      try {
        this.handle(frame);
      } catch {
        // A header block that does not inflate or decode: the session cannot continue (SPDY §2.6.10).
        this.goAway(RST_PROTOCOL_ERROR);
        return;
      }
    }
  }

  /** Sends GOAWAY and ends the transport; every open stream is reset. */
  goAway(status = 0): void {
    if (this.closed) return;
    this.send(controlFrame(GOAWAY, 0, uint32s(this.lastStreamId, status)));
    this.transportClosed();
    this.transport.end();
  }

  /** The transport went away: every stream ends. */
  transportClosed(): void {
    if (this.closed) return;
    this.closed = true;
    for (const stream of [...this.streams.values()]) stream.closeRemote(true);
    this.streams.clear();
    this.emit('close');
  }

  private handle(frame: Frame): void {
    if (!frame.control) {
      const stream = this.streams.get(frame.streamId);
      if (!stream || stream.remoteClosed) {
        this.send(controlFrame(RST_STREAM, 0, uint32s(frame.streamId, RST_INVALID_STREAM)));
        return;
      }
      if (frame.data.length > 0) stream.emit('data', Buffer.from(frame.data));
      if ((frame.flags & FLAG_FIN) !== 0) {
        stream.closeRemote(false);
        this.forgetIfDone(stream);
      }
      return;
    }
    const body = frame.body;
    switch (frame.type) {
      case SYN_STREAM: {
        const id = body.readUInt32BE(0) & 0x7fffffff;
        // Every header block goes through the inflater, even a refused stream's, to keep zlib's state.
        const headers = decodeHeaders(this.inflater.inflate(body.subarray(10)));
        if (this.streams.has(id) || id % 2 === 0) {
          this.send(controlFrame(RST_STREAM, 0, uint32s(id, RST_PROTOCOL_ERROR)));
          return;
        }
        this.lastStreamId = Math.max(this.lastStreamId, id);
        const stream = new SpdyStream(this, id, headers);
        this.streams.set(id, stream);
        if ((frame.flags & FLAG_FIN) !== 0) stream.remoteClosed = true;
        this.emit('stream', stream);
        return;
      }
      case HEADERS:
        this.inflater.inflate(body.subarray(4));
        return;
      case RST_STREAM: {
        const stream = this.streams.get(body.readUInt32BE(0) & 0x7fffffff);
        if (!stream) return;
        this.streams.delete(stream.id);
        stream.closeRemote(true);
        return;
      }
      case PING:
        // Echo the peer's pings; our own (even ids) we never send.
        if ((body.readUInt32BE(0) & 1) === 1) this.send(controlFrame(PING, 0, body));
        return;
      case GOAWAY:
        this.transportClosed();
        this.transport.end();
        return;
      default:
        // SETTINGS and WINDOW_UPDATE change nothing here; unknown types are ignored as SPDY asks.
        return;
    }
  }
}
