// Runs the rule families over each document. Findings are cached per document text and settings,
// so a keystroke re-checks only the document it touched.
import { DiagnosticSeverity, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import type { Node } from 'yaml';
import type { Manifest, ParsedChunk } from '../document/manifest';
import { documentKind, type DocumentKind } from '../schema/kinds';
import { listItems } from '../document/listItems';
import type { TypeModel } from '../schema/model';
import type { ServiceSettings, SeverityName } from '../settings';
import type { Localized } from './messages/localized';
import type { Finding, Rule, RuleContext } from './rule';
import { applySuppressions } from './suppression';
import { releaseTypedWalks } from './typedWalk';
import { resolveParticles } from '../../../../protocol/koreanParticles';
import { crossCheck, CROSS_CODES } from './crossChecks';
import { templateFindings } from './templateFindings';
import { templatePodSecurity } from './templatePodSecurity';
import type { IndexedObject, IndexView, WorkspaceIndex } from '../workspace/workspaceIndex';

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

/** What the checks across resources need: the index, and how to name a place in another file. */
export interface WorkspaceScope {
  readonly index: WorkspaceIndex;
  /** The index as the file `uri` sees it (the objects of its scope). */
  viewFrom(uri: string): IndexView;
  describePlace(object: IndexedObject): string;
}

interface CachedCrossFindings extends CachedFindings {
  readonly generation: number;
  readonly uri: string;
  readonly documentIndex: number;
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

/**
 * The document's own findings and those across resources, less a best-practice finding on the very
 * text a pod-security finding already explains (hostNetwork, a hostPath volume): one says it twice.
 */
function withoutRepeats(own: readonly Finding[], cross: readonly Finding[]): readonly Finding[] {
  const security = cross.filter((f) => f.code.startsWith('pod-security-'));
  if (security.length === 0) return [...own, ...cross];
  const covered = new Set(security.map((f) => `${f.start}:${f.end}`));
  return [...own.filter((f) => !(f.code.startsWith('best-practice-') && covered.has(`${f.start}:${f.end}`))), ...cross];
}

export class Validator {
  private cache = new WeakMap<ParsedChunk, CachedFindings>();
  private crossCache = new WeakMap<ParsedChunk, CachedCrossFindings>();

  /** The rules for a list's items: the syntax of the text is the list's, already checked. */
  private readonly itemRules: readonly Rule[];

  constructor(
    private readonly model: TypeModel,
    private readonly rules: readonly Rule[],
  ) {
    this.itemRules = rules.filter((rule) => !rule.wholeText);
  }

  private runRules(
    chunk: ParsedChunk,
    kind: DocumentKind | undefined,
    settings: ServiceSettings,
    findings: Finding[],
    rules: readonly Rule[],
  ): void {
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
    for (const rule of rules) {
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
  }

  /** Findings of one document, offsets relative to the document's own text. */
  findingsOf(chunk: ParsedChunk, settings: ServiceSettings): readonly Finding[] {
    const cached = this.cache.get(chunk);
    if (cached?.settings === settings && cached.generation === this.model.generation) return cached.findings;
    const findings: Finding[] = [];
    const items = listItems(chunk);
    // A list's own structure is the wrapper's; its items are objects checked each on its own.
    this.runRules(chunk, items ? undefined : documentKind(this.model, chunk.identity), settings, findings, this.rules);
    for (const item of items ?? []) {
      this.runRules(item, documentKind(this.model, item.identity), settings, findings, this.itemRules);
      releaseTypedWalks(item.yaml.contents);
    }
    releaseTypedWalks(chunk.yaml.contents);
    const kept = templateFindings(chunk, applySuppressions(chunk.text, findings));
    this.cache.set(chunk, { settings, generation: this.model.generation, findings: kept });
    return kept;
  }

  /**
   * Findings across resources of one document. Cached apart from the document's own findings: they
   * change when another file changes (the index's generation), the document's own only when it does.
   */
  crossFindingsOf(
    chunk: ParsedChunk,
    documentIndex: number,
    settings: ServiceSettings,
    uri: string,
    scope: WorkspaceScope,
  ): readonly Finding[] {
    const generation = scope.index.generation;
    const cached = this.crossCache.get(chunk);
    if (cached?.settings === settings && cached.generation === generation && cached.uri === uri && cached.documentIndex === documentIndex) {
      return cached.findings;
    }
    let findings: Finding[];
    try {
      const index = scope.viewFrom(uri);
      // A template's objects are not indexed (workspaceIndex), and what they share with others
      // (selectors, names, keys) is mostly written by actions: only Pod Security, where the literal
      // text proves it. A list's items are checked each as an object of its own.
      findings = chunk.template
        ? templatePodSecurity({ chunk, uri, index, settings })
        : (listItems(chunk) ?? [chunk]).flatMap((item) =>
            crossCheck({ chunk: item, uri, documentIndex, index, settings, describePlace: (o) => scope.describePlace(o) }),
          );
    } catch (error) {
      findings = [
        {
          code: 'internal-error',
          severity: 'hint',
          start: 0,
          end: 0,
          message: RULE_FAILED[settings.language](CROSS_CODES.join('/'), String(error)),
        },
      ];
    }
    const kept = applySuppressions(chunk.text, findings);
    this.crossCache.set(chunk, { settings, findings: kept, generation, uri, documentIndex });
    return kept;
  }

  validate(manifest: Manifest, settings: ServiceSettings, uri: string, scope?: WorkspaceScope): Diagnostic[] {
    const diagnostics: Diagnostic[] = [];
    // Rules write `\n`; a file with CRLF line ends gets CRLF in the lines a fix adds.
    const crlf = manifest.text.includes('\r\n');
    for (const doc of manifest.documents) {
      const own = this.findingsOf(doc.chunk, settings);
      const found = scope ? withoutRepeats(own, this.crossFindingsOf(doc.chunk, doc.index, settings, uri, scope)) : own;
      for (const finding of found) {
        const severityName = settings.severities[finding.code] ?? finding.severity;
        if (severityName === 'off') continue;
        const diagnostic: Diagnostic = {
          range: manifest.lines.rangeOf(doc.start + finding.start, doc.start + finding.end),
          severity: SEVERITY[severityName],
          code: finding.code,
          source: 'podwright',
          message: resolveParticles(finding.message),
        };
        if (finding.related) {
          diagnostic.relatedInformation = finding.related.map((r) => ({
            location:
              'uri' in r ? { uri: r.uri, range: r.range } : { uri, range: manifest.lines.rangeOf(doc.start + r.start, doc.start + r.end) },
            message: resolveParticles(r.message),
          }));
        }
        if (finding.fixes && finding.fixes.length > 0) {
          const data: DiagnosticFixData = {
            fixes: finding.fixes.map((fix) => ({
              title: resolveParticles(fix.title),
              ...(fix.preferred ? { preferred: true } : {}),
              edits: fix.edits.map((e) => ({
                range: manifest.lines.rangeOf(doc.start + e.start, doc.start + e.end),
                newText: crlf ? e.newText.replace(/\r?\n/g, '\r\n') : e.newText,
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
