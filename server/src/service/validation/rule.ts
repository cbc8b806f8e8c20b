// The contract every rule family implements, and the context it reports through.
import type { Node } from 'yaml';
import type { Diagnostic, DiagnosticRelatedInformation, Range } from 'vscode-languageserver-types';
import type { LineIndex } from '../document/lineIndex';
import type { ManifestDocument } from '../document/manifest';
import type { DocumentKind } from '../schema/kinds';
import type { TypeModel } from '../schema/model';
import type { ServiceSettings } from '../settings';

export type RuleSeverity = 'error' | 'warning' | 'information' | 'hint';

export interface Finding {
  readonly code: string;
  readonly severity: RuleSeverity;
  /** File offsets of the text at fault: the key or value, never the whole document. */
  readonly start: number;
  readonly end: number;
  readonly message: string;
  /** Related places, e.g. the earlier duplicate: offsets in this document, or a place in another file. */
  readonly related?: readonly RelatedPlace[];
  /** Quick fixes, computed by the rule that knows the mistake. */
  readonly fixes?: readonly Fix[];
}

export type RelatedPlace =
  | { readonly start: number; readonly end: number; readonly message: string }
  | { readonly uri: string; readonly range: Range; readonly message: string };

/** A quick fix as text replacements; offsets are those the rule reported in (chunk-relative). */
export interface Fix {
  readonly title: string;
  readonly edits: readonly { start: number; end: number; newText: string }[];
  readonly preferred?: boolean;
}

export interface RuleContext {
  readonly model: TypeModel;
  readonly document: ManifestDocument;
  /** Undefined for documents of kinds we do not model. */
  readonly kind: DocumentKind | undefined;
  readonly settings: ServiceSettings;
  report(finding: Finding): void;
  /** File offsets [start, end) of a node (its value range, without trailing comments). */
  rangeOf(node: Node): [number, number];
}

export interface Rule {
  /** The codes this rule family can report. */
  readonly codes: readonly string[];
  /** True when the rule also runs on documents of unmodelled kinds (YAML syntax rules). */
  readonly anyDocument?: boolean;
  /** True when the rule reads the document's whole text (YAML syntax), not the object it holds. */
  readonly wholeText?: boolean;
  check(context: RuleContext): void;
}

export type { Diagnostic, DiagnosticRelatedInformation, LineIndex };
