// The measuring protocol, the same for every server: start, open → first diagnostics, completion,
// hover, one edit → diagnostics, peak RSS. Sample counts and time budgets come from the plan so a
// slow peer still finishes in bounded time (it then reports fewer samples).
import { performance } from 'node:perf_hooks';
import { LspSession } from './lspSession.mjs';
import { summary } from './stats.mjs';

/** Positions spread over the whole file: keys (key completion/hover) and enum values (value completion). */
export function positionsOf(text) {
  const keys = [];
  const values = [];
  text.split('\n').forEach((line, index) => {
    const key = /^(\s*(?:- )?)([A-Za-z][\w.-]*):/.exec(line);
    if (key) keys.push({ line: index, start: key[1].length, end: key[1].length + key[2].length });
    if (/^\s*(imagePullPolicy|restartPolicy|protocol): \S+$/.test(line)) values.push({ line: index, character: line.length });
  });
  return { keys, values };
}

/** `count` elements evenly spread over the list, so samples land all over the file. */
function spread(list, count) {
  const n = Math.min(count, list.length);
  return Array.from({ length: n }, (_, i) => list[Math.floor((i * list.length) / n)]);
}

async function sample(budgetMs, count, one) {
  const times = [];
  const deadline = performance.now() + budgetMs;
  for (let i = 0; i < count && performance.now() < deadline; i++) times.push(await one(i));
  return times;
}

/**
 * server: { name, start: options for LspSession.start, ready?(session) }
 * plan: { starts, opens, completions, hovers, edits, warmup, budgetMs, timeoutMs }
 */
export async function measureServer(server, manifest, plan, log) {
  const result = {};
  const notes = [];
  const startTimes = [];
  const start = async () => {
    const { session, startMs } = await LspSession.start({ ...server.start, timeoutMs: plan.timeoutMs });
    startTimes.push(startMs);
    await server.ready?.(session);
    return session;
  };
  for (let i = 1; i < plan.starts; i++) await (await start()).stop();
  const session = await start();
  try {
    log(`${server.name}: started (pid ${session.pid})`);
    const openTimes = [];
    const uri = manifest.uri;
    for (let i = 0; i < plan.opens; i++) {
      const openUri = i === plan.opens - 1 ? uri : manifest.uri.replace(/\.yaml$/, `-open${i}.yaml`);
      const published = session.nextDiagnostics(openUri);
      const sent = performance.now();
      await session.open(openUri, manifest.text);
      const { at, diagnostics } = await published;
      openTimes.push(at - sent);
      log(`${server.name}: open → ${diagnostics.length} diagnostics in ${Math.round(at - sent)} ms`);
      if (i === plan.opens - 1) notes.push(`open published ${diagnostics.length} diagnostics`);
      else await session.close(openUri);
    }
    result.open = summary(openTimes);

    const { keys, values } = positionsOf(manifest.text);
    // Half at the end of a key (key completion), half after an enum value (value completion).
    const keyEnds = spread(keys, Math.ceil(plan.completions / 2)).map((p) => ({ line: p.line, character: p.end }));
    const valueEnds = spread(values, Math.floor(plan.completions / 2));
    const completionAt = keyEnds.flatMap((p, i) => (valueEnds[i] ? [p, valueEnds[i]] : [p]));
    const hoverAt = spread(keys, plan.hovers).map((p) => ({ line: p.line, character: Math.floor((p.start + p.end) / 2) }));
    const ask = (method, position) => session.timedRequest(method, { textDocument: { uri }, position });
    for (let i = 0; i < plan.warmup; i++) {
      await ask('textDocument/completion', completionAt[i % completionAt.length]);
      await ask('textDocument/hover', hoverAt[i % hoverAt.length]);
    }
    let withItems = 0;
    result.completion = summary(
      await sample(plan.budgetMs, completionAt.length, async (i) => {
        const { ms, result: answer } = await ask('textDocument/completion', completionAt[i]);
        if ((Array.isArray(answer) ? answer : (answer?.items ?? [])).length > 0) withItems++;
        return ms;
      }),
    );
    notes.push(`completion had items in ${withItems}/${result.completion.n}`);
    let withHover = 0;
    result.hover = summary(
      await sample(plan.budgetMs, hoverAt.length, async (i) => {
        const { ms, result: answer } = await ask('textDocument/hover', hoverAt[i]);
        if (answer) withHover++;
        return ms;
      }),
    );
    notes.push(`hover answered in ${withHover}/${result.hover.n}`);

    // Each edit lands in a different document: the key `image` becomes `imagex` (an unknown field).
    const imageLines = manifest.text
      .split('\n')
      .flatMap((line, index) => (/^\s*image: /.test(line) ? [{ line: index, character: line.indexOf('image') + 5 }] : []));
    const editAt = spread(imageLines, plan.edits);
    let lastCount = 0;
    result.edit = summary(
      await sample(plan.budgetMs, editAt.length, async (i) => {
        const position = editAt[i];
        const published = session.nextDiagnostics(uri);
        const sent = performance.now();
        await session.change(uri, { start: position, end: position }, 'x');
        const { at, diagnostics } = await published;
        lastCount = diagnostics.length;
        return at - sent;
      }),
    );
    notes.push(`after ${result.edit.n} edits (each an unknown key) the last publication had ${lastCount} diagnostics`);

    const rss = session.peakRssMb();
    result.rss = rss === undefined ? { n: 0 } : { n: 1, p50: rss, p95: rss };
  } finally {
    await session.stop();
  }
  result.start = summary(startTimes);
  return { result, notes };
}
