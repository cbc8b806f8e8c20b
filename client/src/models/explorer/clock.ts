// Time for the explorer and log models: injected so unit tests drive timers by hand (no sleeps,
// no wall-clock assertions) while the extension uses the real one.

export interface Clock {
  now(): number;
  /** Calls `callback` after `ms`; the returned function cancels it. */
  setTimer(callback: () => void, ms: number): () => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer: (callback, ms) => {
    const timer = setTimeout(callback, ms);
    return () => clearTimeout(timer);
  },
};
