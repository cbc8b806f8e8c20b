// `helm template` over a chart, its output checked and mapped back to templates and values files;
// a failed render becomes one diagnostic where helm says it failed.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { ModelData, ServiceSettings } from '../service/index';
import { checkRendered, type RenderOutcome } from './checkRendered';
import { mapFindings, type RenderedObject, type SourceFile } from './mapFindings';
import { helmFailure, splitRendered } from './renderOutput';
import { renderMessages } from './renderMessages';
import { runTool } from './runTool';

export const HELM_SOURCE = 'podwright (helm template)';

export interface ChartRender {
  readonly chartDir: string;
  readonly helm: string;
  /** Extra values files, after the chart's own values.yaml (absolute, or relative to the chart). */
  readonly valuesFiles: readonly string[];
  readonly model: ModelData;
  readonly settings: Partial<ServiceSettings> & Pick<ServiceSettings, 'language'>;
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
}

/** The chart folder a file belongs to: the nearest folder above it (or itself) holding Chart.yaml. */
export function chartRootOf(path: string, stopAt?: string): string | undefined {
  let folder = existsSync(join(path, 'Chart.yaml')) ? path : dirname(path);
  for (;;) {
    if (existsSync(join(folder, 'Chart.yaml'))) {
      // A subchart under charts/ renders as part of its parent.
      const parent = dirname(folder);
      if (parent.endsWith(`${sep}charts`) && existsSync(join(dirname(parent), 'Chart.yaml'))) return chartRootOf(dirname(parent), stopAt);
      return folder;
    }
    const up = dirname(folder);
    if (up === folder || (stopAt !== undefined && folder === stopAt)) return undefined;
    folder = up;
  }
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

const uriOf = (path: string): string => pathToFileURL(path).href;

/** `web/templates/x.yaml` (helm names files under the chart's name) → the file in the chart folder. */
function chartFile(chartDir: string, named: string): string {
  const rest = named.split('/').slice(1);
  return join(chartDir, ...rest);
}

function lineDiagnostic(text: string | undefined, line: number, column: number | undefined, message: string, code: string): Diagnostic {
  const lines = (text ?? '').split('\n');
  const content = lines[line] ?? '';
  const start = column !== undefined ? Math.max(0, column - 1) : content.length - content.trimStart().length;
  return {
    range: { start: { line, character: Math.min(start, content.length) }, end: { line, character: content.trimEnd().length } },
    severity: DiagnosticSeverity.Error,
    code,
    source: HELM_SOURCE,
    message,
  };
}

export async function renderChart(request: ChartRender): Promise<RenderOutcome> {
  const { chartDir } = request;
  const say = renderMessages(request.settings.language);
  const values = request.valuesFiles.map((file) => (isAbsolute(file) ? file : resolve(chartDir, file)));
  const result = await runTool(request.helm, ['template', chartDir, ...values.flatMap((file) => ['--values', file])], {
    cwd: chartDir,
    ...(request.signal ? { signal: request.signal } : {}),
    ...(request.timeoutMs ? { timeoutMs: request.timeoutMs } : {}),
  });
  if (result.status === 'cancelled') return { kind: 'cancelled' };
  if (result.status === 'missing') return { kind: 'notice', reason: 'missing', message: say.toolMissing('helm', 'podwright.helm.path') };
  if (result.status === 'timeout')
    return { kind: 'notice', reason: 'timeout', message: say.timedOut('helm', Math.round((request.timeoutMs ?? 30_000) / 1000)) };

  const chartYaml = join(chartDir, 'Chart.yaml');
  const diagnostics = new Map<string, Diagnostic[]>();
  if (result.status === 'failed') {
    const failure = helmFailure(result.stderr);
    if (failure.network) return { kind: 'notice', reason: 'network', message: say.network('helm', failure.message) };
    if (failure.missingDependency !== undefined) {
      const text = readText(chartYaml);
      const line = Math.max(
        0,
        (text ?? '')
          .split('\n')
          .findIndex((l) =>
            new RegExp(
              `^\\s*-?\\s*name:\\s*["']?${(failure.missingDependency ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*$`,
            ).test(l),
          ),
      );
      diagnostics.set(uriOf(chartYaml), [
        lineDiagnostic(text, line, undefined, say.missingDependency(failure.missingDependency ?? ''), 'helm-render'),
      ]);
      return { kind: 'checked', diagnostics };
    }
    const file = failure.file !== undefined ? chartFile(chartDir, failure.file) : chartYaml;
    const text = readText(file);
    const line =
      failure.line !== undefined
        ? failure.line - 1
        : Math.max(
            0,
            (text ?? '').split('\n').findIndex((l) => /^kind\s*:/.test(l)),
          );
    diagnostics.set(uriOf(file), [lineDiagnostic(text, line, failure.column, say.helmFailed(failure.message), 'helm-render')]);
    return { kind: 'checked', diagnostics };
  }

  const rendered = splitRendered(result.stdout);
  const valueSources: SourceFile[] = [join(chartDir, 'values.yaml'), ...values].flatMap((path) => {
    const text = readText(path);
    return text === undefined ? [] : [{ uri: uriOf(path), text, uniqueOnly: true }];
  });
  const templates = new Map<string, SourceFile | undefined>();
  const templateOf = (source: string | undefined): SourceFile | undefined => {
    if (source === undefined) return undefined;
    if (!templates.has(source)) {
      const path = chartFile(chartDir, source);
      const text = readText(path);
      templates.set(source, text === undefined ? undefined : { uri: uriOf(path), text });
    }
    return templates.get(source);
  };
  const checked = checkRendered(
    request.model,
    request.settings,
    rendered.map((d) => d.text),
  );
  const objects: RenderedObject[] = checked.map((object, i) => {
    const template = templateOf(rendered[i]?.source);
    return { ...object, candidates: template ? [template, ...valueSources] : valueSources, home: template };
  });
  const mapped = mapFindings(objects, HELM_SOURCE, request.settings.language);
  // Every file the render read gets an answer, so a fixed mistake's diagnostic goes away.
  for (const template of templates.values()) if (template && !mapped.has(template.uri)) mapped.set(template.uri, []);
  for (const file of valueSources) if (!mapped.has(file.uri)) mapped.set(file.uri, []);
  if (!mapped.has(uriOf(chartYaml))) mapped.set(uriOf(chartYaml), []);
  return { kind: 'checked', diagnostics: mapped };
}
