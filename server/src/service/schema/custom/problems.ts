// What can be wrong in a custom resource schema, as data: the words are in
// validation/messages/invalidCrdSchema.ts, so the CLI, the server's log and the diagnostic on the
// CRD document say the same thing in the user's language.
import type { PathSegment } from '../resolvePath';

export type SchemaProblemKind =
  /** A schema that is not a map (`properties: {replicas: 3}`). */
  | { readonly kind: 'notASchema' }
  /** `type:` that is not one of OpenAPI's JSON types. */
  | { readonly kind: 'badType'; readonly value: string; readonly suggestion?: string }
  /** The top of a custom resource's schema must be `type: object`. */
  | { readonly kind: 'rootNotObject'; readonly value?: string }
  /** A `$ref` to nothing in the document (or to another document, which cannot be followed). */
  | { readonly kind: 'danglingRef'; readonly ref: string }
  /** A `$ref` that leads back to itself without passing through an object's properties. */
  | { readonly kind: 'cyclicRef'; readonly ref: string }
  /** A `$ref` inside a CustomResourceDefinition: the API server rejects any. */
  | { readonly kind: 'refInCrd'; readonly ref: string }
  /** A served version without `schema.openAPIV3Schema`. */
  | { readonly kind: 'missingSchema'; readonly version: string }
  /** Nesting deeper than any real schema (usually YAML aliases that refer to themselves). */
  | { readonly kind: 'tooDeep' };

export interface SchemaProblem {
  /** Index of the document (of those handed over together) that has the problem. */
  readonly document: number;
  /** Path inside that document of the offending key (`spec.versions[0].schema.openAPIV3Schema.properties.spec.type`). */
  readonly path: readonly PathSegment[];
  readonly problem: SchemaProblemKind;
}
