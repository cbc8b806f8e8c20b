// The node: registers itself as a Node, runs a PodWorker for every pod, terminates pods that are
// deleted, and gives exec/attach/logs/port-forward access to running containers. Pods the
// scheduler could not place are tried again when something that decided it changes: the node
// (taints, labels), a PersistentVolumeClaim, the pod's own spec (an added toleration), or a pod
// leaving the node.
import { cpus, release, totalmem } from 'node:os';
import { join } from 'node:path';
import type { ApiCore } from '../core/core';
import type { EventRecorder } from '../core/events';
import { isObj, meta, timestamp, type Obj } from '../objects';
import { resourceByName } from '../resources';
import type { StoreEvent } from '../store';
import { ImageStore } from './imageStore';
import type { RuntimeOptions } from './options';
import { PodWorker } from './podWorker';
import type { RunningProcess } from './processes';
import { rejectUnschedulable } from './scheduling';

export class Kubelet {
  private readonly workers = new Map<string, PodWorker>();
  private readonly freeHosts: number[] = [];
  private readonly images: ImageStore;
  private unsubscribe: (() => void) | undefined;
  private readonly terminations = new Set<Promise<void>>();
  private readonly processes = new Set<RunningProcess>();
  /** Pods left Pending by the scheduler, with the spec they were judged by. */
  private readonly unscheduled = new Map<string, string>();

  constructor(
    private readonly core: ApiCore,
    private readonly events: EventRecorder,
    private readonly options: RuntimeOptions,
    private readonly rootDir: string,
    programDir: string,
  ) {
    for (let n = 2; n < 255; n++) this.freeHosts.push(n);
    this.images = new ImageStore(join(rootDir, 'images'), programDir);
  }

  start(): void {
    this.registerNode();
    this.unsubscribe = this.core.store.subscribe((event) => this.onEvent(event));
    for (const pod of this.core.store.list('pods')) this.admit(pod);
  }

  /** Kills every container and waits until all processes are gone. */
  async stop(): Promise<void> {
    this.unsubscribe?.();
    const workers = [...this.workers.values()];
    this.workers.clear();
    await Promise.all([...workers.map((w) => w.kill()), ...this.terminations]);
    // Whatever is still alive (an exec session, a process a worker lost track of) goes too.
    const leftovers = [...this.processes];
    for (const process of leftovers) process.killGroup('SIGKILL');
    await Promise.all(leftovers.map((p) => p.exited));
  }

  get nodeName(): string {
    return this.options.nodeName;
  }

  pod(namespace: string, name: string): PodWorker | undefined {
    const worker = this.workers.get(`${namespace}/${name}`);
    return worker;
  }

  private registerNode(): void {
    const name = this.options.nodeName;
    if (this.core.store.get('nodes', '', name)) return;
    const memoryKi = `${Math.floor(totalmem() / 1024)}Ki`;
    const resources = { cpu: String(cpus().length), memory: memoryKi, pods: '110', 'ephemeral-storage': '61255492Ki' };
    const now = timestamp();
    this.core.systemCreate(resourceByName('nodes'), {
      apiVersion: 'v1',
      kind: 'Node',
      metadata: {
        name,
        labels: {
          'kubernetes.io/hostname': name,
          'kubernetes.io/os': 'linux',
          'kubernetes.io/arch': 'amd64',
          'node-role.kubernetes.io/control-plane': '',
        },
      },
      spec: { podCIDR: `${this.options.podNetwork}.0/24`, podCIDRs: [`${this.options.podNetwork}.0/24`] },
      status: {
        capacity: resources,
        allocatable: resources,
        conditions: [
          {
            type: 'MemoryPressure',
            status: 'False',
            reason: 'KubeletHasSufficientMemory',
            message: 'kubelet has sufficient memory available',
            lastHeartbeatTime: now,
            lastTransitionTime: now,
          },
          {
            type: 'DiskPressure',
            status: 'False',
            reason: 'KubeletHasNoDiskPressure',
            message: 'kubelet has no disk pressure',
            lastHeartbeatTime: now,
            lastTransitionTime: now,
          },
          {
            type: 'PIDPressure',
            status: 'False',
            reason: 'KubeletHasSufficientPID',
            message: 'kubelet has sufficient PID available',
            lastHeartbeatTime: now,
            lastTransitionTime: now,
          },
          {
            type: 'Ready',
            status: 'True',
            reason: 'KubeletReady',
            message: 'kubelet is posting ready status',
            lastHeartbeatTime: now,
            lastTransitionTime: now,
          },
        ],
        addresses: [
          { type: 'InternalIP', address: '127.0.0.1' },
          { type: 'Hostname', address: name },
        ],
        nodeInfo: {
          machineID: '',
          systemUUID: '',
          bootID: '',
          kernelVersion: release(),
          osImage: 'Podwright test node',
          containerRuntimeVersion: 'containerd://1.7.24',
          kubeletVersion: 'v1.34.0',
          kubeProxyVersion: '',
          operatingSystem: 'linux',
          architecture: 'amd64',
        },
      },
    });
  }

  private onEvent(event: StoreEvent): void {
    if (event.resource === 'nodes' || event.resource === 'persistentvolumeclaims') {
      this.retryUnscheduled();
      return;
    }
    if (event.resource !== 'pods') return;
    const m = meta(event.object);
    const key = `${m.namespace ?? ''}/${m.name ?? ''}`;
    const worker = this.workers.get(key);
    const judged = this.unscheduled.get(key);
    if (event.type === 'ADDED') {
      this.admit(event.object);
    } else if (event.type === 'MODIFIED' && !worker && judged !== undefined && judged !== JSON.stringify(event.object.spec ?? null)) {
      // Only a spec change counts: the scheduler's own status write must not start another attempt.
      this.admit(event.object);
    } else if (event.type === 'MODIFIED' && worker && m.deletionTimestamp === undefined) {
      worker.syncEphemeral(event.object);
    } else if (event.type === 'MODIFIED' && worker && m.deletionTimestamp !== undefined && !worker.isStopping()) {
      const grace = m.deletionGracePeriodSeconds ?? 30;
      this.track(worker.terminate(grace).finally(() => this.release(key, worker)));
    } else if (event.type === 'DELETED' && worker && worker.uid === m.uid) {
      this.release(key, worker);
      this.track(worker.kill());
    }
    if (event.type === 'DELETED') {
      this.unscheduled.delete(key);
      // A pod leaving the node frees what it requested.
      if (worker) this.retryUnscheduled();
    }
  }

  private retryUnscheduled(): void {
    for (const key of [...this.unscheduled.keys()]) {
      const [namespace = '', name = ''] = key.split('/');
      const pod = this.core.store.get('pods', namespace, name);
      if (pod) this.admit(pod);
      else this.unscheduled.delete(key);
    }
  }

  private track(done: Promise<void>): void {
    this.terminations.add(done);
    void done.finally(() => this.terminations.delete(done));
  }

  private admit(pod: Obj): void {
    const m = meta(pod);
    const key = `${m.namespace ?? ''}/${m.name ?? ''}`;
    if (this.workers.has(key) || m.deletionTimestamp !== undefined) return;
    const spec = isObj(pod.spec) ? pod.spec : {};
    if (typeof spec.nodeName === 'string' && spec.nodeName !== this.options.nodeName) return;
    if (rejectUnschedulable(this.core, this.events, this.options.nodeName, pod)) {
      this.unscheduled.set(key, JSON.stringify(pod.spec ?? null));
      return;
    }
    this.unscheduled.delete(key);
    const host = this.freeHosts.shift();
    if (host === undefined) return;
    const worker = new PodWorker(
      {
        core: this.core,
        events: this.events,
        options: this.options,
        images: this.images,
        rootDir: this.rootDir,
        hostIp: '127.0.0.1',
        processes: this.processes,
      },
      pod,
      `${this.options.podNetwork}.${host}`,
    );
    this.workers.set(key, worker);
    worker.start();
  }

  private release(key: string, worker: PodWorker): void {
    if (this.workers.get(key) === worker) this.workers.delete(key);
    const host = Number(worker.podIp.split('.').pop());
    if (!this.freeHosts.includes(host)) this.freeHosts.push(host);
  }
}
