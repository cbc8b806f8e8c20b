// The language server's background index of a workspace folder, through the real server process:
// (a) how long until it logs "Podwright indexed N manifest files in X ms", and (b) open → diagnostics
// of a file opened right after `initialized`, while the index is being built, against the same open
// with no workspace folder (nothing to index). Not a test: nothing is asserted.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { LspSession } from './lspSession.mjs';
import { summary } from './stats.mjs';

const INDEXED = /Podwright indexed (\d+) manifest files in (\d+) ms/;
const ms = (value) => (value === undefined ? '—' : value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`);
const figure = (s) => (s.n === 0 ? 'not measured' : `p50 ${ms(s.p50)}, p95 ${ms(s.p95)} (n=${s.n})`);

/**
 * start: options for LspSession.start (script, env, capabilities, …); folder: the workspace folder;
 * openFile: a file of that folder to open right after `initialized`; targetMs: the index target.
 */
export async function benchWorkspaceIndex({ start, folder, files, lines, openFile, quick, targetMs, log }) {
  const plan = quick ? { indexRuns: 1, openRuns: 2 } : { indexRuns: 3, openRuns: 5 };
  console.log(
    `\nworkspace index: ${files} manifest files, ${lines} lines (${folder}); load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );

  // (a) Time to the index log line, as the server measures it and as the client sees it.
  const serverMs = [];
  const clientMs = [];
  let indexedFiles;
  let rss;
  for (let i = 0; i < plan.indexRuns; i++) {
    const { session, initializedAt } = await LspSession.start({ ...start, workspaceFolders: [folder], timeoutMs: 180_000 });
    try {
      const { at, match } = await session.logMatching(INDEXED);
      serverMs.push(Number(match[2]));
      clientMs.push(at - initializedAt);
      indexedFiles = Number(match[1]);
      rss = session.peakRssMb();
      log(
        `index run ${i + 1}: "${match[0]}" (${Math.round(at - initializedAt)} ms after initialized; watching files: ${session.registrations.includes('workspace/didChangeWatchedFiles') ? 'yes' : 'no'})`,
      );
    } finally {
      await session.stop();
    }
  }

  // (b) Open → diagnostics right after `initialized`, with the folder (indexing) and without it.
  const text = readFileSync(openFile, 'utf8');
  const uri = pathToFileURL(openFile).href;
  const documents = (text.match(/^---$/gm)?.length ?? 0) + 1;
  const withFolder = [];
  const withoutFolder = [];
  let duringIndex = 0;
  for (let i = 0; i < plan.openRuns; i++) {
    for (const folders of [[folder], []]) {
      const { session } = await LspSession.start({ ...start, workspaceFolders: folders, timeoutMs: 180_000 });
      try {
        const published = session.nextDiagnostics(uri);
        const sent = performance.now();
        await session.open(uri, text);
        const { at } = await published;
        if (folders.length > 0) {
          withFolder.push(at - sent);
          // Was the index still being built when the diagnostics came?
          if (!session.logs.some((l) => INDEXED.test(l.message) && l.at <= at)) duringIndex++;
        } else {
          withoutFolder.push(at - sent);
        }
      } finally {
        await session.stop();
      }
    }
  }

  const index = summary(serverMs);
  const seen = summary(clientMs);
  const open = summary(withFolder);
  const alone = summary(withoutFolder);
  const met = index.n > 0 && index.p95 <= targetMs ? 'met' : 'MISSED';
  console.log(`  index of ${indexedFiles ?? '?'} files (the server's log line): ${figure(index)}; target ≤ ${targetMs} ms p95: ${met}`);
  console.log(
    `  seen by the client after initialized: ${figure(seen)}; peak RSS after indexing ${rss === undefined ? '—' : `${rss.toFixed(0)} MB`}`,
  );
  console.log(`  open → diagnostics right after initialized (${documents} documents, ${text.split('\n').length} lines):`);
  console.log(`    while the workspace is indexed: ${figure(open)} (before the index line in ${duringIndex}/${withFolder.length})`);
  console.log(`    without a workspace folder:     ${figure(alone)}`);
  if (open.n > 0 && alone.n > 0)
    console.log(`    ratio p50 ${(open.p50 / alone.p50).toFixed(2)}×, p95 ${(open.p95 / alone.p95).toFixed(2)}× (1.00× = not delayed)`);
  return { index, seen, open, alone };
}
