// Runtime timing: real kubelet delays are seconds to minutes; tests shrink them.

export interface RuntimeOptions {
  /** How long an image pull takes. */
  readonly pullDelayMs: number;
  /** First back-off delay for restarts and image pulls; it doubles up to the cap. */
  readonly backoffBaseMs: number;
  readonly backoffCapMs: number;
  /** Probe periods, delays and timeouts (given in seconds) are multiplied by this. */
  readonly probeTimeScale: number;
  /** Termination grace periods (seconds) are multiplied by this. */
  readonly graceTimeScale: number;
  /** How often memory use is checked against limits. */
  readonly memoryPollMs: number;
  /** The first three octets of pod addresses: pods get PREFIX.2, PREFIX.3, ... */
  readonly podNetwork: string;
  readonly nodeName: string;
}

export const TEST_RUNTIME: Omit<RuntimeOptions, 'podNetwork'> = {
  pullDelayMs: 30,
  backoffBaseMs: 150,
  backoffCapMs: 1200,
  probeTimeScale: 0.05,
  graceTimeScale: 0.1,
  memoryPollMs: 25,
  nodeName: 'podwright-node',
};

/** Closer to a real cluster's pace, for trying things by hand. */
export const INTERACTIVE_RUNTIME: Omit<RuntimeOptions, 'podNetwork'> = {
  pullDelayMs: 800,
  backoffBaseMs: 5000,
  backoffCapMs: 60000,
  probeTimeScale: 1,
  graceTimeScale: 1,
  memoryPollMs: 100,
  nodeName: 'podwright-node',
};

export function backoffDelay(options: RuntimeOptions, attempt: number): number {
  return Math.min(options.backoffBaseMs * 2 ** Math.max(0, attempt), options.backoffCapMs);
}

/** Back-off as the kubelet words it: "10s", "1m20s". */
export function describeDelay(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds}s`;
  return `${Math.floor(seconds / 60)}m${seconds % 60 > 0 ? `${seconds % 60}s` : ''}`;
}
