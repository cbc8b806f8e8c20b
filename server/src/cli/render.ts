// The rendered part of `podwright check`: folders given that hold a chart are rendered with
// `helm template`, folders that hold a kustomization with `kubectl kustomize` (both from the PATH),
// and the findings come back as problems of the source files. A missing tool is a note, not a failure.
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { ModelData } from '../service/index';
import type { Language } from '../service/settings';
import type { RenderOutcome } from '../render/checkRendered';
import { renderChart } from '../render/renderChart';
import { kustomizationIn, renderOverlay } from '../render/renderOverlay';
import type { Problem, SeverityLabel } from './check';

const LABELS: readonly SeverityLabel[] = ['error', 'warning', 'information', 'hint'];

export interface RenderRun {
  readonly problems: Problem[];
  /** One line each: a tool that is missing, too slow, or needs the network. */
  readonly notes: string[];
}

function problemsOf(outcome: RenderOutcome, notes: string[]): Problem[] {
  if (outcome.kind === 'notice') {
    if (!notes.includes(outcome.message)) notes.push(outcome.message);
    return [];
  }
  if (outcome.kind !== 'checked') return [];
  const problems: Problem[] = [];
  for (const [uri, list] of outcome.diagnostics) {
    const file = relative(process.cwd(), fileURLToPath(uri)) || fileURLToPath(uri);
    for (const d of list) problems.push(problemOf(file, d));
  }
  return problems;
}

function problemOf(file: string, d: Diagnostic): Problem {
  return {
    file,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    severity: LABELS[(d.severity ?? 1) - 1] ?? 'error',
    code: typeof d.code === 'string' || typeof d.code === 'number' ? String(d.code) : 'unknown',
    message: d.message,
  };
}

export async function renderFolders(
  paths: readonly string[],
  values: readonly string[],
  model: ModelData,
  language: Language,
): Promise<RenderRun> {
  const notes: string[] = [];
  const problems: Problem[] = [];
  const valuesFiles = values.map((file) => resolve(file));
  for (const path of paths) {
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      continue;
    }
    if (!isDir) continue;
    const dir = resolve(path);
    if (existsSync(join(dir, 'Chart.yaml'))) {
      problems.push(...problemsOf(await renderChart({ chartDir: dir, helm: 'helm', valuesFiles, model, settings: { language } }), notes));
    } else if (kustomizationIn(dir)) {
      problems.push(...problemsOf(await renderOverlay({ dir, kubectl: 'kubectl', model, settings: { language } }), notes));
    }
  }
  return { problems, notes };
}

/** Rendered problems that the static pass already reports at the same place are said once. */
export function mergeProblems(own: readonly Problem[], rendered: readonly Problem[]): Problem[] {
  const key = (p: Problem): string => `${resolve(p.file)}:${p.line}:${p.code}`;
  const seen = new Set(own.map(key));
  const added = rendered.filter((p) => !seen.has(key(p)));
  if (added.length === 0) return [...own];
  return [...own, ...added].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code),
  );
}
