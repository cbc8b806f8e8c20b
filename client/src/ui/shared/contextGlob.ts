// Matching kubeconfig context names against `podwright.protectedContexts` patterns. Context names
// are not paths (`arn:aws:eks:eu-west-1:123:cluster/live`), so `*` matches any run of characters,
// `/` included, and the match ignores case: when in doubt, Podwright asks.

function patternToRegExp(pattern: string): RegExp {
  let source = '';
  for (const char of pattern) {
    if (char === '*') source += '.*';
    else if (char === '?') source += '.';
    else source += char.replace(/[.+^$(){}|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'i');
}

/** The first pattern that matches the context name, if any. */
export function protectingPattern(contextName: string, patterns: readonly unknown[]): string | undefined {
  for (const pattern of patterns) {
    if (typeof pattern !== 'string' || pattern.trim() === '') continue;
    if (patternToRegExp(pattern.trim()).test(contextName)) return pattern;
  }
  return undefined;
}
