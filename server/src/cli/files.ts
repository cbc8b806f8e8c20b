// Finding the manifests to check and reading them as UTF-8 text. Problems with the input (missing
// paths, unreadable files, bytes that are not UTF-8) become one-line messages, never exceptions.
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describeFileError, skippedFolder } from '../fileSystem';

export interface InputProblem {
  readonly path: string;
  readonly message: string;
}

export interface CollectedFiles {
  readonly files: string[];
  readonly problems: InputProblem[];
}

const MANIFEST = /\.ya?ml$/i;

/**
 * Expands the user's paths: files are taken as given (whatever their extension), directories are
 * searched recursively for *.yaml / *.yml. Files come out sorted per directory, so output is stable.
 */
export function collectFiles(paths: readonly string[]): CollectedFiles {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  const visited = new Set<string>();

  const walk = (dir: string): void => {
    let real: string;
    let entries: string[];
    try {
      real = realpathSync(dir);
      entries = readdirSync(dir).sort();
    } catch (error) {
      problems.push({ path: dir, message: `cannot read directory: ${describeFileError(error)}` });
      return;
    }
    // A symbolic link back up the tree would otherwise make the walk endless.
    if (visited.has(real)) return;
    visited.add(real);
    for (const name of entries) {
      const child = join(dir, name);
      let isDirectory: boolean;
      try {
        isDirectory = statSync(child).isDirectory();
      } catch (error) {
        // A dangling link named *.yaml is a manifest the user expects to be checked.
        if (MANIFEST.test(name)) problems.push({ path: child, message: `cannot read file: ${describeFileError(error)}` });
        continue;
      }
      if (isDirectory) {
        if (!skippedFolder(name)) walk(child);
      } else if (MANIFEST.test(name)) {
        files.push(child);
      }
    }
  };

  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (error) {
      problems.push({ path, message: describeFileError(error) });
      continue;
    }
    if (!isDirectory) {
      files.push(path);
      continue;
    }
    const before = files.length;
    const problemsBefore = problems.length;
    walk(path);
    if (files.length === before && problems.length === problemsBefore) {
      problems.push({ path, message: 'no *.yaml or *.yml files found in this directory' });
    }
  }
  return { files, problems };
}

export type ReadResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads a file as strict UTF-8 (a leading byte-order mark is dropped). */
export function readManifest(path: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, message: `cannot read file: ${describeFileError(error)}` };
  }
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, message: `not valid UTF-8 text at byte ${firstInvalidByte(bytes)}; save the file as UTF-8` };
  }
}

/** Offset of the first byte that breaks UTF-8, so the user can find it. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    try {
      decoder.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return i;
}
