// The workload controllers of kube-controller-manager that the test cluster runs: Deployment,
// ReplicaSet and Job controllers, and the garbage collector that deletes dependents of deleted
// owners. They act on store events, as the real ones act on informer events.
import type { ApiCore } from '../core/core';
import type { EventRecorder } from '../core/events';
import { DeploymentController } from './deploymentController';
import { GarbageCollector } from './garbageCollector';
import { JobController, type JobControllerOptions } from './jobController';
import { ReplicaSetController } from './replicaSetController';

export type { JobControllerOptions } from './jobController';

/** Whether a "major.minor.patch" version is at least 1.`minor`. */
export function atLeastMinor(version: string, minor: number): boolean {
  const [major, min] = version.split('.').map(Number);
  return (major ?? 0) > 1 || ((major ?? 0) === 1 && (min ?? 0) >= minor);
}

export class WorkloadControllers {
  private readonly parts: { stop(): void }[];

  constructor(core: ApiCore, events: EventRecorder, jobs: JobControllerOptions) {
    const ctx = { core, events };
    this.parts = [new GarbageCollector(core), new ReplicaSetController(ctx), new DeploymentController(ctx), new JobController(ctx, jobs)];
  }

  stop(): void {
    for (const part of this.parts) part.stop();
  }
}
