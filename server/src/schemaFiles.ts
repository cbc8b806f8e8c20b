// Custom resource schema files on disk (`podwright.schemas`, `podwright check --schemas`): which
// files a path stands for, and their documents as plain values for `customSchemas.set`. Problems
// come back as one-line messages, never as exceptions.
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describeFileError, skippedFolder } from './fileSystem';

export const SCHEMA_FILE = /\.(?:ya?ml|json)$/i;
/** Folders are searched this deep (the folder itself is depth 0). */
export const MAX_SCHEMA_DEPTH = 4;
/** At most this many files per path: a schema folder is a handful of files, not a home directory. */
const MAX_FILES = 2_000;
/** Bigger files are not schemas anyone writes by hand (a cluster's whole OpenAPI is ~5 MB). */
const MAX_BYTES = 32 * 1024 * 1024;

export interface SchemaPathProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * The schema files a path stands for: a file as given (whatever its extension), a folder's
 * `*.yaml`, `*.yml` and `*.json` files, searched MAX_SCHEMA_DEPTH levels deep (dot-folders and
 * node_modules skipped), sorted so that loading is stable.
 */
export function schemaFilesOf(path: string): { files: string[]; problems: SchemaPathProblem[] } {
  const files: string[] = [];
  const problems: SchemaPathProblem[] = [];
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch (error) {
    return { files, problems: [{ path, message: describeFileError(error) }] };
  }
  if (!isDirectory) return { files: [path], problems };
  const visited = new Set<string>();
  const walk = (dir: string, depth: number): void => {
    let entries: string[];
    try {
      const real = realpathSync(dir);
      // A link back up the tree must not loop.
      if (visited.has(real)) return;
      visited.add(real);
      entries = readdirSync(dir).sort();
    } catch (error) {
      problems.push({ path: dir, message: `cannot read directory: ${describeFileError(error)}` });
      return;
    }
    for (const name of entries) {
      if (files.length >= MAX_FILES) {
        problems.push({ path, message: `more than ${MAX_FILES} schema files; the rest are skipped` });
        return;
      }
      const child = join(dir, name);
      let childIsDirectory: boolean;
      try {
        childIsDirectory = statSync(child).isDirectory();
      } catch (error) {
        if (SCHEMA_FILE.test(name)) problems.push({ path: child, message: `cannot read file: ${describeFileError(error)}` });
        continue;
      }
      if (childIsDirectory) {
        if (depth < MAX_SCHEMA_DEPTH && !skippedFolder(name)) walk(child, depth + 1);
      } else if (SCHEMA_FILE.test(name)) {
        files.push(child);
      }
    }
  };
  walk(path, 0);
  if (files.length === 0 && problems.length === 0)
    problems.push({ path, message: 'no *.yaml, *.yml or *.json files found in this directory' });
  return { files, problems };
}

export type SchemaFileRead = { readonly ok: true; readonly documents: unknown[] } | { readonly ok: false; readonly message: string };

/** Parses a schema file's text: JSON for `*.json`, otherwise YAML (every document of it). */
export function parseSchemaText(path: string, text: string): SchemaFileRead {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (/\.json$/i.test(path)) {
    try {
      return { ok: true, documents: [JSON.parse(body) as unknown] };
    } catch (error) {
      return { ok: false, message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
  const documents: unknown[] = [];
  for (const document of parseAllDocuments(body, { prettyErrors: false, uniqueKeys: false })) {
    const error = document.errors[0];
    if (error) {
      const before = body.slice(0, error.pos[0]).split('\n');
      const line = before.length;
      const column = (before[before.length - 1] ?? '').length + 1;
      return { ok: false, message: `YAML error at line ${line}, column ${column}: ${error.message}` };
    }
    try {
      documents.push(document.toJS() as unknown);
    } catch (caught) {
      return { ok: false, message: `YAML error: ${caught instanceof Error ? caught.message : String(caught)}` };
    }
  }
  return { ok: true, documents };
}

/** Reads and parses one schema file. */
export function readSchemaFile(path: string): SchemaFileRead {
  let text: string;
  try {
    if (statSync(path).size > MAX_BYTES) return { ok: false, message: `larger than ${MAX_BYTES / 1024 / 1024} MB; not read` };
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { ok: false, message: `cannot read file: ${describeFileError(error)}` };
  }
  return parseSchemaText(basename(path), text);
}
