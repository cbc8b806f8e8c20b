// Runs the rule families over each document. Findings are cached per document text and settings,
// so a keystroke re-checks only the document it touched.
import { DiagnosticSeverity, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import type { Node } from 'yaml';
import type { Manifest, ParsedChunk } from '../document/manifest';
import { documentKind } from '../schema/kinds';
import type { TypeModel } from '../schema/model';
import type { ServiceSettings, SeverityName } from '../settings';
import type { Localized } from './messages/localized';
import type { Finding, Rule, RuleContext } from './rule';
import { applySuppressions } from './suppression';
import { releaseTypedWalks } from './typedWalk';

/** What a diagnostic carries in `data` so code actions can offer its fixes. */
export interface DiagnosticFixData {
  readonly fixes: readonly { title: string; preferred?: boolean; edits: TextEdit[] }[];
}

interface CachedFindings {
  readonly settings: ServiceSettings;
  /** The model's generation: custom schemas set or deleted since make the findings stale. */
  readonly generation: number;
  readonly findings: readonly Finding[];
}

// A rule that throws still leaves a trace, in the user's language like every other finding.
const RULE_FAILED: Localized<(codes: string, error: string) => string> = {
  en: (codes, error) => `Podwright rule ${codes} failed: ${error}`,
  ko: (codes, error) => `Podwright 규칙 ${codes}을(를) 실행하는 중에 오류가 발생했습니다: ${error}`,
};

const SEVERITY: Record<Exclude<SeverityName, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export class Validator {
  private cache = new WeakMap<ParsedChunk, CachedFindings>();

  constructor(
    private readonly model: TypeModel,
    private readonly rules: readonly Rule[],
  ) {}

  /** Findings of one document, offsets relative to the document's own text. */
  findingsOf(chunk: ParsedChunk, settings: ServiceSettings): readonly Finding[] {
    const cached = this.cache.get(chunk);
    if (cached?.settings === settings && cached.generation === this.model.generation) return cached.findings;
    const findings: Finding[] = [];
    const kind = documentKind(this.model, chunk.identity);
    const context: RuleContext = {
      model: this.model,
      document: { index: 0, start: 0, chunk },
      kind,
      settings,
      report: (finding) => findings.push(finding),
      rangeOf: (node: Node) => {
        const range = node.range;
        return range ? [range[0], range[1]] : [0, 0];
      },
    };
    for (const rule of this.rules) {
      if (!kind && !rule.anyDocument) continue;
      try {
        rule.check(context);
      } catch (error) {
        // A rule bug must never take the server down or hide the other rules' findings.
        findings.push({
          code: 'internal-error',
          severity: 'hint',
          start: 0,
          end: 0,
          message: RULE_FAILED[settings.language](rule.codes.join('/'), String(error)),
        });
      }
    }
    releaseTypedWalks(chunk.yaml.contents);
    const kept = applySuppressions(chunk.text, findings);
    this.cache.set(chunk, { settings, generation: this.model.generation, findings: kept });
    return kept;
  }

  validate(manifest: Manifest, settings: ServiceSettings, uri: string): Diagnostic[] {
    const diagnostics: Diagnostic[] = [];
    for (const doc of manifest.documents) {
      for (const finding of this.findingsOf(doc.chunk, settings)) {
        const severityName = settings.severities[finding.code] ?? finding.severity;
        if (severityName === 'off') continue;
        const diagnostic: Diagnostic = {
          range: manifest.lines.rangeOf(doc.start + finding.start, doc.start + finding.end),
          severity: SEVERITY[severityName],
          code: finding.code,
          source: 'podwright',
          message: finding.message,
        };
        if (finding.related) {
          diagnostic.relatedInformation = finding.related.map((r) => ({
            location: { uri, range: manifest.lines.rangeOf(doc.start + r.start, doc.start + r.end) },
            message: r.message,
          }));
        }
        if (finding.fixes && finding.fixes.length > 0) {
          const data: DiagnosticFixData = {
            fixes: finding.fixes.map((fix) => ({
              title: fix.title,
              ...(fix.preferred ? { preferred: true } : {}),
              edits: fix.edits.map((e) => ({
                range: manifest.lines.rangeOf(doc.start + e.start, doc.start + e.end),
                newText: e.newText,
              })),
            })),
          };
          diagnostic.data = data;
        }
        diagnostics.push(diagnostic);
      }
    }
    return diagnostics;
  }
}
