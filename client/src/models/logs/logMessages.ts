// The lines a log session writes itself (restarts, the pod going away, errors), so a reader of
// the log can tell Podwright's notes from the container's output. English by default; the
// extension passes translated ones.

export interface LogMessages {
  restarted(container: string, exitCode: number | undefined): string;
  /** Several runs ended before the session could attach again: their output was never read. */
  restartedUnread(container: string, exitCode: number | undefined, unreadRuns: number): string;
  podDeleted(pod: string): string;
  podTerminating(pod: string): string;
  podFinished(pod: string, phase: string): string;
  podNotFound(pod: string, namespace: string): string;
  readFailed(container: string, message: string): string;
  /** Where a dropped stream of a still-running container was picked up again. */
  reconnected(container: string): string;
  /** Reconnecting failed for good (with the server's reason when there was one); the session ends. */
  reconnectFailed(container: string, message: string | undefined): string;
  watchFailed(message: string): string;
  stopped(): string;
  /** Written once when lines had to be dropped to stay within the ring. */
  truncated?(maxLines: number): string;
}

export const ENGLISH_LOG_MESSAGES: LogMessages = {
  restarted: (container, exitCode) =>
    exitCode === undefined
      ? `--- container ${container} restarted ---`
      : `--- container ${container} restarted (exit code ${exitCode}) ---`,
  restartedUnread: (container, exitCode, unreadRuns) =>
    exitCode === undefined
      ? `--- container ${container} restarted ${unreadRuns + 1} times; ${unreadRuns} run(s) in between were not read ---`
      : `--- container ${container} restarted ${unreadRuns + 1} times (last exit code ${exitCode}); ${unreadRuns} run(s) in between were not read ---`,
  podDeleted: (pod) => `--- pod ${pod} deleted ---`,
  podTerminating: (pod) => `--- pod ${pod} is terminating ---`,
  podFinished: (pod, phase) => `--- pod ${pod} finished (${phase}) ---`,
  podNotFound: (pod, namespace) => `--- pod ${pod} not found in namespace ${namespace} ---`,
  readFailed: (container, message) => `--- cannot read the log of container ${container}: ${message} ---`,
  reconnected: (container) => `--- log stream of container ${container} interrupted; reconnected ---`,
  reconnectFailed: (container, message) =>
    message === undefined
      ? `--- log stream of container ${container} lost; reconnecting kept failing ---`
      : `--- log stream of container ${container} lost; cannot reconnect: ${message} ---`,
  watchFailed: (message) => `--- stopped watching the pod: ${message} ---`,
  stopped: () => '--- stopped ---',
};
