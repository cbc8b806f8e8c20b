// The custom schemas a language service knows, by source (a workspace file, a schema file, a
// cluster's OpenAPI document): each source's documents are converted and laid over the built-in
// model, so custom resources of those kinds are typed like built-in ones.
import type { Language } from './settings';
import { invalidCrdSchemaMessages } from './validation/messages/invalidCrdSchema';
import type { TypeModel } from './schema/model';
import { formatPath, type PathSegment } from './schema/resolvePath';
import {
  convertSchemaDocuments,
  OBJECT_META,
  type ConvertedSchemas,
  type ConvertOptions,
  type StandardFields,
} from './schema/custom/convert';

export interface CustomSchemaProblem {
  /** Index, among the documents handed to `set`, of the one with the problem. */
  readonly document: number;
  /** Where in that document (`spec.versions[0].schema.openAPIV3Schema.properties.size.type`). */
  readonly path: readonly PathSegment[];
  /** The same, as text; '' for the document itself. */
  readonly at: string;
  /** In the service's language (`settings.language`). */
  readonly message: string;
}

export interface CustomSchemaResult {
  /** The kinds the source defines (each served version of each CRD). */
  readonly kinds: readonly { readonly apiVersion: string; readonly kind: string }[];
  readonly problems: readonly CustomSchemaProblem[];
  /** How many documents were CRDs, CRD lists or OpenAPI documents; the others were skipped. */
  readonly recognized: number;
}

export interface CustomSchemas {
  /**
   * Sets (replaces) what one source defines. `documents` are parsed YAML/JSON values: CRDs
   * (`apiextensions.k8s.io/v1`), lists of them, OpenAPI v3 documents with `components.schemas`
   * (`x-kubernetes-group-version-kind` marks the kinds); anything else is skipped. Never throws.
   * Setting an empty list (or documents with no kinds) leaves the source with no kinds.
   */
  set(sourceId: string, documents: readonly unknown[]): CustomSchemaResult;
  /** Forgets a source; false when it was not set. */
  delete(sourceId: string): boolean;
  /** The sources set, oldest first (when two define the same kind, the oldest wins). */
  readonly sources: readonly string[];
}

const STANDARD_SOURCE = 'io.k8s.api.core.v1.ConfigMap';

export function standardFieldsOf(model: TypeModel): StandardFields {
  const apiVersion = model.field(STANDARD_SOURCE, 'apiVersion')?.def;
  const kind = model.field(STANDARD_SOURCE, 'kind')?.def;
  const metadata = model.field(STANDARD_SOURCE, 'metadata')?.def;
  return { ...(apiVersion ? { apiVersion } : {}), ...(kind ? { kind } : {}), ...(metadata ? { metadata } : {}) };
}

/** Options for converting schemas against this model (built-in types win over copies in the schema). */
export function convertOptions(model: TypeModel, idPrefix: string): ConvertOptions {
  return {
    idPrefix,
    builtInType: (id) => id === OBJECT_META || (id.startsWith('io.k8s.') && model.type(id) !== undefined),
    standardFields: standardFieldsOf(model),
  };
}

export function createCustomSchemas(model: TypeModel, language: () => Language): CustomSchemas {
  const serials = new Map<string, number>();
  const fingerprints = new Map<string, string>();
  let nextSerial = 0;
  return {
    set(sourceId, documents) {
      let serial = serials.get(sourceId);
      if (serial === undefined) serials.set(sourceId, (serial = nextSerial++));
      let converted: ConvertedSchemas;
      try {
        converted = convertSchemaDocuments(documents, convertOptions(model, `${serial}.`));
      } catch {
        // The converter does not throw on any input; should it ever, the source defines nothing.
        converted = { kinds: [], types: {}, problems: [], recognized: 0 };
      }
      const fingerprint = JSON.stringify([converted.kinds, converted.types]);
      // The same schemas again (a re-read file, a settings change): nothing to re-check.
      if (fingerprints.get(sourceId) !== fingerprint) {
        fingerprints.set(sourceId, fingerprint);
        model.setCustom(sourceId, { kinds: converted.kinds, types: converted.types });
      }
      const say = invalidCrdSchemaMessages[language()];
      return {
        kinds: converted.kinds.map((k) => ({ apiVersion: k.apiVersion, kind: k.kind })),
        problems: converted.problems.map((p) => ({
          document: p.document,
          path: p.path,
          at: formatPath(p.path),
          message: say.problem(p.problem),
        })),
        recognized: converted.recognized,
      };
    },
    delete(sourceId) {
      fingerprints.delete(sourceId);
      return model.deleteCustom(sourceId);
    },
    get sources() {
      return model.customSourceIds;
    },
  };
}
