// Which kubeconfig contexts get a dry run on save: those matching a `podwright.dryRunOnSave`
// pattern. A protected context (`podwright.protectedContexts`) counts only when a pattern names it
// exactly, never through a wildcard: saving a file should not reach production unless asked by name.

/** `*` any run of characters, `?` one; case ignored (context names are not paths). */
export type ContextMatcher = (contextName: string, patterns: readonly unknown[]) => string | undefined;

export function dryRunPatternFor(
  contextName: string,
  dryRunPatterns: readonly unknown[],
  protectedPatterns: readonly unknown[],
  match: ContextMatcher,
): string | undefined {
  const named = dryRunPatterns.find((p) => typeof p === 'string' && p.trim().toLowerCase() === contextName.toLowerCase());
  if (typeof named === 'string') return named;
  if (match(contextName, protectedPatterns) !== undefined) return undefined;
  return match(contextName, dryRunPatterns);
}
