// `podwright.schemas` in the language server: the setting's paths (relative to the workspace
// folders), read into the service's custom schemas, each file a source of its own. A file that
// cannot be read keeps what it defined before (a save in progress, a moment without permission);
// every problem is one line in the server's log.
import { homedir } from 'node:os';
import { isAbsolute, join, resolve, sep } from 'node:path';
import type { PodLanguageService } from './service/index';
import { readSchemaFile, schemaFilesOf } from './schemaFiles';

export interface SchemaLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

const SOURCE_PREFIX = 'podwright.schemas:';

/** A setting entry as absolute paths: `~/…` from home, absolute as is, relative in each workspace folder. */
export function resolveSchemaPath(entry: string, workspaceFolders: readonly string[]): string[] {
  if (entry === '~' || entry.startsWith('~/')) return [join(homedir(), entry.slice(1))];
  if (isAbsolute(entry)) return [resolve(entry)];
  return workspaceFolders.map((folder) => resolve(folder, entry));
}

export class SchemaSettings {
  private entries: readonly string[] = [];
  private folders: readonly string[] = [];
  /** Absolute roots (files or folders) the entries stand for, to tell whether a changed file matters. */
  private roots: string[] = [];
  private readonly loaded = new Set<string>();

  constructor(
    private readonly service: PodLanguageService,
    private readonly log: SchemaLog,
  ) {}

  /** Takes the setting's value; true when it differs from before (then `reload` is due). */
  configure(value: unknown, workspaceFolders: readonly string[]): boolean {
    const entries = Array.isArray(value)
      ? value.filter((e): e is string => typeof e === 'string' && e.trim() !== '').map((e) => e.trim())
      : [];
    if (JSON.stringify([entries, workspaceFolders]) === JSON.stringify([this.entries, this.folders])) return false;
    this.entries = entries;
    this.folders = workspaceFolders;
    return true;
  }

  /** Whether a changed file (absolute path) is, or is inside, one of the configured schema paths. */
  covers(path: string): boolean {
    const target = resolve(path);
    return this.roots.some((root) => target === root || target.startsWith(root.endsWith(sep) ? root : root + sep));
  }

  /** Reads every configured file again and sets the service's sources to match. */
  reload(): void {
    const seen = new Set<string>();
    const roots: string[] = [];
    let files = 0;
    for (const entry of this.entries) {
      const candidates = resolveSchemaPath(entry, this.folders);
      if (candidates.length === 0) {
        this.log.warn(`podwright.schemas: "${entry}" is a relative path, but no workspace folder is open to resolve it against.`);
        continue;
      }
      roots.push(...candidates);
      // A relative entry may exist in one workspace folder of several: missing ones are not news then.
      const found = candidates.map((candidate) => ({ candidate, ...schemaFilesOf(candidate) }));
      const existing = found.filter(
        (f) => f.files.length > 0 || !f.problems.some((p) => p.path === f.candidate && /no such file/.test(p.message)),
      );
      if (existing.length === 0) {
        this.log.warn(`podwright.schemas: "${entry}" not found (looked for ${candidates.join(', ')}).`);
        continue;
      }
      for (const { problems, files: paths } of existing) {
        for (const problem of problems) this.log.warn(`podwright.schemas: ${problem.path}: ${problem.message}`);
        for (const file of paths) {
          const source = SOURCE_PREFIX + resolve(file);
          if (seen.has(source)) continue;
          seen.add(source);
          files++;
          this.loadFile(file, source);
        }
      }
    }
    this.roots = roots;
    for (const source of this.loaded) {
      if (!seen.has(source)) {
        this.service.customSchemas.delete(source);
        this.loaded.delete(source);
      }
    }
    if (this.entries.length > 0) {
      const kinds = new Set<string>();
      for (const source of this.loaded) for (const kind of this.kindsBySource.get(source) ?? []) kinds.add(kind);
      this.log.info(
        `podwright.schemas: ${kinds.size} custom kind${kinds.size === 1 ? '' : 's'} from ${files} file${files === 1 ? '' : 's'}.`,
      );
    }
  }

  private readonly kindsBySource = new Map<string, readonly string[]>();

  private loadFile(file: string, source: string): void {
    const read = readSchemaFile(file);
    if (!read.ok) {
      const kept = this.loaded.has(source) ? '; keeping the schemas it had before' : '';
      this.log.error(`podwright.schemas: cannot load ${file}: ${read.message}${kept}.`);
      return;
    }
    const result = this.service.customSchemas.set(source, read.documents);
    this.loaded.add(source);
    this.kindsBySource.set(
      source,
      result.kinds.map((k) => `${k.apiVersion}/${k.kind}`),
    );
    for (const problem of result.problems) {
      const where = read.documents.length > 1 ? `document ${problem.document + 1}, ` : '';
      this.log.warn(`podwright.schemas: ${file}: ${where}${problem.at === '' ? '' : `${problem.at}: `}${problem.message}`);
    }
  }
}
