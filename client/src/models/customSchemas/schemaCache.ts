// The custom resource schemas read from clusters, kept on disk (the extension's global storage) so
// they keep working offline and after a restart. One folder per kubeconfig context, named from the
// context (a readable part and a hash, since context names may hold any character), holding one
// JSON file per group version and `index.json` (context, server, fetch time, the files and their
// hashes). The index is written last, so a half-written cache is never read as whole. Reading never
// throws: an unreadable or corrupt file is skipped, and the problems come back as sentences.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const CACHE_FORMAT = 1;
export const INDEX_FILE = 'index.json';

export interface CachedGroupVersion {
  /** `example.com/v1` */
  readonly groupVersion: string;
  /** The document's hash from the cluster's discovery, when it gave one. */
  readonly hash: string | undefined;
  readonly document: unknown;
}

export interface CachedSchemas {
  readonly context: string;
  /** The API server the schemas came from. */
  readonly server: string;
  /** When they were fetched (ISO 8601). */
  readonly fetchedAt: string;
  readonly groupVersions: readonly CachedGroupVersion[];
}

export interface CacheRead {
  /** Undefined when nothing (usable) is cached for the context. */
  readonly schemas: CachedSchemas | undefined;
  /** What was skipped and why, one sentence each. */
  readonly problems: readonly string[];
}

interface IndexEntry {
  readonly groupVersion: string;
  readonly hash?: string;
  readonly file: string;
}

interface IndexFile {
  readonly format: number;
  readonly context: string;
  readonly server: string;
  readonly fetchedAt: string;
  readonly groupVersions: readonly IndexEntry[];
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A folder name for a context: its safe characters (at most 40) and 16 hex digits of its hash. */
export function contextFolderName(context: string): string {
  const readable = context
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._]+/, '')
    .slice(0, 40);
  return `${readable === '' ? 'context' : readable}-${sha256(context).slice(0, 16)}`;
}

/** A file name for a group version: `example.com_v1.json`, with a hash when the name had to change. */
export function groupVersionFileName(groupVersion: string): string {
  const plain = groupVersion.replace('/', '_');
  if (/^[A-Za-z0-9][A-Za-z0-9._-]{0,150}$/.test(plain) && `${plain}.json` !== INDEX_FILE) return `${plain}.json`;
  return `${plain
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._]+/, '')
    .slice(0, 80)}-${sha256(groupVersion).slice(0, 16)}.json`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function indexProblem(index: unknown, context: string): string | undefined {
  if (!isRecord(index)) return 'it is not a JSON object';
  if (index.format !== CACHE_FORMAT) return `its format is ${JSON.stringify(index.format)}, not ${CACHE_FORMAT}`;
  if (index.context !== context) return `it is for context ${JSON.stringify(index.context)}`;
  if (typeof index.server !== 'string' || typeof index.fetchedAt !== 'string' || Number.isNaN(Date.parse(index.fetchedAt)))
    return 'its server or fetch time is missing';
  if (!Array.isArray(index.groupVersions)) return 'it lists no group versions';
  return undefined;
}

/** Writes a file whole or not at all (a temporary file renamed over it). */
async function writeWhole(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}

export class ClusterSchemaCache {
  /** @param root the folder that holds one folder per context (created on the first write) */
  constructor(readonly root: string) {}

  folderOf(context: string): string {
    return join(this.root, contextFolderName(context));
  }

  /** What is cached for a context; never throws. */
  async read(context: string): Promise<CacheRead> {
    const folder = this.folderOf(context);
    const indexPath = join(folder, INDEX_FILE);
    let text: string;
    try {
      text = await readFile(indexPath, 'utf8');
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return { schemas: undefined, problems: [] };
      return {
        schemas: undefined,
        problems: [`The schema cache of context "${context}" cannot be read (${indexPath}: ${message(error)}); it is ignored.`],
      };
    }
    let index: unknown;
    try {
      index = JSON.parse(text) as unknown;
    } catch (error) {
      return {
        schemas: undefined,
        problems: [`The schema cache of context "${context}" is corrupt (${indexPath}: ${message(error)}); it is ignored.`],
      };
    }
    const wrong = indexProblem(index, context);
    if (wrong !== undefined)
      return {
        schemas: undefined,
        problems: [`The schema cache of context "${context}" is not usable (${indexPath}: ${wrong}); it is ignored.`],
      };
    const valid = index as IndexFile;
    const problems: string[] = [];
    const groupVersions: CachedGroupVersion[] = [];
    for (const entry of valid.groupVersions as readonly unknown[]) {
      if (
        !isRecord(entry) ||
        typeof entry.groupVersion !== 'string' ||
        typeof entry.file !== 'string' ||
        entry.file !== groupVersionFileName(entry.groupVersion)
      ) {
        problems.push(`The schema cache of context "${context}" lists an unusable entry (${JSON.stringify(entry)}); it is ignored.`);
        continue;
      }
      const file = join(folder, entry.file);
      try {
        const document = JSON.parse(await readFile(file, 'utf8')) as unknown;
        if (!isRecord(document)) throw new Error('not a JSON object');
        groupVersions.push({ groupVersion: entry.groupVersion, hash: typeof entry.hash === 'string' ? entry.hash : undefined, document });
      } catch (error) {
        problems.push(
          `The cached schemas of ${entry.groupVersion} (context "${context}") are corrupt (${file}: ${message(error)}); they are ignored.`,
        );
      }
    }
    return { schemas: { context, server: valid.server, fetchedAt: valid.fetchedAt, groupVersions }, problems };
  }

  /** Replaces what is cached for the context; throws when the disk refuses. */
  async write(schemas: CachedSchemas): Promise<void> {
    const folder = this.folderOf(schemas.context);
    await mkdir(folder, { recursive: true });
    const entries: IndexEntry[] = [];
    for (const gv of schemas.groupVersions) {
      const file = groupVersionFileName(gv.groupVersion);
      await writeWhole(join(folder, file), JSON.stringify(gv.document));
      entries.push({ groupVersion: gv.groupVersion, ...(gv.hash !== undefined ? { hash: gv.hash } : {}), file });
    }
    const index: IndexFile = {
      format: CACHE_FORMAT,
      context: schemas.context,
      server: schemas.server,
      fetchedAt: schemas.fetchedAt,
      groupVersions: entries,
    };
    await writeWhole(join(folder, INDEX_FILE), `${JSON.stringify(index, undefined, 2)}\n`);
    // Group versions the cluster no longer serves.
    const kept = new Set([INDEX_FILE, ...entries.map((e) => e.file)]);
    for (const name of await readdir(folder).catch(() => [] as string[])) {
      if (!kept.has(name) && name.endsWith('.json')) await rm(join(folder, name), { force: true }).catch(() => undefined);
    }
  }

  /** Forgets what is cached for the context. */
  async remove(context: string): Promise<void> {
    await rm(this.folderOf(context), { recursive: true, force: true });
  }
}
