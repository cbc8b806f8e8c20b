// `podwright check` over many resources, as a CI job runs it (`node dist/cli.js check DIR` in a child
// process, wall time from spawn to exit): in one thread (PODWRIGHT_CHECK_WORKERS=1) and with one
// worker thread per core (the default), side by side, with the outputs compared byte for byte and
// the peak memory of each (bench/probe.cjs). Not a test: nothing is asserted.
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { summary } from './stats.mjs';

const probe = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, 'probe.cjs');

function runCheck(cli, dir, workers) {
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env, NODE_DEBUG: 'podwright' };
  if (workers === undefined) delete env.PODWRIGHT_CHECK_WORKERS;
  else env.PODWRIGHT_CHECK_WORKERS = String(workers);
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--require', probe, cli, 'check', dir], {
    env,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  const maxRssKb = Number(/^podwright-bench: maxrss (\d+)$/m.exec(result.stderr ?? '')?.[1]);
  const cpuMs = Number(/^podwright-bench: cpu (\d+)$/m.exec(result.stderr ?? '')?.[1]);
  const threads = Number(/checking \d+ files in (\d+) worker threads/.exec(result.stderr ?? '')?.[1] ?? 1);
  return {
    ms,
    cpuMs,
    status: result.status,
    stdout: result.stdout ?? '',
    maxRssMb: Number.isFinite(maxRssKb) ? maxRssKb / 1024 : undefined,
    threads,
    error: result.error,
  };
}

const seconds = (value) => `${(value / 1000).toFixed(2)} s`;

/** dir: the folder of `files` files holding `resources` resources; targetMs for the run in all threads. */
export function benchCheck({ cli, dir, files, resources, lines, quick, targetMs, log }) {
  const runs = quick ? 1 : 3;
  console.log(
    `\npodwright check: ${files} files, ${resources} resources, ${lines} lines (${dir}); ${availableParallelism()} cores; load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const single = [];
  const parallel = [];
  let threads = 1;
  let same = true;
  const statuses = new Set();
  const rss = {};
  /** @type {{ single: number[], parallel: number[] }} */
  const cpu = { single: [], parallel: [] };
  /** @type {string} */
  let reference = '';
  for (let i = 0; i < runs; i++) {
    // Alternating, so a change of load on the machine hits both alike.
    for (const workers of [1, undefined]) {
      const run = runCheck(cli, dir, workers);
      if (run.error) throw run.error;
      statuses.add(run.status);
      reference ??= run.stdout;
      same &&= run.stdout === reference;
      if (workers === 1) {
        single.push(run.ms);
        rss.single = run.maxRssMb;
      } else {
        parallel.push(run.ms);
        threads = run.threads;
        rss.parallel = run.maxRssMb;
      }
      (workers === 1 ? cpu.single : cpu.parallel).push(run.cpuMs);
      log(
        `run ${i + 1}, ${workers === 1 ? 'one thread' : `${run.threads} worker threads`}: ${seconds(run.ms)} (CPU ${seconds(run.cpuMs)}, exit ${run.status}, peak RSS ${run.maxRssMb?.toFixed(0) ?? '—'} MB)`,
      );
    }
  }
  const one = summary(single);
  const all = summary(parallel);
  const problems = Math.max(0, reference.split('\n').length - 2);
  const cpuOf = (list) => seconds(summary(list).p50);
  console.log(
    `  one thread (PODWRIGHT_CHECK_WORKERS=1): p50 ${seconds(one.p50)} (n=${one.n}), CPU ${cpuOf(cpu.single)}, peak RSS ${rss.single?.toFixed(0) ?? '—'} MB`,
  );
  console.log(
    `  ${threads} worker threads (default):      p50 ${seconds(all.p50)} (n=${all.n}), CPU ${cpuOf(cpu.parallel)}, peak RSS ${rss.parallel?.toFixed(0) ?? '—'} MB; target ≤ ${seconds(targetMs)}: ${all.p50 <= targetMs ? 'met' : 'MISSED'}`,
  );
  console.log(
    `  speed-up ${(one.p50 / all.p50).toFixed(2)}×; same output: ${same ? 'yes' : 'NO'} (${problems} problems, exit ${[...statuses].join('/')})`,
  );
  return { one, all, same };
}
