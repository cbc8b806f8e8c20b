// The probe workers of one running container: startup gates the others; readiness sets `ready`;
// liveness (and a startup probe that never succeeds) kills the container so it restarts.
import { isObj, type Obj } from '../objects';
import type { ContainerContext } from './execution';
import { pause, type PodContext } from './podContext';
import { runProbe } from './probes';
import type { RunningProcess } from './processes';

export interface ProbeTarget {
  readonly name: string;
  readonly spec: Obj;
  readonly fieldPath: string;
  ready: boolean;
  started: boolean;
  readonly running: { readonly process: RunningProcess } | undefined;
}

type Kind = 'Startup' | 'Readiness' | 'Liveness';

function number(probe: Obj, key: string, fallback: number): number {
  return typeof probe[key] === 'number' ? probe[key] : fallback;
}

export class ProbeLoop {
  private readonly abort = new AbortController();

  constructor(
    private readonly pod: PodContext,
    private readonly target: ProbeTarget,
    private readonly context: ContainerContext,
  ) {}

  start(): void {
    const startup = this.probe('startupProbe');
    if (!startup) this.onStarted();
    else void this.loop('Startup', startup);
  }

  stop(): void {
    this.abort.abort();
  }

  private probe(key: string): Obj | undefined {
    const probe = this.target.spec[key];
    return isObj(probe) ? probe : undefined;
  }

  private onStarted(): void {
    this.target.started = true;
    const readiness = this.probe('readinessProbe');
    if (readiness) void this.loop('Readiness', readiness);
    else this.target.ready = true;
    const liveness = this.probe('livenessProbe');
    if (liveness) void this.loop('Liveness', liveness);
    this.pod.publish();
  }

  private async loop(kind: Kind, probe: Obj): Promise<void> {
    const scale = this.pod.options.probeTimeScale;
    const period = Math.max(10, number(probe, 'periodSeconds', 10) * 1000 * scale);
    const timeout = number(probe, 'timeoutSeconds', 1) * 1000;
    const successThreshold = number(probe, 'successThreshold', 1);
    const failureThreshold = number(probe, 'failureThreshold', 3);
    await pause(number(probe, 'initialDelaySeconds', 0) * 1000 * scale, this.abort.signal);
    let successes = 0;
    let failures = 0;
    while (!this.abort.signal.aborted && this.target.running) {
      const result = await runProbe(probe, this.target.spec, this.context, timeout);
      if (this.abort.signal.aborted) return;
      if (result.ok) {
        failures = 0;
        successes++;
        if (kind === 'Startup') {
          this.onStarted();
          return;
        }
        if (kind === 'Readiness' && !this.target.ready && successes >= successThreshold) {
          this.target.ready = true;
          this.pod.publish();
        }
      } else {
        successes = 0;
        failures++;
        this.pod.event('Warning', 'Unhealthy', `${kind} probe failed: ${result.message}`, this.target.fieldPath);
        if (kind === 'Readiness' && this.target.ready && failures >= failureThreshold) {
          this.target.ready = false;
          this.pod.publish();
        }
        if (kind !== 'Readiness' && failures >= failureThreshold) {
          this.pod.event(
            'Normal',
            'Killing',
            `Container ${this.target.name} failed ${kind.toLowerCase()} probe, will be restarted`,
            this.target.fieldPath,
          );
          const pod = this.pod.currentPod();
          const grace =
            isObj(pod?.spec) && typeof pod.spec.terminationGracePeriodSeconds === 'number' ? pod.spec.terminationGracePeriodSeconds : 30;
          void this.target.running?.process.terminate(grace * 1000 * this.pod.options.graceTimeScale);
          return;
        }
      }
      await pause(period, this.abort.signal);
    }
  }
}
