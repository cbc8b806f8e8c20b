// Bytes and connections of a forward, read from the local sockets' own counters: what the local
// client sent (toward the pod) and what it received (from the pod), including finished connections.
// The sockets are not read here: a 'data' listener would start the flow before the tunnel is open.

export interface ForwardStats {
  /** Bytes from local clients to the pod. */
  readonly sent: number;
  /** Bytes from the pod to local clients. */
  readonly received: number;
  /** Connections open now. */
  readonly open: number;
  /** Connections accepted since the forward started. */
  readonly total: number;
}

export interface CountedSocket {
  readonly bytesRead: number;
  readonly bytesWritten: number;
  once(event: 'close', listener: () => void): unknown;
  destroy(): void;
}

export class TrafficCounter {
  private readonly live = new Set<CountedSocket>();
  private sentBefore = 0;
  private receivedBefore = 0;
  private accepted = 0;

  open(socket: CountedSocket): void {
    this.accepted++;
    this.live.add(socket);
    socket.once('close', () => {
      if (!this.live.delete(socket)) return;
      this.sentBefore += socket.bytesRead;
      this.receivedBefore += socket.bytesWritten;
    });
  }

  stats(): ForwardStats {
    let sent = this.sentBefore;
    let received = this.receivedBefore;
    for (const socket of this.live) {
      sent += socket.bytesRead;
      received += socket.bytesWritten;
    }
    return { sent, received, open: this.live.size, total: this.accepted };
  }

  closeAll(): void {
    for (const socket of this.live) socket.destroy();
  }
}
