// `podwright check` over worker threads: each worker parses and summarizes its share of the files,
// the main thread merges the index entries (and CRDs) of all and sends them to every worker, then
// each checks its own files with the parses it kept. The outcome is the single-threaded one: files
// are indexed in the run's order in every worker and problems come back in the order of the files.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { debuglog } from 'node:util';
import { Worker } from 'node:worker_threads';
import type { Problem } from './check';
import type { CheckOutcome } from './checkFiles';
import type { InputProblem } from './files';
import type { CheckSettings } from './session';
import type { CheckRequest, IndexedFile, RunFile, WorkerFile, WorkerReply, WorkerStart } from './workerProtocol';

/** NODE_DEBUG=podwright tells on stderr how a run was split. */
const debug = debuglog('podwright');

/** Below this many bytes in all, starting workers (each loads the model) costs more than it saves. */
export const MIN_PARALLEL_BYTES = 512 * 1024;

/**
 * How many threads check `files`: one per core, at most one per file; 1 (this thread) for a single
 * file or a small input. PODWRIGHT_CHECK_WORKERS=N asks for N (still at most one per file).
 */
export function workerCount(files: readonly string[], env: NodeJS.ProcessEnv = process.env, cores = availableParallelism()): number {
  const asked = Number(env.PODWRIGHT_CHECK_WORKERS);
  if (Number.isInteger(asked) && asked >= 1) return Math.min(asked, Math.max(files.length, 1));
  if (files.length < 2 || totalBytes(files) < MIN_PARALLEL_BYTES) return 1;
  return Math.max(1, Math.min(cores, files.length));
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0; // the worker that reads it reports why it cannot
  }
}

function totalBytes(files: readonly string[]): number {
  let total = 0;
  for (const file of files) {
    total += sizeOf(file);
    if (total >= MIN_PARALLEL_BYTES) break;
  }
  return total;
}

/** Shares of about the same size: the largest files first, each to the least loaded worker. */
export function shareFiles(files: readonly string[], workers: number): WorkerFile[][] {
  const shares = Array.from({ length: workers }, () => ({ bytes: 0, files: [] as WorkerFile[] }));
  const sized = files.map((path, index) => ({ path, index, bytes: sizeOf(path) })).sort((a, b) => b.bytes - a.bytes || a.index - b.index);
  for (const file of sized) {
    const share = shares.reduce((least, s) => (s.bytes < least.bytes ? s : least));
    share.bytes += file.bytes;
    share.files.push({ index: file.index, path: file.path });
  }
  return shares.map((s) => s.files.sort((a, b) => a.index - b.index)).filter((s) => s.length > 0);
}

/** A worker's replies in order; a worker that fails or ends fails every wait, now or later. */
class Channel {
  private readonly replies: WorkerReply[] = [];
  private waiting: { resolve(reply: WorkerReply): void; reject(error: Error): void } | undefined;
  private failure: Error | undefined;

  constructor(readonly worker: Worker) {
    worker.on('message', (message: WorkerReply) => {
      if (this.waiting) this.settle().resolve(message);
      else this.replies.push(message);
    });
    worker.on('error', (error: Error) => this.fail(error));
    worker.on('exit', (code: number) => this.fail(new Error(`a check worker stopped (exit code ${code})`)));
  }

  private settle(): NonNullable<Channel['waiting']> {
    const waiting = this.waiting;
    this.waiting = undefined;
    if (!waiting) throw new Error('no reply awaited');
    return waiting;
  }

  private fail(error: Error): void {
    this.failure ??= error;
    if (this.waiting) this.settle().reject(this.failure);
  }

  /** The next reply, which must be of `type`. */
  async next<T extends WorkerReply['type']>(type: T): Promise<Extract<WorkerReply, { type: T }>> {
    const queued = this.replies.shift();
    const message =
      queued ?? (this.failure ? undefined : await new Promise<WorkerReply>((resolve, reject) => (this.waiting = { resolve, reject })));
    if (!message) throw this.failure ?? new Error('a check worker stopped');
    if (message.type === 'failed') throw new Error(message.message);
    if (message.type !== type) throw new Error(`unexpected "${message.type}" from a check worker`);
    return message as Extract<WorkerReply, { type: T }>;
  }
}

export async function checkInWorkers(
  files: readonly string[],
  count: number,
  settings: CheckSettings,
  workerScript: string = join(__dirname, 'checkWorker.js'),
): Promise<CheckOutcome> {
  const shares = shareFiles(files, count);
  debug('checking %d files in %d worker threads', files.length, shares.length);
  const workers = shares.map(
    (share) => new Channel(new Worker(workerScript, { workerData: { settings, files: share } satisfies WorkerStart })),
  );
  try {
    const indexedReplies = await Promise.all(workers.map((worker) => worker.next('indexed')));
    const byIndex = new Map<number, IndexedFile>();
    for (const { files: indexed } of indexedReplies) for (const file of indexed) byIndex.set(file.index, file);
    const unreadable: InputProblem[] = [];
    const run: (RunFile & { readonly entries: NonNullable<RunFile['entries']> })[] = [];
    files.forEach((path, index) => {
      const file = byIndex.get(index);
      if (!file) throw new Error(`no check worker read ${path}`);
      if (file.ok) run.push({ index, uri: file.uri, entries: file.entries });
      else unreadable.push({ path, message: file.message });
    });
    const checkedReplies = await Promise.all(
      workers.map((worker, w) => {
        const own = new Set(shares[w]?.map((f) => f.index));
        const request: CheckRequest = { type: 'check', files: run.map((f) => (own.has(f.index) ? { index: f.index, uri: f.uri } : f)) };
        worker.worker.postMessage(request);
        return worker.next('checked');
      }),
    );
    const problemsByIndex = new Map<number, readonly Problem[]>();
    for (const { files: checked } of checkedReplies) for (const file of checked) problemsByIndex.set(file.index, file.problems);
    const problems: Problem[] = [];
    for (const { index } of run) problems.push(...(problemsByIndex.get(index) ?? []));
    return { problems, checked: run.length, unreadable };
  } finally {
    await Promise.all(workers.map(({ worker }) => worker.terminate()));
  }
}
