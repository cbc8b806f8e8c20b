// Renders the chart or overlay a saved file belongs to and keeps the rendered findings per file.
// Rendering runs the user's tools on the user's files: only in a trusted workspace, only when
// `podwright.render.onSave` allows it; a newer save of the same chart or overlay kills the older render.
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { ModelData, ServiceSettings } from '../service/index';
import type { RenderOutcome } from './checkRendered';
import { chartRootOf, renderChart } from './renderChart';
import { kustomizationIn, renderOverlay } from './renderOverlay';

export interface RenderSettings {
  /** `podwright.render.onSave` (default true). */
  readonly onSave: boolean;
  /** The client's word on workspace trust; clients without the notion do not send it. */
  readonly trusted: boolean;
  readonly helmPath: string | undefined;
  readonly kubectlPath: string | undefined;
  /** `podwright.helm.valuesFiles`: relative to the chart folder, or absolute. */
  readonly valuesFiles: readonly string[];
}

export interface RenderHost {
  readonly model: ModelData;
  settings(): ServiceSettings;
  /** The files whose rendered findings changed (published again by the host). */
  changed(uris: readonly string[]): void;
  /** A notice the user should see once (missing tool, time limit, network). */
  notify(message: string): void;
  /** The workspace folders (paths): the search for a kustomization stops there. */
  folders(): readonly string[];
  /** A line for the server's log (what was rendered, how it ended). */
  log(message: string): void;
}

export class RenderOnSave {
  private settings: RenderSettings = { onSave: true, trusted: true, helmPath: undefined, kubectlPath: undefined, valuesFiles: [] };
  /** Per chart or overlay folder, the findings of its last render by file URI. */
  private readonly results = new Map<string, ReadonlyMap<string, Diagnostic[]>>();
  private readonly running = new Map<string, AbortController>();
  private readonly noticed = new Set<string>();

  constructor(private readonly host: RenderHost) {}

  configure(settings: RenderSettings): void {
    const wasOn = this.enabled();
    this.settings = settings;
    // Switched off (or trust withdrawn): what renders found goes away with it.
    if (wasOn && !this.enabled()) this.clear();
  }

  enabled(): boolean {
    return this.settings.onSave && this.settings.trusted;
  }

  /** Rendered findings for a file, across every chart or overlay that read it. */
  diagnosticsFor(uri: string): Diagnostic[] {
    const found: Diagnostic[] = [];
    for (const byUri of this.results.values()) found.push(...(byUri.get(uri) ?? []));
    return found;
  }

  /** Starts a render for a saved file when it belongs to a chart or an overlay; resolves when it is done. */
  async saved(uri: string): Promise<void> {
    if (!this.enabled() || !uri.startsWith('file:')) {
      if (uri.startsWith('file:'))
        this.host.log(
          `not rendering on save: ${this.settings.trusted ? 'podwright.render.onSave is off' : 'the workspace is not trusted'}`,
        );
      return;
    }
    let path: string;
    try {
      path = fileURLToPath(uri);
    } catch {
      return;
    }
    const chart = chartRootOf(path);
    if (chart) return this.run(chart, (signal) => this.renderChart(chart, signal));
    const overlay = this.overlayOf(path);
    if (overlay)
      return this.run(overlay, (signal) =>
        renderOverlay({
          dir: overlay,
          kubectl: this.settings.kubectlPath ?? 'kubectl',
          model: this.host.model,
          settings: this.host.settings(),
          signal,
        }),
      );
  }

  private renderChart(chart: string, signal: AbortSignal): Promise<RenderOutcome> {
    // A values file named relative to the chart is used by the charts that have it.
    const valuesFiles = this.settings.valuesFiles.filter((file) => isAbsolute(file) || existsSync(resolve(chart, file)));
    return renderChart({
      chartDir: chart,
      helm: this.settings.helmPath ?? 'helm',
      valuesFiles,
      model: this.host.model,
      settings: this.host.settings(),
      signal,
    });
  }

  /** The nearest folder at or above the file holding a kustomization, inside the workspace. */
  private overlayOf(path: string): string | undefined {
    // A kustomization's own folder first; any other file belongs to the nearest one above it.
    let folder = dirname(path);
    const folders = this.host.folders();
    for (;;) {
      if (kustomizationIn(folder)) return folder;
      const up = dirname(folder);
      if (up === folder || folders.includes(folder) || folders.length === 0) return undefined;
      folder = up;
    }
  }

  private async run(root: string, render: (signal: AbortSignal) => Promise<RenderOutcome>): Promise<void> {
    this.running.get(root)?.abort();
    const controller = new AbortController();
    this.running.set(root, controller);
    let outcome: RenderOutcome;
    try {
      outcome = await render(controller.signal);
    } finally {
      if (this.running.get(root) === controller) this.running.delete(root);
    }
    if (outcome.kind === 'cancelled' || controller.signal.aborted) return;
    this.host.log(
      outcome.kind === 'notice'
        ? `render of ${root}: ${outcome.reason}`
        : `rendered ${root}: ${[...outcome.diagnostics.values()].reduce((n, list) => n + list.length, 0)} finding(s) in ${outcome.diagnostics.size} file(s)`,
    );
    if (outcome.kind === 'notice') {
      // One notice per kind of trouble and session: a missing helm is said once, not at every save.
      if (!this.noticed.has(`${outcome.reason}:${outcome.message}`)) {
        this.noticed.add(`${outcome.reason}:${outcome.message}`);
        this.host.notify(outcome.message);
      }
      this.replace(root, new Map());
      return;
    }
    this.replace(root, outcome.diagnostics);
  }

  private replace(root: string, next: ReadonlyMap<string, Diagnostic[]>): void {
    const previous = this.results.get(root);
    const touched = new Set([...(previous?.keys() ?? []), ...next.keys()]);
    if (next.size === 0) this.results.delete(root);
    else this.results.set(root, next);
    if (touched.size > 0) this.host.changed([...touched]);
  }

  private clear(): void {
    for (const controller of this.running.values()) controller.abort();
    this.running.clear();
    const touched = [...this.results.values()].flatMap((byUri) => [...byUri.keys()]);
    this.results.clear();
    if (touched.length > 0) this.host.changed(touched);
  }
}

/** Rendered findings that the static checks already report on the same line are said once. */
export function withoutRepeats(own: readonly Diagnostic[], rendered: readonly Diagnostic[]): Diagnostic[] {
  return rendered.filter((r) => !own.some((d) => d.code === r.code && d.range.start.line === r.range.start.line));
}
