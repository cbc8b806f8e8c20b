// Containers that start and die: CrashLoopBackOff, a failed run with restartPolicy Never, and
// start errors (RunContainerError, StartError). The exit code and the runtime's message say which
// line to look at: 127 and "executable file not found" point at `command`, "exec format error" at
// the image's platform, 128+N at a signal, 0 at a command that simply finishes.

import { timeMillis, type ContainerStateTerminated } from '../kube/kubeTypes';
import { containerTarget, evidenceOf, finding, messagesOf, type ContainerRef, type DiagnosisContext, type Finding } from './context';
import { oomFinding } from './memory';
import type { ManifestTarget } from './types';

const START_ERRORS = new Set(['RunContainerError', 'CreateContainerError', 'StartError', 'ContainerCannotRun']);
// The runtime's words for a program that is not there (`exec: "pythn": executable file not found in $PATH`).
const MISSING_EXECUTABLE = /executable file not found|exec:? "[^"]+":? (?:stat [^:]+: )?no such file or directory/;
const SHELL_NOT_FOUND = /:\s*([^\s:]+): (?:command )?not found\s*$/;
const SIGNAL_NAMES: Record<number, string> = {
  1: 'SIGHUP',
  2: 'SIGINT',
  3: 'SIGQUIT',
  6: 'SIGABRT',
  9: 'SIGKILL',
  11: 'SIGSEGV',
  13: 'SIGPIPE',
  15: 'SIGTERM',
};

/** What ended the container's last run, and what the runtime said about it. */
interface Ending {
  terminated?: ContainerStateTerminated;
  /** A start error reported while waiting, e.g. RunContainerError's message. */
  startMessage?: string;
  looping: boolean;
}

// The kubelet forgets a container's crash back-off once a run has lasted 10 minutes (twice its
// 5-minute cap); until then a running container whose last run failed is still in its crash loop.
const BACKOFF_RESET_MS = 10 * 60_000;

function endingOf(ref: ContainerRef, now: number): Ending | undefined {
  const status = ref.status;
  const waiting = status?.state?.waiting;
  const current = status?.state?.terminated;
  if (waiting?.reason === 'CrashLoopBackOff')
    return { looping: true, ...(status?.lastState?.terminated ? { terminated: status.lastState.terminated } : {}) };
  if (waiting?.reason !== undefined && START_ERRORS.has(waiting.reason)) {
    return {
      looping: false,
      startMessage: waiting.message ?? waiting.reason,
      ...(status?.lastState?.terminated ? { terminated: status.lastState.terminated } : {}),
    };
  }
  if (current !== undefined && (current.exitCode !== 0 || current.reason === 'OOMKilled')) return { looping: false, terminated: current };
  // A running container that was OOM-killed before is worth a warning: it will likely happen again.
  if (status?.state?.running !== undefined && status.lastState?.terminated?.reason === 'OOMKilled')
    return { looping: false, terminated: status.lastState.terminated };
  // Between crashes a looping container runs for a moment (kubectl shows Running); its last run still says why.
  const last = status?.lastState?.terminated;
  const startedAt = timeMillis(status?.state?.running?.startedAt);
  if (
    last !== undefined &&
    last.exitCode !== 0 &&
    (status?.restartCount ?? 0) > 0 &&
    startedAt !== undefined &&
    now - startedAt < BACKOFF_RESET_MS
  ) {
    return { looping: true, terminated: last };
  }
  return undefined;
}

/** The manifest line that launches the program: `command`, else `args`, else the image. */
function launchTarget(ref: ContainerRef): ManifestTarget {
  if ((ref.container.command ?? []).length > 0) return containerTarget(ref, 'command');
  if ((ref.container.args ?? []).length > 0) return containerTarget(ref, 'args');
  return containerTarget(ref, 'image');
}

function killedByLivenessProbe(ctx: DiagnosisContext, name: string): boolean {
  return ctx.eventsFor(name, 'Killing').some((e) => /liveness probe/i.test(e.message ?? ''));
}

function diagnoseEnding(ctx: DiagnosisContext, ref: ContainerRef, ending: Ending): Finding | undefined {
  const { container } = ref;
  const name = container.name;
  const who = { container: name, init: ref.init };
  const t = ending.terminated;
  if (t?.reason === 'OOMKilled')
    return oomFinding(ctx, ref, t, ending.looping || ref.status?.state?.terminated !== undefined ? 'error' : 'warning');
  const logs = ctx.previousLogTail(name);
  const runtimeText = [ending.startMessage, t?.message].filter((m): m is string => m !== undefined).join('\n');
  const evidence = evidenceOf(
    ending.startMessage,
    t?.message,
    logs,
    messagesOf(ctx.eventsFor(name, 'BackOff'), 1),
    messagesOf(ctx.eventsFor(name, 'Failed'), 1),
  );
  const restarts = ref.status?.restartCount ?? 0;
  const base = {
    severity: 'error' as const,
    container: name,
    init: ref.init,
    evidence,
    ...(restarts > 0 || ending.looping ? { quickFix: { kind: 'open-previous-logs' as const, container: name } } : {}),
  };
  const fromManifest = (container.command ?? []).length > 0 || (container.args ?? []).length > 0;
  if (/exec format error/.test(`${runtimeText}\n${logs.join('\n')}`)) {
    const nodeArch = ctx.input.node?.status?.nodeInfo?.architecture;
    return finding(
      'crash-wrong-platform',
      nodeArch ? { ...who, image: container.image ?? '', nodeArch } : { ...who, image: container.image ?? '' },
      { ...base, target: containerTarget(ref, 'image') },
    );
  }
  const exitCode = t?.exitCode;
  if (exitCode === 127 || MISSING_EXECUTABLE.test(runtimeText)) {
    const quoted = /exec:? "([^"]+)"/.exec(runtimeText)?.[1];
    // A shell reports the missing program in the log: `sh: bash: not found`, `/bin/sh: 1: pythn: not found`.
    const fromShell = logs.map((l) => SHELL_NOT_FOUND.exec(l)?.[1]).find((c) => c !== undefined);
    const command = quoted ?? fromShell ?? container.command?.[0] ?? container.args?.[0] ?? '?';
    return finding('crash-command-not-found', { ...who, command, fromManifest }, { ...base, target: launchTarget(ref) });
  }
  if (exitCode === 126 || /permission denied/.test(runtimeText)) {
    const command = /exec:? "([^"]+)"/.exec(runtimeText)?.[1] ?? container.command?.[0] ?? container.args?.[0] ?? '?';
    return finding('crash-not-executable', { ...who, command, fromManifest }, { ...base, target: launchTarget(ref) });
  }
  if (t === undefined) {
    if (ending.startMessage === undefined) return undefined;
    return finding('run-container-error', { ...who, message: ending.startMessage }, { ...base, target: launchTarget(ref) });
  }
  if (t.exitCode === 0) {
    return finding(
      'crash-exited-zero',
      { ...who, image: container.image ?? '', hasCommand: fromManifest },
      { ...base, target: launchTarget(ref) },
    );
  }
  if (t.exitCode > 128 && t.exitCode <= 128 + 64) {
    const signal = t.exitCode - 128;
    // The probe family explains kills that a failing liveness probe caused.
    if ((signal === 9 || signal === 15) && killedByLivenessProbe(ctx, name)) return undefined;
    const target =
      signal === 9 && container.resources?.limits?.memory !== undefined
        ? containerTarget(ref, 'resources', 'limits', 'memory')
        : launchTarget(ref);
    return finding(
      'crash-signal',
      { ...who, exitCode: t.exitCode, signal, signalName: SIGNAL_NAMES[signal] ?? `signal ${signal}`, restarts },
      { ...base, target },
    );
  }
  return finding(
    'crash-exit-code',
    { ...who, exitCode: t.exitCode, restarts, hasLogs: logs.length > 0 },
    { ...base, target: launchTarget(ref) },
  );
}

/** Crashes, failed runs and start errors of every container (init containers included). */
export function diagnoseCrashes(ctx: DiagnosisContext): Finding[] {
  const findings: Finding[] = [];
  for (const ref of ctx.containers) {
    const ending = endingOf(ref, ctx.now);
    if (ending === undefined) continue;
    const result = diagnoseEnding(ctx, ref, ending);
    if (result !== undefined) findings.push(result);
  }
  return findings;
}
