import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { newService, validate } from '../helpers/service';

const POD = (body: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n${body}`;
const TYPO = '    - name: web\n      images: nginx:1.27\n';

function codes(text: string, configure?: Parameters<ReturnType<typeof newService>['configure']>[0]): string[] {
  const service = newService();
  if (configure) service.configure(configure);
  return validate(service, text).map((d) => `${String(d.code)}@${d.range.start.line + 1}`);
}

describe('suppression comments', () => {
  it('reports the typo without a comment', () => {
    assert.ok(codes(POD(TYPO)).includes('unknown-field@8'));
  });

  it('podwright-disable-next-line CODE silences that code on the next line only', () => {
    const text = POD(
      '    - name: web\n      # podwright-disable-next-line unknown-field\n      images: nginx:1.27\n    - name: b\n      imagez: nginx:1.27\n',
    );
    const found = codes(text);
    assert.ok(!found.includes('unknown-field@9'));
    assert.ok(found.includes('unknown-field@11'), 'the later typo is still reported');
  });

  it('a comment naming another code silences nothing', () => {
    const text = POD('    - name: web\n      # podwright-disable-next-line invalid-image\n      images: nginx:1.27\n');
    assert.ok(codes(text).includes('unknown-field@9'));
  });

  it('podwright-disable CODE silences the code to the end of the document, not the next document', () => {
    const pod = POD(
      '    # podwright-disable implicit-always-pull\n    - name: a\n      image: nginx\n    - name: b\n      image: busybox\n',
    );
    const found = codes(`${pod}---\n${POD('    - name: c\n      image: redis\n')}`);
    assert.deepEqual(
      found.filter((c) => c.startsWith('implicit-always-pull')),
      ['implicit-always-pull@20'],
    );
  });

  it('without codes, every code is silenced on the next line', () => {
    const text = POD('    - name: web\n      # podwright-disable-next-line\n      images: nginx:1.27\n');
    assert.ok(!codes(text).some((c) => c.endsWith('@9')));
  });
});

describe('severity settings', () => {
  it('turns a code off', () => {
    assert.ok(!codes(POD(TYPO), { severities: { 'unknown-field': 'off' } }).some((c) => c.startsWith('unknown-field')));
  });

  it('changes the severity of a code', () => {
    const service = newService();
    service.configure({ severities: { 'unknown-field': 'hint' } });
    const typo = validate(service, POD(TYPO)).find((d) => d.code === 'unknown-field');
    assert.equal(typo?.severity, DiagnosticSeverity.Hint);
  });
});
