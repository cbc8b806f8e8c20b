// Which clusters' custom resource schemas the language server has: those of Podwright's current
// context only. When the context is set (activation, a switch, an edited kubeconfig) the server gets
// that context's schemas from the disk cache — no request goes to any cluster — and loses the
// previous context's; after a load from the cluster, the new documents are cached and sent.
// Sources are named `cluster:<context>/<group>/<version>` (the context URI-encoded, so a `/` in an
// EKS context name cannot blur the prefix). Operations run one at a time, in call order.
import { customKindsOf, type CustomSchemaLoad } from '../../cluster/openApiSchemas';
import type { CachedGroupVersion, ClusterSchemaCache } from './schemaCache';

export const CLUSTER_SOURCE_PREFIX = 'cluster:';

/** The prefix of every source of one context: `cluster:<context>/`. */
export function clusterSourcePrefix(context: string): string {
  return `${CLUSTER_SOURCE_PREFIX}${encodeURIComponent(context)}/`;
}

/** `cluster:<context>/<group>/<version>` */
export function clusterSourceId(context: string, groupVersion: string): string {
  return `${clusterSourcePrefix(context)}${groupVersion}`;
}

/** Where the schemas go: the language server (which keeps them across its own restarts). */
export interface SchemaSink {
  setCustomSchemas(sourceId: string, documents: readonly unknown[]): Promise<void>;
  removeCustomSchemas(params: { readonly sourceId: string } | { readonly prefix: string }): Promise<void>;
}

export interface FeedLog {
  info(message: string): void;
  warn(message: string): void;
}

export interface StoreResult {
  /** Custom kinds defined by the documents now in use (lists of a kind not counted). */
  readonly kinds: number;
  readonly groupVersions: number;
  /** Group versions that could not be read, whose earlier cached schemas are kept. */
  readonly keptFromCache: readonly string[];
  /** False when Podwright moved to another context meanwhile: the schemas were only cached. */
  readonly applied: boolean;
  /** Why they could not be cached, when they could not. */
  readonly cacheError: string | undefined;
}

/** Custom kinds (without list kinds) that these documents define, counted once each. */
export function countCustomKinds(documents: readonly unknown[]): number {
  const kinds = new Set<string>();
  for (const document of documents) for (const k of customKindsOf(document)) kinds.add(`${k.group}/${k.version}/${k.kind}`);
  return kinds.size;
}

export class ClusterSchemaFeed {
  private current: string | undefined;
  private sent = new Set<string>();
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly cache: ClusterSchemaCache,
    private readonly sink: SchemaSink,
    private readonly log: FeedLog,
  ) {}

  /** The context whose schemas the server has (or is given next). */
  get context(): string | undefined {
    return this.current;
  }

  /** The sources sent for it. */
  get sourceIds(): string[] {
    return [...this.sent];
  }

  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const run = this.chain.then(work, work);
    this.chain = run.catch(() => undefined);
    return run;
  }

  /**
   * Podwright's context is now `context`: the server gets its cached schemas and loses the previous
   * context's. Reads the disk only. Resolves to the number of group versions sent.
   */
  useContext(context: string | undefined): Promise<number> {
    return this.serialized(async () => {
      if (context === this.current) return this.sent.size;
      if (this.current !== undefined && this.sent.size > 0)
        await this.sink.removeCustomSchemas({ prefix: clusterSourcePrefix(this.current) });
      this.current = context;
      this.sent = new Set();
      if (context === undefined) return 0;
      const read = await this.cache.read(context);
      for (const problem of read.problems) this.log.warn(problem);
      if (!read.schemas) return 0;
      await this.send(context, read.schemas.groupVersions);
      this.log.info(
        `custom resource schemas of context "${context}" from the cache (read from ${read.schemas.server} at ${read.schemas.fetchedAt}): ${read.schemas.groupVersions.length} group version(s), ${countCustomKinds(read.schemas.groupVersions.map((gv) => gv.document))} kind(s)`,
      );
      return read.schemas.groupVersions.length;
    });
  }

  /** The cached documents of a context by group version and hash (for `customResourceSchemas({ reuse })`). */
  async reusable(context: string): Promise<(groupVersion: string, hash: string) => unknown> {
    const read = await this.cache.read(context);
    const byGroupVersion = new Map((read.schemas?.groupVersions ?? []).map((gv) => [gv.groupVersion, gv]));
    return (groupVersion, hash) => {
      const cached = byGroupVersion.get(groupVersion);
      return cached?.hash === hash ? cached.document : undefined;
    };
  }

  /**
   * A load from the cluster of `context`: cached, and sent to the server when it is still Podwright's
   * context. Group versions that failed keep what the cache had for them.
   */
  stored(context: string, server: string, load: CustomSchemaLoad, fetchedAt: Date): Promise<StoreResult> {
    return this.serialized(async () => {
      const previous = await this.cache.read(context);
      const earlier = new Map((previous.schemas?.groupVersions ?? []).map((gv) => [gv.groupVersion, gv]));
      const groupVersions: CachedGroupVersion[] = load.documents.map((d) => ({
        groupVersion: d.groupVersion,
        hash: d.hash,
        document: d.document,
      }));
      const keptFromCache: string[] = [];
      for (const failure of load.failures) {
        const kept = earlier.get(failure.groupVersion);
        if (!kept) continue;
        groupVersions.push(kept);
        keptFromCache.push(failure.groupVersion);
      }
      let cacheError: string | undefined;
      try {
        await this.cache.write({ context, server, fetchedAt: fetchedAt.toISOString(), groupVersions });
      } catch (error) {
        cacheError = error instanceof Error ? error.message : String(error);
        this.log.warn(
          `could not cache the custom resource schemas of context "${context}" in ${this.cache.folderOf(context)}: ${cacheError}`,
        );
      }
      const applied = this.current === undefined || this.current === context;
      if (applied) {
        this.current = context;
        await this.send(context, groupVersions);
      }
      return {
        kinds: countCustomKinds(groupVersions.map((gv) => gv.document)),
        groupVersions: groupVersions.length,
        keptFromCache,
        applied,
        cacheError,
      };
    });
  }

  private async send(context: string, groupVersions: readonly CachedGroupVersion[]): Promise<void> {
    const ids = new Set(groupVersions.map((gv) => clusterSourceId(context, gv.groupVersion)));
    // Group versions gone from the cluster go first; the others are replaced in place (no moment without them).
    for (const id of this.sent) if (!ids.has(id)) await this.sink.removeCustomSchemas({ sourceId: id });
    for (const gv of groupVersions) await this.sink.setCustomSchemas(clusterSourceId(context, gv.groupVersion), [gv.document]);
    this.sent = ids;
  }
}
