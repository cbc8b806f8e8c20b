// The forwards of one window: started, stopped, restarted, and saved as plain records so the
// next session can offer them again. Each forward keeps the cluster of the context it was started
// in, so switching Podwright's context does not move running forwards.
import { EventEmitter } from 'node:events';
import type { ForwardCluster } from './forwardCluster';
import { PortForward, type ForwardSpec } from './forward';

/** A forward as saved in the workspace (and given back to start() to restore it): its spec. */
export type SavedForward = ForwardSpec;

export type ClusterForContext = (context: string) => Promise<ForwardCluster>;

export class PortForwardManager extends EventEmitter<{ changed: [] }> {
  private readonly forwards: PortForward[] = [];

  constructor(
    private readonly clusterFor: ClusterForContext,
    private readonly holdMs?: number,
  ) {
    super();
  }

  list(): readonly PortForward[] {
    return this.forwards;
  }

  byLocalPort(port: number): PortForward | undefined {
    return this.forwards.find((f) => f.spec.localPort === port);
  }

  /**
   * Starts a forward. Rejects when the local port is taken (by another forward or another program)
   * or may not be bound; the forward is then not kept.
   */
  async start(spec: ForwardSpec): Promise<PortForward> {
    const existing = this.byLocalPort(spec.localPort);
    if (existing) throw new Error(`127.0.0.1:${spec.localPort} already forwards to ${existing.pod}:${existing.spec.remotePort}`);
    const forward = new PortForward(spec, await this.clusterFor(spec.context), this.holdMs);
    forward.on('changed', () => this.emit('changed'));
    this.forwards.push(forward);
    try {
      await forward.start();
    } catch (error) {
      this.remove(forward);
      throw error;
    }
    this.emit('changed');
    return forward;
  }

  async stop(forward: PortForward): Promise<void> {
    this.remove(forward);
    await forward.stop();
    this.emit('changed');
  }

  /** Stops and starts again on the same local port, following the pod it targets now. */
  async restart(forward: PortForward): Promise<PortForward> {
    await this.stop(forward);
    const spec: ForwardSpec = { ...forward.spec, pod: forward.pod };
    return this.start(forward.followed ? { ...spec, followed: forward.followed } : spec);
  }

  /** The forwards to offer again next time (failed ones included: the user may fix the cause). */
  saved(): SavedForward[] {
    return this.forwards.map((f) => {
      const record = {
        context: f.spec.context,
        namespace: f.spec.namespace,
        pod: f.pod,
        remotePort: f.spec.remotePort,
        localPort: f.spec.localPort,
      };
      return f.followed ? { ...record, followed: f.followed } : record;
    });
  }

  async dispose(): Promise<void> {
    const all = this.forwards.splice(0);
    await Promise.all(all.map((f) => f.stop()));
    this.removeAllListeners();
  }

  private remove(forward: PortForward): void {
    const index = this.forwards.indexOf(forward);
    if (index >= 0) this.forwards.splice(index, 1);
    forward.removeAllListeners('changed');
  }
}
