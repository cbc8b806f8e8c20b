// What a log document shows and controls: a pod's LogSession or a workload's WorkloadLogSession.
import type { LineRing } from './lineRing';
import type { LogSessionState } from './logSession';

export interface LogFeed {
  readonly ring: LineRing;
  readonly state: LogSessionState;
  onDidAppend(listener: () => void): () => void;
  onDidChangeState(listener: (state: LogSessionState) => void): () => void;
  start(): void;
  stop(): void;
  restart(): void;
  dispose(): void;
}
