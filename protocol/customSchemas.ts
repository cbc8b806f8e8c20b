// Podwright's own LSP notifications for custom resource schemas that a client found itself (the VS
// Code extension: the OpenAPI v3 documents of a cluster's custom group versions) and hands to the
// language server. No dependencies: the client and the server import it (protocol/index.ts).

/** Sets (replaces) what one source defines: CRDs or OpenAPI v3 documents, as parsed JSON values. */
export const SET_CUSTOM_SCHEMAS_METHOD = 'podwright/customSchemas';

/** Forgets one source, or every source the client set whose id starts with `prefix`. */
export const REMOVE_CUSTOM_SCHEMAS_METHOD = 'podwright/removeCustomSchemas';

export interface SetCustomSchemasParams {
  /** Names the source; cluster schemas use `cluster:<context>/<group>/<version>`. */
  readonly sourceId: string;
  readonly documents: readonly unknown[];
}

/** One of the two: a source, or a prefix (`cluster:` forgets every cluster's schemas). */
export interface RemoveCustomSchemasParams {
  readonly sourceId?: string;
  readonly prefix?: string;
}
