// `.Values` paths in a template, answered from the chart's values files: hover (the value and its
// file), definition (the key in the values file), completion after `.Values.`, and an information
// diagnostic for a path no values file sets (it may still be given at install time).
import {
  CompletionItemKind,
  DiagnosticSeverity,
  type CompletionItem,
  type Diagnostic,
  type Hover,
  type Location,
  type Position,
} from 'vscode-languageserver-types';
import { isCollection, stringify, type Node } from 'yaml';
import type { Manifest, TemplateSource } from '../document/manifest';
import type { ServiceSettings } from '../settings';
import { markdownToPlainText } from '../util/markdown';
import type { FileAccess } from './chartFiles';
import { valuesWords } from './messages';
import { keysBelow, lookup, valuesFilesOf, type ValuesFile } from './values';
import { valueRefAt, valueRefsOf } from './valueRefs';

export const UNDEFINED_VALUE_CODE = 'helm-value-not-set';
const SHOWN_LINES = 12;

interface Chart {
  readonly template: TemplateSource;
  readonly files: readonly ValuesFile[];
}

function chartOf(manifest: Manifest, files: FileAccess): Chart | undefined {
  const template = manifest.template;
  if (template?.chartRoot === undefined) return undefined;
  return { template, files: valuesFilesOf(template.chartRoot, files) };
}

const pathText = (path: readonly string[]): string => ['.Values', ...path].join('.');

/** A value as YAML, cut to a few lines. */
function shown(value: Node | null): string {
  if (value === null) return 'null';
  const text = stringify(value.toJSON()).trimEnd();
  const lines = text.split('\n');
  return lines.length > SHOWN_LINES ? `${lines.slice(0, SHOWN_LINES).join('\n')}\n…` : text;
}

function fileList(files: readonly ValuesFile[]): string {
  return files.length === 0 ? '`values.yaml`' : files.map((f) => `\`${f.name}\``).join(', ');
}

export function valuesHover(manifest: Manifest, position: Position, files: FileAccess, settings: ServiceSettings): Hover | null {
  const chart = chartOf(manifest, files);
  if (!chart) return null;
  const offset = manifest.lines.offsetAt(position);
  const at = valueRefAt(valueRefsOf(chart.template.source, chart.template.actions), offset);
  if (!at || at.ref.path.length === 0) return null;
  const path = at.ref.path.slice(0, at.depth);
  const say = valuesWords[settings.language];
  const parts = [`\`${pathText(path)}\``];
  const defining = chart.files.map((file) => ({ file, found: lookup(file, path) }));
  const set = defining.filter((d) => d.found.found);
  if (set.length === 0) parts.push(say.hoverNotSet(fileList(chart.files)));
  for (const { file, found } of set) if (found.found) parts.push(`${say.setIn(file.name)}\n\n\`\`\`yaml\n${shown(found.value)}\n\`\`\``);
  const last = at.ref.segments[at.depth - 1];
  const range = manifest.lines.rangeOf(at.ref.start, last ? last.end : at.ref.end);
  const markdown = parts.join('\n\n');
  return {
    contents: settings.editor.hoverMarkdown
      ? { kind: 'markdown', value: markdown }
      : { kind: 'plaintext', value: markdownToPlainText(markdown) },
    range,
  };
}

export function valuesDefinition(manifest: Manifest, position: Position, files: FileAccess): Location[] {
  const chart = chartOf(manifest, files);
  if (!chart) return [];
  const at = valueRefAt(valueRefsOf(chart.template.source, chart.template.actions), manifest.lines.offsetAt(position));
  if (!at || at.ref.path.length === 0) return [];
  const path = at.ref.path.slice(0, at.depth);
  const locations: Location[] = [];
  for (const file of chart.files) {
    const found = lookup(file, path);
    const range = found.found ? found.key?.range : undefined;
    if (range) locations.push({ uri: file.uri, range: file.lines.rangeOf(range[0], range[1]) });
  }
  return locations;
}

/** Keys of the values files after `.Values.` (and `.Values.a.`), when the cursor is inside an action. */
export function valuesCompletion(
  manifest: Manifest,
  position: Position,
  files: FileAccess,
  settings: ServiceSettings,
): CompletionItem[] | undefined {
  const template = manifest.template;
  if (!template) return undefined;
  const offset = manifest.lines.offsetAt(position);
  const lineStart = manifest.lines.lineStart(position.line);
  const before = template.source.slice(lineStart, offset);
  const open = before.lastIndexOf('{{');
  if (open < 0 || before.indexOf('}}', open) >= 0) return undefined;
  const match = /\$?\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)*)\.([A-Za-z_][A-Za-z0-9_]*)?$/.exec(before);
  if (!match) return undefined;
  const chart = chartOf(manifest, files);
  if (!chart) return [];
  const parent = (match[1] ?? '').split('.').slice(1);
  const typed = match[2] ?? '';
  const range = manifest.lines.rangeOf(offset - typed.length, offset);
  const say = valuesWords[settings.language];
  const items = new Map<string, CompletionItem>();
  for (const file of chart.files) {
    for (const key of keysBelow(file, parent)) {
      if (items.has(key.name) || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(key.name)) continue;
      const value = shown(key.value);
      items.set(key.name, {
        label: key.name,
        kind: key.value !== null && isCollection(key.value) ? CompletionItemKind.Module : CompletionItemKind.Field,
        detail: say.fromFile(file.name),
        documentation: settings.editor.documentationMarkdown ? { kind: 'markdown', value: `\`\`\`yaml\n${value}\n\`\`\`` } : value,
        textEdit: { range, newText: key.name },
      });
    }
  }
  return [...items.values()];
}

/** An information diagnostic on each `.Values` path that no values file of the chart sets. */
export function valuesDiagnostics(manifest: Manifest, files: FileAccess, settings: ServiceSettings): Diagnostic[] {
  const chart = chartOf(manifest, files);
  const severity = settings.severities[UNDEFINED_VALUE_CODE] ?? 'information';
  // A subchart's values come from its parent too, and `global` from any chart above.
  if (!chart || chart.files.length === 0 || severity === 'off' || /\/charts\/[^/]+$/.test(chart.template.chartRoot ?? '')) return [];
  const say = valuesWords[settings.language];
  const diagnostics: Diagnostic[] = [];
  const refs = valueRefsOf(chart.template.source, chart.template.actions);
  // A path the template tests anywhere (`if .Values.x`, `.Values.x | default 1`) is optional by design.
  const tested = refs.filter((r) => r.tested).map((r) => r.path);
  const isTested = (path: readonly string[]): boolean => tested.some((t) => t.length > 0 && t.every((name, i) => path[i] === name));
  for (const ref of refs) {
    if (ref.path.length === 0 || ref.path[0] === 'global' || isTested(ref.path)) continue;
    if (chart.files.some((file) => lookup(file, ref.path).found)) continue;
    const last = ref.segments[ref.segments.length - 1];
    diagnostics.push({
      range: manifest.lines.rangeOf(ref.start, last ? last.end : ref.end),
      severity: {
        error: DiagnosticSeverity.Error,
        warning: DiagnosticSeverity.Warning,
        information: DiagnosticSeverity.Information,
        hint: DiagnosticSeverity.Hint,
      }[severity],
      code: UNDEFINED_VALUE_CODE,
      source: 'podwright',
      message: say.notSet(pathText(ref.path), fileList(chart.files)),
    });
  }
  return diagnostics;
}
