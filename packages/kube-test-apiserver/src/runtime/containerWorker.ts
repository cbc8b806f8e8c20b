// One container of a pod, run as a kubelet would: pull, build its config, start the process,
// watch it with probes, record its exit, and restart it with growing back-off per restartPolicy.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { asArray, asString, isObj, timestamp, type Obj } from '../objects';
import { parseQuantity } from '../validation/quantity';
import { containerEnvironment, ContainerConfigError, expand } from './containerEnv';
import { ContainerLog } from './containerLog';
import { watchStorageLimit } from './ephemeralStorage';
import { digestOf } from './images';
import { startInContainer, type ContainerContext } from './execution';
import { pullImage, type PulledImage } from './imagePull';
import { backoffDelay, describeDelay } from './options';
import { pause, type PodContext } from './podContext';
import { ProbeLoop } from './probeLoop';
import type { ProcessExit, RunningProcess } from './processes';

export interface Running {
  readonly process: RunningProcess;
  readonly context: ContainerContext;
  readonly log: ContainerLog;
}

export class ContainerWorker {
  readonly name: string;
  state: Obj = { waiting: { reason: 'ContainerCreating' } };
  lastState: Obj = {};
  restartCount = 0;
  ready = false;
  started = false;
  image: string;
  imageID = '';
  containerID: string | undefined;
  running: Running | undefined;
  currentLog: ContainerLog | undefined;
  previousLog: ContainerLog | undefined;
  private readonly abort = new AbortController();
  private probes: ProbeLoop | undefined;

  constructor(
    private readonly pod: PodContext,
    readonly spec: Obj,
    readonly fieldPath: string,
    private readonly restartPolicy: string,
  ) {
    this.name = asString(spec.name) ?? '';
    this.image = asString(spec.image) ?? '';
  }

  status(): Obj {
    const out: Obj = {
      name: this.name,
      state: this.state,
      lastState: this.lastState,
      ready: this.ready,
      restartCount: this.restartCount,
      image: this.image,
      imageID: this.imageID,
      started: this.started,
    };
    if (this.containerID) out.containerID = this.containerID;
    return out;
  }

  setWaiting(reason: string, message?: string): void {
    this.state = { waiting: message ? { reason, message } : { reason } };
    this.ready = false;
    this.started = false;
  }

  /** Stops the container for good (pod deletion): SIGTERM, then SIGKILL after the grace period. */
  async stop(graceMs: number): Promise<void> {
    this.abort.abort();
    this.probes?.stop();
    const running = this.running;
    if (running) {
      this.pod.event('Normal', 'Killing', `Stopping container ${this.name}`, this.fieldPath);
      await running.process.terminate(graceMs);
    }
  }

  /** Runs until the container is finished for good; returns the last exit (undefined when stopped before running). */
  async run(): Promise<ProcessExit | undefined> {
    let last: ProcessExit | undefined;
    for (;;) {
      const pulled = await pullImage(this.pod, this, this.abort.signal);
      if (!pulled) return last;
      const context = await this.configure(pulled);
      if (!context) return last;
      last = await this.runOnce(pulled, context);
      if (this.pod.isStopping()) return last;
      const restart = this.restartPolicy === 'Always' || (this.restartPolicy === 'OnFailure' && last.code !== 0);
      if (!restart) return last;
      this.lastState = this.state;
      if (this.restartCount > 0) {
        const delay = backoffDelay(this.pod.options, this.restartCount - 1);
        this.setWaiting(
          'CrashLoopBackOff',
          `back-off ${describeDelay(delay)} restarting failed container=${this.name} pod=${this.pod.podLabel}`,
        );
        this.pod.event(
          'Warning',
          'BackOff',
          `Back-off restarting failed container ${this.name} in pod ${this.pod.podLabel}`,
          this.fieldPath,
        );
        this.pod.publish();
        await pause(delay, this.abort.signal);
        if (this.pod.isStopping()) return last;
      }
      this.restartCount++;
    }
  }

  /** Env and command resolution; CreateContainerConfigError until the referenced objects exist. */
  private async configure(pulled: PulledImage): Promise<ContainerContext | undefined> {
    for (let failures = 0; !this.pod.isStopping(); failures++) {
      const pod = this.pod.currentPod();
      if (!pod) return undefined;
      try {
        const env = containerEnvironment(this.pod.store, pod, this.spec);
        const cwd = join(this.pod.podDir, 'containers', this.name);
        mkdirSync(join(cwd, 'tmp'), { recursive: true });
        const ports = asArray(this.spec.ports)
          .filter(isObj)
          .map((p) => String(p.containerPort as number));
        const podName = asString(isObj(pod.metadata) ? pod.metadata.name : undefined) ?? '';
        return {
          name: this.name,
          bin: pulled.bin,
          cwd,
          podIp: this.pod.podIp,
          registry: this.pod.processes,
          env: {
            PATH: pulled.bin,
            HOSTNAME: podName,
            HOME: cwd,
            TMPDIR: join(cwd, 'tmp'),
            KUBERNETES_SERVICE_HOST: '10.96.0.1',
            KUBERNETES_SERVICE_PORT: '443',
            KUBERNETES_SERVICE_PORT_HTTPS: '443',
            PODWRIGHT_POD_IP: this.pod.podIp,
            PODWRIGHT_PORTS: ports.join(','),
            PODWRIGHT_IMAGE_TAG: pulled.reference.tag,
            ...env,
          },
        };
      } catch (error) {
        if (!(error instanceof ContainerConfigError)) throw error;
        this.pod.event('Warning', 'Failed', `Error: ${error.message}`, this.fieldPath);
        this.setWaiting('CreateContainerConfigError', error.message);
        this.pod.publish();
        await pause(backoffDelay(this.pod.options, failures), this.abort.signal);
      }
    }
    return undefined;
  }

  private argv(pulled: PulledImage, env: Readonly<Record<string, string>>): string[] {
    const command = asArray(this.spec.command).map(String);
    const args = asArray(this.spec.args).map(String);
    const entry = command.length > 0 ? command : [...pulled.image.entrypoint];
    const rest = command.length > 0 || args.length > 0 ? args : [...pulled.image.cmd];
    return [...entry, ...rest].map((part) => expand(part, env));
  }

  private async runOnce(pulled: PulledImage, context: ContainerContext): Promise<ProcessExit> {
    this.image = pulled.reference.full;
    this.imageID = pulled.imageId;
    this.containerID = `containerd://${digestOf(`${this.pod.podLabel}/${this.name}/${this.restartCount}/${Date.now()}`).slice(7)}`;
    this.previousLog = this.currentLog;
    const log = new ContainerLog();
    this.currentLog = log;
    const startedAt = timestamp();
    const argv = this.argv(pulled, context.env);
    const started = startInContainer(context, argv, this.spec.stdin === true);
    this.pod.event('Normal', 'Created', `Created container: ${this.name}`, this.fieldPath);
    if (!started.ok) {
      const message = `failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ${started.message}: unknown`;
      log.end();
      this.pod.event('Warning', 'Failed', `Error: ${message}`, this.fieldPath);
      this.state = {
        terminated: {
          exitCode: 128,
          reason: 'StartError',
          message,
          startedAt: '1970-01-01T00:00:00Z',
          finishedAt: timestamp(),
          containerID: this.containerID,
        },
      };
      this.ready = false;
      this.started = false;
      this.pod.publish();
      return { code: 128, signal: null, oomKilled: false };
    }
    const memoryLimit = parseQuantity(
      isObj(this.spec.resources) && isObj(this.spec.resources.limits) ? this.spec.resources.limits.memory : undefined,
    );
    if (memoryLimit !== undefined) started.process.watchMemory(memoryLimit, this.pod.options.memoryPollMs);
    const stopStorageWatch = watchStorageLimit(this.spec, context.cwd, this.pod.options.memoryPollMs, (limit) =>
      this.pod.evict(`Container ${this.name} exceeded its local ephemeral storage limit "${limit}". `),
    );
    started.process.child.stdout?.on('data', (chunk: Buffer) => log.write('stdout', chunk));
    started.process.child.stderr?.on('data', (chunk: Buffer) => log.write('stderr', chunk));
    this.running = { process: started.process, context, log };
    this.state = { running: { startedAt } };
    this.pod.event('Normal', 'Started', `Started container ${this.name}`, this.fieldPath);
    this.probes = new ProbeLoop(this.pod, this, context);
    this.probes.start();
    this.pod.publish();
    const exit = await started.process.exited;
    stopStorageWatch();
    this.probes.stop();
    this.probes = undefined;
    log.end();
    this.running = undefined;
    const reason = exit.oomKilled ? 'OOMKilled' : exit.code === 0 ? 'Completed' : 'Error';
    this.state = { terminated: { exitCode: exit.code, reason, startedAt, finishedAt: timestamp(), containerID: this.containerID } };
    this.ready = false;
    this.started = false;
    this.pod.publish();
    return exit;
  }
}
