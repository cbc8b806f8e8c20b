// What masking a Helm template (helm/mask.ts) records about its actions: the shapes a parsed
// document keeps, so the document model needs nothing of the Helm reading itself.
export type ActionKind = 'control' | 'insertion' | 'value';

export interface TemplateAction {
  /** Offsets [start, end) of `{{ … }}` in the text. */
  readonly start: number;
  readonly end: number;
  readonly kind: ActionKind;
  /** For insertions: the column the inserted lines start at. */
  readonly indent?: number;
}

export interface MaskedTemplate {
  readonly text: string;
  readonly actions: readonly TemplateAction[];
  /** An `else` branch: both branches are in the masked text, so a key may appear twice legitimately. */
  readonly branches: boolean;
}
