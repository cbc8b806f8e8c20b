// The server never crashes or hangs: whatever text it is given (truncated, mis-indented, binary,
// huge, deeply nested, alias bombs), every completion/hover/codeAction request gets an answer, every
// opened document gets its diagnostics, and the process stays alive. The PRNG seed is fixed
// (override with PODWRIGHT_FUZZ_SEED) so a failure reproduces; a failing input is saved under
// out/robustness-failures/ and named in the error.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Position, Range } from 'vscode-languageserver-protocol';
import { LspClient } from '../helpers/lspClient';
import { distDir } from '../helpers/service';
import { deployment, dockerCompose, richPod, validPod } from '../helpers/manifests';
import {
  aliasBombs,
  deepNesting,
  mutate,
  prefixes,
  prng,
  randomBytes,
  randomInt,
  repeatUntil,
  shuffleIndentation,
  sprinkleControlCharacters,
  type Random,
} from '../helpers/garbage';

const SEED = Number(process.env.PODWRIGHT_FUZZ_SEED ?? 0x5eed);
// Generous for a slow 2-core CI box; a healthy server answers in milliseconds.
const DEADLINE_MS = 20_000;
// Validation of the hostile 1 MB inputs takes seconds on a busy box (the YAML parse alone ~5 s).
const DIAGNOSTICS_DEADLINE_MS = 60_000;
const failuresDir = join(distDir, '..', 'out', 'robustness-failures');
const realistic = `${richPod}---\n${deployment}`;

function endOf(text: string): Position {
  const lines = text.split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1]?.length ?? 0 };
}

/** Random positions, some past the end of a line or of the document (clients do send those). */
function positionsIn(text: string, random: Random, count: number): Position[] {
  const lines = text.split('\n');
  const positions: Position[] = [{ line: 0, character: 0 }, endOf(text)];
  while (positions.length < count) {
    const line = randomInt(random, lines.length + 1);
    positions.push({ line, character: randomInt(random, (lines[line]?.length ?? 0) + 3) });
  }
  return positions;
}

describe(`robustness of dist/server.js (seed ${SEED})`, () => {
  let client: LspClient;
  let counter = 0;
  before(async () => {
    // Validation has no fixed delay: each change is validated once the server has handled it.
    client = await LspClient.start({ deadlineMs: DEADLINE_MS });
  });
  after(() => client.dispose());

  function saveFailure(name: string, text: string, error: unknown): Error {
    mkdirSync(failuresDir, { recursive: true });
    const file = join(failuresDir, `${name.replace(/[^a-z0-9]+/gi, '-')}.yaml`);
    writeFileSync(file, text);
    const message = error instanceof Error ? error.message : String(error);
    return new Error(`[seed ${SEED}] ${name}: ${message}\n(input of ${text.length} chars saved to ${file})`);
  }

  /** Requests at `positions` and a code action over the whole text with its diagnostics. */
  async function requestAll(
    uri: string,
    text: string,
    positions: Position[],
    diagnosticsOfText: Parameters<LspClient['codeActions']>[2],
  ): Promise<void> {
    for (const position of positions) {
      await client.completion(uri, position);
      await client.hover(uri, position);
    }
    const whole: Range = { start: { line: 0, character: 0 }, end: endOf(text) };
    await client.codeActions(uri, whole, diagnosticsOfText);
    for (const diagnostic of diagnosticsOfText.slice(0, 5)) await client.codeActions(uri, diagnostic.range, [diagnostic]);
  }

  /** Opens `text` as a new document, requires its diagnostics and an answer to every request, closes it. */
  async function exercise(name: string, text: string, random: Random, positionCount = 6): Promise<void> {
    const uri = `file:///robustness/${counter++}.yaml`;
    try {
      const published = client.waitForDiagnostics(uri, undefined, DIAGNOSTICS_DEADLINE_MS);
      await client.open(uri, text);
      const diagnostics = await published;
      await requestAll(uri, text, positionsIn(text, random, positionCount), diagnostics);
      await client.close(uri);
    } catch (error) {
      throw saveFailure(name, text, error);
    }
    assert.ok(client.alive, `server died after ${name}`);
  }

  it('every prefix of a realistic manifest, typed in as incremental edits', async () => {
    const random = prng(SEED);
    const uri = `file:///robustness/typing-${counter++}.yaml`;
    await client.open(uri, '');
    let previous = '';
    for (const prefix of prefixes(realistic, 23)) {
      try {
        const published = client.waitForDiagnostics(uri, undefined, DIAGNOSTICS_DEADLINE_MS);
        await client.change(uri, { start: endOf(previous), end: endOf(previous) }, prefix.slice(previous.length));
        const diagnostics = await published;
        assert.equal(client.text(uri), prefix);
        await requestAll(uri, prefix, [endOf(prefix), ...positionsIn(prefix, random, 3)], diagnostics);
      } catch (error) {
        throw saveFailure(`prefix of ${prefix.length} chars`, prefix, error);
      }
      previous = prefix;
    }
    await client.close(uri);
  });

  it('every prefix of a realistic manifest, opened as a whole', async () => {
    const random = prng(SEED + 1);
    for (const prefix of prefixes(realistic, 97)) await exercise(`opened prefix of ${prefix.length} chars`, prefix, random, 3);
  });

  it('wrong indentation', async () => {
    const random = prng(SEED + 2);
    for (let i = 0; i < 40; i++) await exercise(`indentation #${i}`, shuffleIndentation(realistic, random), random);
  });

  it('random punctuation mutations', async () => {
    const random = prng(SEED + 3);
    for (let i = 0; i < 80; i++) {
      const base = [validPod, richPod, deployment, dockerCompose][i % 4] ?? validPod;
      await exercise(`mutation #${i}`, mutate(base, random, 1 + randomInt(random, 12)), random);
    }
  });

  it('binary garbage and control characters', async () => {
    const random = prng(SEED + 4);
    for (let i = 0; i < 20; i++) {
      await exercise(`utf8 garbage #${i}`, randomBytes(random, 1 + randomInt(random, 4000), 'utf8'), random);
      await exercise(`latin1 garbage #${i}`, randomBytes(random, 1 + randomInt(random, 4000), 'latin1'), random);
      await exercise(`control characters #${i}`, sprinkleControlCharacters(richPod, random, 1 + randomInt(random, 20)), random);
    }
  });

  it('deep nesting (10,000 levels)', async () => {
    const random = prng(SEED + 5);
    for (const [name, text] of Object.entries(deepNesting(10_000))) await exercise(`deep nesting: ${name}`, text, random);
  });

  it('huge single lines', async () => {
    const random = prng(SEED + 6);
    const mb = 1024 * 1024;
    const cases: Record<string, string> = {
      'a 2 MB image value': validPod.replace('nginx:1.27', 'x'.repeat(2 * mb)),
      'a 2 MB key': `${'k'.repeat(2 * mb)}: v\n`,
      'a 1 MB flow sequence on one line': `apiVersion: v1\nkind: Pod\nspec: {containers: [${'{name: a, image: b}, '.repeat(mb / 20)}]}\n`,
      'a 1 MB line of empty collections': `[${'[], {}, '.repeat(mb / 8)}]`,
      'a 1 MB comment': `# ${'#'.repeat(mb)}\n${validPod}`,
      'a 1 MB double-quoted string with escapes': `apiVersion: v1\nkind: Pod\nmetadata:\n  name: "${'\\u00e9\\n'.repeat(mb / 8)}"\n`,
    };
    for (const [name, text] of Object.entries(cases)) await exercise(name, text, random, 4);
  });

  it('alias bombs (billion laughs)', async () => {
    const random = prng(SEED + 7);
    for (const [name, text] of Object.entries(aliasBombs(9, 10))) await exercise(name, text, random);
  });

  it('a 10 MB file of manifests', async () => {
    const random = prng(SEED + 8);
    await exercise('10 MB of manifests', repeatUntil(realistic, 10 * 1024 * 1024), random, 3);
  });

  it('is still alive and still right afterwards', async () => {
    const uri = 'file:///robustness/after.yaml';
    const published = client.waitForDiagnostics(uri);
    await client.open(uri, validPod);
    assert.deepEqual(await published, []);
    assert.ok(client.alive);
  });
});
