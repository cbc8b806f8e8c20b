// With the language set to Korean, every finding on the broken corpus is worded in Korean, and so is
// every quick-fix title: a Korean learner never meets an English-only diagnostic. The codes, lines
// and fixes themselves are the same in both languages.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { DiagnosticFixData } from '../../server/src/service/validation/validate';
import { corpusFiles, type CorpusFile } from '../helpers/corpus';
import { newService } from '../helpers/service';

const HANGUL = /[\uAC00-\uD7A3]/;

function diagnose(file: CorpusFile, language: 'en' | 'ko'): Diagnostic[] {
  const service = newService();
  service.configure({ language, ...(file.kubernetesVersion !== undefined ? { kubernetesVersion: file.kubernetesVersion } : {}) });
  const uri = `file:///corpus/${file.name}`;
  return service.doValidation(uri, service.parse(uri, file.text));
}

function fixesOf(d: Diagnostic): DiagnosticFixData['fixes'] {
  return (d.data as DiagnosticFixData | undefined)?.fixes ?? [];
}

describe('diagnostics in Korean', () => {
  const files = corpusFiles('broken');

  it('words every message, related note and fix title of the broken corpus in Korean', () => {
    const english: string[] = [];
    for (const file of files) {
      for (const d of diagnose(file, 'ko')) {
        const where = `${file.name}:${d.range.start.line + 1} ${String(d.code)}`;
        if (!HANGUL.test(d.message)) english.push(`${where} message: ${d.message}`);
        for (const r of d.relatedInformation ?? []) if (!HANGUL.test(r.message)) english.push(`${where} related: ${r.message}`);
        for (const fix of fixesOf(d)) if (!HANGUL.test(fix.title)) english.push(`${where} fix: ${fix.title}`);
      }
    }
    assert.deepEqual(english, []);
  });

  it('finds the same problems at the same places, with the same edits, in both languages', () => {
    for (const file of files) {
      const shape = (ds: Diagnostic[]): unknown[] => ds.map((d) => [d.code, d.severity, d.range, fixesOf(d).map((f) => f.edits)]);
      assert.deepEqual(shape(diagnose(file, 'ko')), shape(diagnose(file, 'en')), file.name);
    }
  });
});
