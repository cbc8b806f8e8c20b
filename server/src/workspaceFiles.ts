// Finds and reads the workspace's manifests for the index, in the background: the walk yields to the
// event loop every few milliseconds, so diagnostics of the file being edited never wait on it.
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
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

export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Every *.yaml/*.yml file under `folders`, breadth-first, each folder's entries by name; null after
 * each folder listing, so the walk can pause in trees of many folders and few manifests too.
 */
function* manifestPaths(folders: readonly string[], excluded: (path: string) => boolean): Generator<string | null> {
  const queue = [...folders];
  for (let done = 0; done < queue.length; done++) {
    const folder = queue[done] ?? '';
    let entries: Dirent[] = [];
    try {
      entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    } catch {
      // unreadable folders are simply not indexed
    }
    yield null;
    for (const entry of entries) {
      const full = join(folder, entry.name);
      if (excluded(full)) continue;
      if (entry.isDirectory()) {
        if (!skippedFolder(entry.name)) queue.push(full);
      } else if (entry.isFile() && (MANIFEST.test(entry.name) || entry.name === 'Kustomization')) {
        yield full;
      }
    }
  }
}

/**
 * Walks `folders` breadth-first and hands every manifest to `index`, leaving out what `excluded`
 * says (and everything under an excluded folder). `isOpen` files are skipped: the
 * editor's text, not the disk's, is what the index must hold for them. Folders and files are read
 * synchronously, a slice of a few milliseconds at a time: a small file costs a fraction of what an
 * asynchronous read costs this thread, and requests still get a turn between slices.
 */
export async function scanFolders(
  folders: readonly string[],
  index: (uri: string, text: string) => void,
  isOpen: (uri: string) => boolean,
  limits: ScanLimits = { maxFiles: MAX_INDEXED_FILES, maxFileBytes: MAX_INDEXED_FILE_BYTES },
  cancelled: () => boolean = () => false,
  pause: () => Promise<void> = yieldToEventLoop,
  excluded: (path: string) => boolean = () => false,
): Promise<ScanResult> {
  let indexed = 0;
  let skippedLarge = 0;
  let seen = 0;
  // What is already waiting (the first documents opened) goes first.
  await pause();
  let lastYield = Date.now();
  for (const path of manifestPaths(folders, excluded)) {
    if (cancelled()) break;
    if (path !== null) {
      if (seen >= limits.maxFiles) return { indexed, skippedLarge, capped: true };
      seen++;
      const uri = pathToFileURL(path).href;
      if (isOpen(uri)) continue;
      const read = readManifestTextSync(path, limits.maxFileBytes);
      if ('text' in read) {
        index(uri, read.text);
        indexed++;
      } else if (read.skipped === 'too-large') skippedLarge++;
    }
    // Give pending requests a turn every few milliseconds of work.
    if (Date.now() - lastYield > 8) {
      await pause();
      lastYield = Date.now();
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
    return manifestRead(await readFile(path, 'utf8'), path);
  } catch {
    return { skipped: 'unreadable' };
  }
}

/** `readManifestText` without waiting: for the scan, which reads one small file after another. */
export function readManifestTextSync(path: string, maxBytes = MAX_INDEXED_FILE_BYTES): ManifestRead {
  try {
    const info = statSync(path);
    if (!info.isFile()) return { skipped: 'unreadable' };
    if (info.size > maxBytes) return { skipped: 'too-large' };
    return manifestRead(readFileSync(path, 'utf8'), path);
  } catch {
    return { skipped: 'unreadable' };
  }
}

function manifestRead(text: string, path: string): ManifestRead {
  // A kustomization is kept too: it tells the index which files are patches.
  return looksLikeManifest(text) || isKustomizationUri(pathToFileURL(path).href) ? { text } : { skipped: 'not-a-manifest' };
}
