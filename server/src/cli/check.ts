// Runs the pure language service over one file's text and turns its diagnostics into plain records
// with 1-based positions, which is what a person reading compiler-style output expects.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Manifest, PodLanguageService } from '../service/index';

export type SeverityLabel = 'error' | 'warning' | 'information' | 'hint';

export interface Problem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: SeverityLabel;
  readonly code: string;
  readonly message: string;
}

// LSP severities are 1..4 in this order; an absent severity means error.
const LABELS: readonly SeverityLabel[] = ['error', 'warning', 'information', 'hint'];

function severityLabel(diagnostic: Diagnostic): SeverityLabel {
  return LABELS[(diagnostic.severity ?? 1) - 1] ?? 'error';
}

export function fileUri(file: string): string {
  return pathToFileURL(resolve(file)).href;
}

/** Parses a file and adds its objects to the run's workspace index, so every file sees the others. */
export function indexText(service: PodLanguageService, file: string, text: string): Manifest {
  const uri = fileUri(file);
  const manifest = service.parse(uri, text);
  service.index(uri, manifest);
  return manifest;
}

export function checkText(service: PodLanguageService, file: string, text: string, parsed?: Manifest): Problem[] {
  const uri = fileUri(file);
  const manifest = parsed ?? service.parse(uri, text);
  const diagnostics = service.doValidation(uri, manifest);
  // Each file is checked once; dropping the parse keeps memory flat over large trees.
  service.forget(uri);
  return diagnostics
    .map((d) => ({
      file,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      endLine: d.range.end.line + 1,
      endColumn: d.range.end.character + 1,
      severity: severityLabel(d),
      code: typeof d.code === 'string' || typeof d.code === 'number' ? String(d.code) : 'unknown',
      message: d.message,
    }))
    .sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}
