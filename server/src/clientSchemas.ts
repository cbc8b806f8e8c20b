// Custom resource schemas the client sends (`podwright/customSchemas`, `podwright/removeCustomSchemas`):
// each becomes a source of the service's custom schemas. The client manages only its own sources, so
// a notification cannot replace or remove what the workspace files or `podwright.schemas` defined.
// Malformed parameters are logged and ignored.
import type { RemoveCustomSchemasParams, SetCustomSchemasParams } from '../../protocol/index';
import type { SchemaLog } from './schemaSettings';
import type { PodLanguageService } from './service/index';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class ClientSchemas {
  private readonly sources = new Set<string>();

  constructor(
    private readonly service: PodLanguageService,
    private readonly log: SchemaLog,
  ) {}

  /** The sources the client set, oldest first. */
  get sourceIds(): string[] {
    return [...this.sources];
  }

  /** Handles `podwright/customSchemas`; true when the service's schemas may have changed. */
  set(params: unknown): boolean {
    const { sourceId, documents } = (isRecord(params) ? params : {}) as Partial<Record<keyof SetCustomSchemasParams, unknown>>;
    if (typeof sourceId !== 'string' || sourceId === '' || !Array.isArray(documents)) {
      this.log.warn('podwright/customSchemas: ignored: the parameters need a non-empty "sourceId" and a "documents" array.');
      return false;
    }
    if (!this.sources.has(sourceId) && this.service.customSchemas.sources.includes(sourceId)) {
      this.log.warn(`podwright/customSchemas: ignored: "${sourceId}" is a source of the workspace or settings, not of the client.`);
      return false;
    }
    const result = this.service.customSchemas.set(sourceId, documents as unknown[]);
    this.sources.add(sourceId);
    const count = result.kinds.length;
    this.log.info(
      `podwright/customSchemas: ${sourceId}: ${count} custom kind${count === 1 ? '' : 's'}${result.recognized < documents.length ? ` (${documents.length - result.recognized} of ${documents.length} documents not CRDs or OpenAPI documents)` : ''}.`,
    );
    for (const problem of result.problems) {
      this.log.warn(`podwright/customSchemas: ${sourceId}: ${problem.at === '' ? '' : `${problem.at}: `}${problem.message}`);
    }
    return true;
  }

  /** Handles `podwright/removeCustomSchemas`; true when a source was removed. */
  remove(params: unknown): boolean {
    const { sourceId, prefix } = (isRecord(params) ? params : {}) as Partial<Record<keyof RemoveCustomSchemasParams, unknown>>;
    let doomed: string[];
    if (typeof sourceId === 'string') doomed = this.sources.has(sourceId) ? [sourceId] : [];
    else if (typeof prefix === 'string') doomed = [...this.sources].filter((id) => id.startsWith(prefix));
    else {
      this.log.warn('podwright/removeCustomSchemas: ignored: the parameters need a "sourceId" or a "prefix".');
      return false;
    }
    for (const id of doomed) {
      this.service.customSchemas.delete(id);
      this.sources.delete(id);
    }
    if (doomed.length > 0)
      this.log.info(`podwright/removeCustomSchemas: removed ${doomed.length} source${doomed.length === 1 ? '' : 's'}.`);
    return doomed.length > 0;
  }
}
