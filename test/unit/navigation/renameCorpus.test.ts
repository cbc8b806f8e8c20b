// Properties of navigation over the valid corpus, one workspace folder: references are an
// equivalence class (asking from any place of a name's references gives the same places), and a
// rename of any sampled name changes every place that must change together, so the workspace's
// diagnostics stay exactly what they were.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Location, Position } from 'vscode-languageserver-types';
import { corpusDir } from '../../helpers/corpus';
import { prng } from '../../helpers/garbage';
import { applyWorkspaceEdit } from '../../helpers/navigation';
import { newService } from '../../helpers/service';
import { mentionRange } from '../../../server/src/service/workspace/workspaceIndex';

const ROOT = 'file:///repo';
const SAMPLES = 30;

describe('navigation properties over the valid corpus', () => {
  const files: Record<string, string> = {};
  for (const name of readdirSync(join(corpusDir, 'valid')).filter((n) => n.endsWith('.yaml')))
    files[name] = readFileSync(join(corpusDir, 'valid', name), 'utf8');
  const svc = newService();
  svc.setWorkspaceRoots([ROOT]);
  const uriOf = (name: string): string => `${ROOT}/${name}`;
  const load = (texts: Record<string, string>): void => {
    for (const [name, text] of Object.entries(texts)) svc.indexFile(uriOf(name), text);
  };
  const diagnostics = (texts: Record<string, string>): string[] =>
    Object.entries(texts)
      .flatMap(([name, text]) =>
        svc.doValidation(uriOf(name), svc.parse(uriOf(name), text)).map((d) => `${name} ${String(d.code)}@${d.range.start.line + 1}`),
      )
      .sort();
  load(files);
  const baseline = diagnostics(files);
  // Every mention in the corpus, as a file and a position.
  const mentions: { name: string; position: Position }[] = [];
  for (const name of Object.keys(files)) {
    for (const object of svc.workspace.objectsIn(uriOf(name))) {
      (object.links?.mentions ?? []).forEach((_, index) => mentions.push({ name, position: mentionRange({ object, index }).start }));
    }
  }
  const random = prng(0x11e5);
  const sample = Array.from({ length: SAMPLES }, () => mentions[Math.floor(random() * mentions.length)]).filter(
    (m): m is (typeof mentions)[number] => m !== undefined,
  );
  const show = (locations: readonly Location[]): string[] =>
    locations.map((l) => `${l.uri} ${l.range.start.line}:${l.range.start.character}`);
  const references = (name: string, position: Position): string[] =>
    show(svc.findReferences(uriOf(name), svc.parse(uriOf(name), files[name] ?? ''), position, true));

  it('holds mentions of every kind', () => {
    const types = new Set(
      Object.keys(files).flatMap((name) =>
        svc.workspace.objectsIn(uriOf(name)).flatMap((o) => (o.links?.mentions ?? []).map((m) => m.type)),
      ),
    );
    assert.deepEqual([...types].sort(), ['container', 'dataKey', 'label', 'object', 'port', 'servicePort', 'volume']);
  });

  it('gives the same references from every place of a name', () => {
    for (const { name, position } of sample) {
      const from = references(name, position);
      assert.ok(from.length > 0, `${name} ${JSON.stringify(position)}`);
      for (const place of from) {
        const [uri = '', at = ''] = place.split(' ');
        const [line, character] = at.split(':').map(Number);
        assert.deepEqual(
          references(uri.slice(ROOT.length + 1), { line: line ?? 0, character: character ?? 0 }),
          from,
          `from ${place}, origin ${name} ${JSON.stringify(position)}`,
        );
      }
    }
  });

  it('keeps the diagnostics of the workspace unchanged through any rename', () => {
    let renamed = 0;
    for (const { name, position } of sample) {
      const manifest = svc.parse(uriOf(name), files[name] ?? '');
      const prepared = svc.prepareRename(uriOf(name), manifest, position);
      if (!prepared || 'refused' in prepared) continue;
      const answer = svc.rename(uriOf(name), manifest, position, 'renamed');
      assert.ok(answer && 'edit' in answer, `${name} ${JSON.stringify(position)}: ${JSON.stringify(answer)}`);
      const touched = applyWorkspaceEdit(files, answer.edit);
      load(touched);
      assert.deepEqual(
        diagnostics({ ...files, ...touched }),
        baseline,
        `renaming ${prepared.placeholder} at ${name} ${JSON.stringify(position)}`,
      );
      // Back to the corpus as it is (the parse of each file is kept per text, so this is cheap).
      load(Object.fromEntries(Object.keys(touched).map((n) => [n, files[n] ?? ''])));
      renamed++;
    }
    assert.ok(renamed > SAMPLES / 2, `only ${renamed} renames`);
    assert.deepEqual(diagnostics(files), baseline);
  });
});
