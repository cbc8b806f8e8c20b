// Runs a container's processes on this machine: each in its own process group (so a kill reaches
// its children), inside the pod's directory, with the image's bin/ as PATH. A memory limit is
// enforced by watching the group's resident memory and killing it, as the kernel's OOM killer does.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export interface ProcessSpec {
  readonly executable: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env: Readonly<Record<string, string>>;
  readonly stdin: boolean;
  /** Every process of one node, so stopping the node can kill whatever is left. */
  readonly registry?: Set<RunningProcess>;
}

export interface ProcessExit {
  readonly code: number;
  readonly signal: NodeJS.Signals | null;
  readonly oomKilled: boolean;
}

/** Resident memory of a process and its descendants, in bytes (Linux /proc). */
export function groupRss(pgid: number): number {
  let total = 0;
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return 0;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue;
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const rss = /VmRSS:\s+(\d+) kB/.exec(status);
      if (rss) total += Number(rss[1]) * 1024;
    } catch {
      // the process ended while we looked
    }
  }
  return total;
}

export class RunningProcess {
  readonly child: ChildProcess;
  readonly exited: Promise<ProcessExit>;
  private oomKilled = false;
  private memoryTimer: NodeJS.Timeout | undefined;

  constructor(spec: ProcessSpec) {
    this.child = spawn(spec.executable, [...spec.args], {
      cwd: spec.cwd,
      env: { ...spec.env },
      detached: true,
      stdio: [spec.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    });
    const registry = spec.registry;
    registry?.add(this);
    this.exited = new Promise((resolve) => {
      let exit: ProcessExit | undefined;
      this.child.on('error', () => {
        this.stopWatching();
        exit ??= { code: 128, signal: null, oomKilled: false };
        resolve(exit);
      });
      this.child.on('exit', (code, signal) => {
        this.stopWatching();
        // When a container's first process ends, the rest of the container goes with it.
        this.killGroup('SIGKILL');
        const value = this.oomKilled ? 137 : (code ?? (signal === 'SIGKILL' ? 137 : signal === 'SIGTERM' ? 143 : 128));
        exit = { code: value, signal, oomKilled: this.oomKilled };
      });
      // 'close' comes after the output pipes are drained, so logs are complete.
      this.child.on('close', (code, signal) => {
        registry?.delete(this);
        resolve(exit ?? { code: code ?? 128, signal, oomKilled: this.oomKilled });
      });
    });
  }

  /** Kills the group when its resident memory exceeds the limit, as the kernel's OOM killer would. */
  watchMemory(limit: number, pollMs: number): void {
    const pgid = this.child.pid;
    if (pgid === undefined) return;
    this.memoryTimer = setInterval(() => {
      if (groupRss(pgid) > limit) {
        this.oomKilled = true;
        this.kill('SIGKILL');
      }
    }, pollMs);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Signals the whole process group. */
  kill(signal: NodeJS.Signals): void {
    const pid = this.child.pid;
    if (pid === undefined || this.child.exitCode !== null || this.child.signalCode !== null) return;
    try {
      process.kill(-pid, signal);
    } catch {
      // already gone
    }
  }

  /** SIGTERM, then SIGKILL after the grace period. */
  async terminate(graceMs: number): Promise<ProcessExit> {
    this.kill('SIGTERM');
    const timer = setTimeout(() => this.kill('SIGKILL'), graceMs);
    const exit = await this.exited;
    clearTimeout(timer);
    return exit;
  }

  killGroup(signal: NodeJS.Signals): void {
    const pid = this.child.pid;
    if (pid === undefined) return;
    try {
      process.kill(-pid, signal);
    } catch {
      // nothing left in the group
    }
  }

  private stopWatching(): void {
    if (this.memoryTimer) clearInterval(this.memoryTimer);
    this.memoryTimer = undefined;
  }
}
