// The ExecRunner for a real container: exec over the cluster API with a TTY, the terminal
// streams as stdin/stdout (the output stream's size drives the resize channel).
import type { ClusterApi } from '../../cluster/index';
import type { ExecRunner } from './execSession';

export interface ExecTarget {
  readonly namespace: string;
  readonly pod: string;
  readonly container: string;
}

export function clusterExecRunner(api: ClusterApi, target: ExecTarget): ExecRunner {
  return (command, io) =>
    api.exec(target.pod, {
      namespace: target.namespace,
      container: target.container,
      command,
      stdin: io.stdin,
      stdout: io.stdout,
      tty: true,
      signal: io.signal,
    });
}
