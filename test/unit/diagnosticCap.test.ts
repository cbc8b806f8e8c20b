import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { capDiagnostics } from '../../server/src/diagnosticCap';

function diagnostic(line: number, severity: DiagnosticSeverity): Diagnostic {
  return { range: { start: { line, character: 0 }, end: { line, character: 1 } }, severity, message: `problem on line ${line}`, code: 'x' };
}

describe('cap on published diagnostics', () => {
  it('leaves a normal number of diagnostics untouched', () => {
    const few = [diagnostic(1, DiagnosticSeverity.Hint), diagnostic(2, DiagnosticSeverity.Error)];
    assert.equal(capDiagnostics(few, 5), few);
  });

  it('keeps the most severe, in document order, and says how many there were', () => {
    const many = [
      diagnostic(0, DiagnosticSeverity.Information),
      diagnostic(1, DiagnosticSeverity.Error),
      diagnostic(2, DiagnosticSeverity.Hint),
      diagnostic(3, DiagnosticSeverity.Warning),
      diagnostic(4, DiagnosticSeverity.Error),
    ];
    const [notice, ...kept] = capDiagnostics(many, 3);
    assert.equal(notice?.code, 'too-many-problems');
    assert.match(notice?.message ?? '', /5 problems/);
    assert.deepEqual(
      kept.map((d) => d.range.start.line),
      [1, 3, 4],
    );
  });

  it('says so in Korean when the language is Korean, keeping the same diagnostics', () => {
    const many = [0, 1, 2, 3].map((line) => diagnostic(line, line % 2 === 0 ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error));
    const [notice, ...kept] = capDiagnostics(many, 2, 'ko');
    assert.equal(notice?.code, 'too-many-problems');
    assert.equal(
      notice?.message,
      '이 파일에는 문제가 4개 있어서, 가장 심각한 2개만 보여 줍니다. 나머지를 보려면 보이는 문제를 먼저 고치세요(또는 파일을 나누세요).',
    );
    assert.deepEqual(kept, capDiagnostics(many, 2, 'en').slice(1));
    assert.deepEqual(
      kept.map((d) => d.range.start.line),
      [1, 3],
    );
  });
});
