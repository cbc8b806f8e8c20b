// Navigation and outline on every file of the corpus (valid and broken), and on texts cut short at
// every few characters, as they are while typed: no request throws, and every answer is well formed.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { corpusDir } from '../../helpers/corpus';
import { newService } from '../../helpers/service';
import { prng } from '../../helpers/garbage';

const ROOT = 'file:///corpus';

function corpus(): { name: string; text: string }[] {
  return ['valid', 'broken'].flatMap((folder) =>
    readdirSync(join(corpusDir, folder))
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => ({ name: `${folder}/${name}`, text: readFileSync(join(corpusDir, folder, name), 'utf8') })),
  );
}

describe('navigation robustness', () => {
  const files = corpus();
  const svc = newService();
  svc.setWorkspaceRoots([ROOT]);
  for (const { name, text } of files) svc.indexFile(`${ROOT}/${name}`, text);

  it('answers every request at sampled positions of every corpus file', () => {
    const random = prng(0x7a11);
    for (const { name, text } of files) {
      const uri = `${ROOT}/${name}`;
      const manifest = svc.parse(uri, text);
      const lines = text.split('\n');
      assert.ok(Array.isArray(svc.findDocumentSymbols(manifest)), name);
      assert.ok(Array.isArray(svc.getFoldingRanges(manifest)), name);
      for (let n = 0; n < 6; n++) {
        const line = Math.floor(random() * lines.length);
        const position = { line, character: Math.floor(random() * ((lines[line]?.length ?? 0) + 1)) };
        const where = `${name} ${JSON.stringify(position)}`;
        assert.ok(Array.isArray(svc.findDefinition(uri, manifest, position)), where);
        assert.ok(Array.isArray(svc.findReferences(uri, manifest, position, true)), where);
        assert.ok(Array.isArray(svc.findDocumentHighlights(uri, manifest, position)), where);
        const prepared = svc.prepareRename(uri, manifest, position);
        if (prepared && !('refused' in prepared)) {
          const renamed = svc.rename(uri, manifest, position, 'renamed');
          assert.ok(renamed !== null, where);
        }
        const [selection] = svc.getSelectionRanges(manifest, [position]);
        assert.ok(selection, where);
      }
    }
  });

  it('answers on texts cut short anywhere', () => {
    const text = files.find((f) => f.name === 'valid/app-deployment-service-ingress-config.yaml')?.text ?? files[0]?.text ?? '';
    for (let end = 0; end < text.length; end += 7) {
      const cut = text.slice(0, end);
      const uri = `${ROOT}/cut.yaml`;
      const manifest = svc.parse(uri, cut);
      const lines = cut.split('\n');
      const position = { line: lines.length - 1, character: lines[lines.length - 1]?.length ?? 0 };
      svc.findDefinition(uri, manifest, position);
      svc.findReferences(uri, manifest, position, false);
      svc.findDocumentSymbols(manifest);
      svc.getFoldingRanges(manifest);
      svc.getSelectionRanges(manifest, [position, { line: 0, character: 0 }]);
    }
    assert.ok(svc.findWorkspaceSymbols('').length > 0);
  });
});
