// Quick fixes: each diagnostic carries the fixes its rule computed (see DiagnosticFixData), so code
// actions only turn them into workspace edits for the diagnostics in the requested range.
import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { Manifest } from '../document/manifest';
import type { TypeModel } from '../schema/model';
import type { ServiceSettings } from '../settings';
import type { DiagnosticFixData } from '../validation/validate';

export interface CodeActionRequest {
  readonly model: TypeModel;
  readonly settings: ServiceSettings;
  readonly uri: string;
  readonly manifest: Manifest;
  readonly range: Range;
  readonly diagnostics: readonly Diagnostic[];
}

function isFixData(data: unknown): data is DiagnosticFixData {
  return typeof data === 'object' && data !== null && Array.isArray((data as { fixes?: unknown }).fixes);
}

export function getCodeActions(request: CodeActionRequest): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of request.diagnostics) {
    if (diagnostic.source !== 'podwright' || !isFixData(diagnostic.data)) continue;
    for (const fix of diagnostic.data.fixes) {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        ...(fix.preferred ? { isPreferred: true } : {}),
        edit: { changes: { [request.uri]: fix.edits } },
      });
    }
  }
  return actions;
}
