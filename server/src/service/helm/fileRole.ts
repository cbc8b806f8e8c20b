// What a file is to Podwright, decided in one place from its path and text: a Kubernetes manifest,
// a Helm template (read through masking), or a file that is never judged as a manifest (a chart's
// values and metadata, template helpers and notes that are not YAML at all).
import { hasTemplateActions } from './mask';

export type FileRole =
  | { readonly role: 'manifest' }
  | { readonly role: 'template'; readonly chartRoot?: string }
  /** Values, `Chart.yaml`, `_helpers.tpl`, `NOTES.txt`: no manifest diagnostics, whatever keys they hold. */
  | { readonly role: 'ignored'; readonly why: 'values' | 'chart' | 'not-yaml'; readonly chartRoot?: string };

/** Answers whether a file exists; the service passes a cached file system look-up. */
export type FileExists = (path: string) => boolean;

const VALUES_NAME = /^values(?:[-.][^/]*)?\.ya?ml$/i;
const CHART_META = /^(?:Chart\.ya?ml|Chart\.lock|requirements\.ya?ml|requirements\.lock)$/;
// Deep enough for any chart layout, and bounded so a stray path never walks far.
const MAX_LEVELS = 12;

/** The path of a `file:` URI, with `/` separators; undefined for other schemes (untitled, git…). */
export function pathOfUri(uri: string): string | undefined {
  if (!uri.startsWith('file://')) return undefined;
  try {
    let path = decodeURIComponent(new URL(uri).pathname);
    if (/^\/[A-Za-z]:\//.test(path)) path = path.slice(1);
    return path;
  } catch {
    return undefined;
  }
}

/** The folder holding `Chart.yaml` nearest above `path` (the file's own folder first), if any. */
export function chartRootOf(path: string, exists: FileExists): string | undefined {
  const parts = path.split('/');
  for (let level = parts.length - 1; level > 0 && parts.length - level <= MAX_LEVELS; level--) {
    const folder = parts.slice(0, level).join('/');
    if (folder === '' && level > 1) continue;
    if (exists(`${folder}/Chart.yaml`)) return folder;
  }
  return undefined;
}

export function fileRoleOf(uri: string, text: string, exists: FileExists): FileRole {
  const path = pathOfUri(uri) ?? uri;
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (/\.tpl$/i.test(name) || /^NOTES\.txt$/i.test(name)) return { role: 'ignored', why: 'not-yaml' };
  const chartRoot = pathOfUri(uri) === undefined ? undefined : chartRootOf(path, exists);
  const within = chartRoot === undefined ? undefined : path.slice(chartRoot.length + 1);
  const root = chartRoot === undefined ? {} : { chartRoot };
  if (CHART_META.test(name) && (within === undefined || within === name)) return { role: 'ignored', why: 'chart', ...root };
  if (VALUES_NAME.test(name)) return { role: 'ignored', why: 'values', ...root };
  if (within?.startsWith('ci/')) return { role: 'ignored', why: 'values', ...root };
  if (within?.startsWith('templates/') || hasTemplateActions(text)) return { role: 'template', ...root };
  return { role: 'manifest' };
}
