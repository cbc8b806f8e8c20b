// Finds and reads the workspace's manifests for the index, in the background: the walk yields to the
// event loop between files, so diagnostics of the file being edited never wait on it.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { skippedFolder } from './fileSystem';
import { isKustomizationUri } from './service/kustomize/paths';

/** Files larger than this are not indexed (generated bundles, dumps); the open editor still checks them. */
export const MAX_INDEXED_FILE_BYTES = 1024 * 1024;
/** At most this many files are indexed per session; a notice says so when a workspace has more. */
export const MAX_INDEXED_FILES = 20_000;

const MANIFEST = /\.ya?ml$/i;


export interface ScanLimits {
  readonly maxFiles: number;
  readonly maxFileBytes: number;
}

export interface ScanResult {
  readonly indexed: number;
  readonly skippedLarge: number;
  /** True when the file cap stopped the walk. */
  readonly capped: boolean;
}

/** Whether a text is worth indexing: a Kubernetes object, not a template or another tool's YAML. */
export function looksLikeManifest(text: string): boolean {
  // Helm and other Go templates do not parse as the objects they render to.
  if (text.includes('{{')) return false;
  return /^\s*apiVersion\s*:/m.test(text) && /^\s*kind\s*:/m.test(text);
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Walks `folders` breadth-first and hands every manifest to `index`. `isOpen` files are skipped: the
 * editor's text, not the disk's, is what the index must hold for them.
 */
export async function scanFolders(
  folders: readonly string[],
  index: (uri: string, text: string) => void,
  isOpen: (uri: string) => boolean,
  limits: ScanLimits = { maxFiles: MAX_INDEXED_FILES, maxFileBytes: MAX_INDEXED_FILE_BYTES },
  cancelled: () => boolean = () => false,
): Promise<ScanResult> {
  let indexed = 0;
  let skippedLarge = 0;
  let seen = 0;
  const pending = [...folders];
  let lastYield = Date.now();
  while (pending.length > 0) {
    if (cancelled()) break;
    const folder = pending.shift() ?? '';
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      continue; // unreadable folders are simply not indexed
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!skippedFolder(entry.name)) pending.push(full);
        continue;
      }
      if (!entry.isFile() || (!MANIFEST.test(entry.name) && entry.name !== 'Kustomization')) continue;
      if (seen >= limits.maxFiles) return { indexed, skippedLarge, capped: true };
      seen++;
      const uri = pathToFileURL(full).href;
      if (isOpen(uri)) continue;
      const read = await readManifestText(full, limits.maxFileBytes);
      if ('text' in read) {
        if (!isOpen(uri)) index(uri, read.text);
        indexed++;
      } else if (read.skipped === 'too-large') skippedLarge++;
      // Give pending requests a turn every few milliseconds of work.
      if (Date.now() - lastYield > 8) {
        await yieldToEventLoop();
        lastYield = Date.now();
      }
    }
  }
  return { indexed, skippedLarge, capped: false };
}

export type ManifestRead = { readonly text: string } | { readonly skipped: 'too-large' | 'unreadable' | 'not-a-manifest' };

/** The text of a manifest file, or why it is not indexed. */
export async function readManifestText(path: string, maxBytes = MAX_INDEXED_FILE_BYTES): Promise<ManifestRead> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { skipped: 'unreadable' };
    if (info.size > maxBytes) return { skipped: 'too-large' };
    const text = await readFile(path, 'utf8');
    // A kustomization is kept too: it tells the index which files are patches.
    return looksLikeManifest(text) || isKustomizationUri(pathToFileURL(path).href) ? { text } : { skipped: 'not-a-manifest' };
  } catch {
    return { skipped: 'unreadable' };
  }
}
