// One pod on the node, from scheduling to deletion: bind it, set up its sandbox (an address and a
// directory), run init containers in order, then the containers, publishing status as it goes.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiCore } from '../core/core';
import type { EventRecorder } from '../core/events';
import { finishDeletion } from '../core/finalizers';
import { asArray, asString, clone, isObj, meta, timestamp, type Obj } from '../objects';
import { resourceByName } from '../resources';
import type { Store } from '../store';
import { ContainerWorker } from './containerWorker';
import type { ImageStore } from './imageStore';
import { backoffDelay, type RuntimeOptions } from './options';
import { pause, type PodContext } from './podContext';
import type { RunningProcess } from './processes';
import { podStatus } from './podStatus';
import { volumeSetupError } from './volumes';

export interface NodeServices {
  readonly core: ApiCore;
  readonly events: EventRecorder;
  readonly options: RuntimeOptions;
  readonly images: ImageStore;
  readonly rootDir: string;
  readonly hostIp: string;
  readonly processes: Set<RunningProcess>;
}

const PODS = resourceByName('pods');

export class PodWorker implements PodContext {
  readonly namespace: string;
  readonly name: string;
  readonly uid: string;
  readonly podLabel: string;
  readonly podDir: string;
  readonly init: ContainerWorker[];
  readonly containers: ContainerWorker[];
  /** Debug containers added through pods/ephemeralcontainers, in the order they were added. */
  readonly ephemeral: ContainerWorker[] = [];
  private stopping = false;
  private removed = false;
  private initDone = false;
  private sandboxReady = false;
  private startTime = timestamp();
  private publishQueued = false;
  private finished: Promise<void> = Promise.resolve();
  private evictedMessage: string | undefined;
  private readonly stopped = new AbortController();

  constructor(
    private readonly node: NodeServices,
    pod: Obj,
    readonly podIp: string,
  ) {
    const m = meta(pod);
    this.namespace = m.namespace ?? 'default';
    this.name = m.name ?? '';
    this.uid = m.uid ?? '';
    this.podLabel = `${this.name}_${this.namespace}(${this.uid})`;
    this.podDir = join(node.rootDir, 'pods', this.uid);
    const spec = isObj(pod.spec) ? pod.spec : {};
    const restartPolicy = asString(spec.restartPolicy) ?? 'Always';
    const initPolicy = restartPolicy === 'Never' ? 'Never' : 'OnFailure';
    this.init = asArray(spec.initContainers)
      .filter(isObj)
      .map((c) => new ContainerWorker(this, c, `spec.initContainers{${String(c.name as string)}}`, initPolicy));
    this.containers = asArray(spec.containers)
      .filter(isObj)
      .map((c) => new ContainerWorker(this, c, `spec.containers{${String(c.name as string)}}`, restartPolicy));
    for (const c of this.init) c.setWaiting('PodInitializing');
    if (this.init.length > 0) for (const c of this.containers) c.setWaiting('PodInitializing');
  }

  get options(): RuntimeOptions {
    return this.node.options;
  }

  get store(): Store {
    return this.node.core.store;
  }

  get processes(): Set<RunningProcess> {
    return this.node.processes;
  }

  get images(): ImageStore {
    return this.node.images;
  }

  isStopping(): boolean {
    return this.stopping;
  }

  currentPod(): Obj | undefined {
    return this.store.get('pods', this.namespace, this.name);
  }

  event(type: 'Normal' | 'Warning', reason: string, message: string, fieldPath?: string): void {
    const pod = this.currentPod();
    if (pod && !this.removed)
      this.node.events.record(pod, { component: 'kubelet', host: this.node.options.nodeName }, type, reason, message, fieldPath);
  }

  /** Writes the status soon; several changes in one turn become one update. */
  publish(): void {
    if (this.publishQueued || this.removed) return;
    this.publishQueued = true;
    queueMicrotask(() => {
      this.publishQueued = false;
      this.writeStatus();
    });
  }

  private writeStatus(): void {
    const pod = this.currentPod();
    if (!pod || this.removed) return;
    const spec = isObj(pod.spec) ? pod.spec : {};
    pod.status = podStatus({
      restartPolicy: asString(spec.restartPolicy) ?? 'Always',
      init: this.init,
      containers: this.containers,
      ephemeral: this.ephemeral,
      initDone: this.initDone,
      sandboxReady: this.sandboxReady,
      hostIp: this.node.hostIp,
      podIp: this.podIp,
      startTime: this.startTime,
      previous: isObj(pod.status) ? pod.status : {},
    });
    if (this.evictedMessage !== undefined && isObj(pod.status))
      Object.assign(pod.status, { phase: 'Failed', reason: 'Evicted', message: this.evictedMessage });
    this.node.core.systemUpdate(PODS, pod, 'kubelet', 'status');
  }

  start(): void {
    this.finished = this.run().catch((error: unknown) => {
      console.error(`podwright test runtime: pod ${this.podLabel} failed:`, error);
    });
  }

  private bind(): void {
    const pod = this.currentPod();
    if (!pod) return;
    const spec = isObj(pod.spec) ? pod.spec : {};
    if (typeof spec.nodeName !== 'string') {
      spec.nodeName = this.node.options.nodeName;
      pod.spec = spec;
      this.store.update('pods', pod);
      this.node.events.record(
        pod,
        { component: 'default-scheduler' },
        'Normal',
        'Scheduled',
        `Successfully assigned ${this.namespace}/${this.name} to ${this.node.options.nodeName}`,
      );
    }
  }

  private async run(): Promise<void> {
    this.bind();
    this.startTime = timestamp();
    mkdirSync(this.podDir, { recursive: true });
    this.sandboxReady = true;
    for (const c of this.containers) if (this.init.length === 0) c.setWaiting('ContainerCreating');
    this.publish();
    if (!(await this.setUpVolumes())) return;
    for (const worker of this.init) {
      worker.setWaiting('PodInitializing');
      const exit = await worker.run();
      if (this.stopping) return;
      if (!exit || exit.code !== 0) {
        this.publish();
        return;
      }
    }
    this.initDone = true;
    for (const c of this.containers) c.setWaiting('ContainerCreating');
    this.publish();
    await Promise.all(this.containers.map((c) => c.run()));
    this.publish();
  }

  /** Waits (with FailedMount events and back-off) until every volume's object exists; false when stopped first. */
  private async setUpVolumes(): Promise<boolean> {
    for (let failures = 0; !this.stopping; failures++) {
      const pod = this.currentPod();
      const error = pod ? volumeSetupError(this.store, pod) : undefined;
      if (error === undefined) return !this.stopping;
      this.event('Warning', 'FailedMount', error);
      await pause(backoffDelay(this.node.options, failures), this.stopped.signal);
    }
    return false;
  }

  /**
   * Starts the ephemeral containers the pod's spec gained (the kubelet never restarts or removes
   * them); they run beside the others once the pod's sandbox exists.
   */
  syncEphemeral(pod: Obj): void {
    if (this.stopping) return;
    const spec = isObj(pod.spec) ? pod.spec : {};
    for (const container of asArray(spec.ephemeralContainers).filter(isObj)) {
      const name = asString(container.name) ?? '';
      if (this.ephemeral.some((c) => c.name === name)) continue;
      const worker = new ContainerWorker(this, container, `spec.ephemeralContainers{${name}}`, 'Never');
      this.ephemeral.push(worker);
      this.publish();
      void worker.run().then(() => this.publish());
    }
  }

  evict(message: string): void {
    if (this.stopping) return;
    this.stopping = true;
    this.stopped.abort();
    this.evictedMessage = message;
    this.event('Warning', 'Evicted', message);
    void Promise.all([...this.init, ...this.containers, ...this.ephemeral].map((c) => c.stop(0))).then(() => this.publish());
  }

  /** Graceful termination for a deleted pod; the pod object goes once the containers are down. */
  async terminate(graceSeconds: number): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    this.stopped.abort();
    const graceMs = graceSeconds * 1000 * this.node.options.graceTimeScale;
    await Promise.all([...this.init, ...this.containers, ...this.ephemeral].map((c) => c.stop(graceMs)));
    await this.finished;
    this.writeStatus();
    this.removed = true;
    finishDeletion(this.store, 'pods', this.namespace, this.name);
    this.cleanup();
  }

  /** The pod object is already gone (forced deletion): kill everything now. */
  async kill(): Promise<void> {
    this.stopping = true;
    this.stopped.abort();
    this.removed = true;
    await Promise.all([...this.init, ...this.containers, ...this.ephemeral].map((c) => c.stop(0)));
    await this.finished;
    this.cleanup();
  }

  worker(container: string | undefined): ContainerWorker | undefined {
    if (container === undefined) return this.containers.length === 1 ? this.containers[0] : undefined;
    return [...this.containers, ...this.init, ...this.ephemeral].find((c) => c.name === container);
  }

  snapshot(): Obj | undefined {
    const pod = this.currentPod();
    return pod ? clone(pod) : undefined;
  }

  private cleanup(): void {
    rmSync(this.podDir, { recursive: true, force: true });
  }
}
