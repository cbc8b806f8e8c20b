// Kubernetes name formats (DNS-1123 labels and subdomains, IANA service names): what is wrong with a
// name, as data that the messages word for people who have never heard of RFC 1123, and
// conversions used by quick fixes.

export const DNS1123_LABEL_MAX = 63;
export const DNS1123_SUBDOMAIN_MAX = 253;
export const IANA_SVC_NAME_MAX = 15;

const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Which characters a name format allows, for "use only …" advice. */
export type NameAlphabet = 'label' | 'subdomain';

/** Why a name is not valid, as data: messages/invalidName.ts words it in each language. */
export type NameIssue =
  | { readonly kind: 'empty' }
  | { readonly kind: 'upperCase'; readonly alphabet: NameAlphabet }
  /** Up to three distinct offending characters, and whether upper-case letters are wrong too. */
  | { readonly kind: 'characters'; readonly characters: readonly string[]; readonly alsoUpperCase: boolean; readonly alphabet: NameAlphabet }
  | { readonly kind: 'tooLong'; readonly length: number; readonly max: number }
  | { readonly kind: 'portNameTooLong'; readonly length: number; readonly max: number }
  | { readonly kind: 'dashAtEdge' }
  | { readonly kind: 'emptyDotPart' }
  | { readonly kind: 'dotPartDashAtEdge' }
  | { readonly kind: 'noLetter' }
  | { readonly kind: 'portNameDashAtEdge' }
  | { readonly kind: 'doubleDash' };

/** Names the first characters outside `allowed`, explaining upper case separately. */
function characterIssue(name: string, allowed: RegExp, alphabet: NameAlphabet): NameIssue | undefined {
  const bad = [...name].filter((ch) => !allowed.test(ch));
  if (bad.length === 0) return undefined;
  const isUpper = (ch: string): boolean => ch !== ch.toLowerCase() && allowed.test(ch.toLowerCase());
  const others = [...new Set(bad.filter((ch) => !isUpper(ch)))];
  if (others.length === 0) return { kind: 'upperCase', alphabet };
  return { kind: 'characters', characters: others.slice(0, 3), alsoUpperCase: bad.some(isUpper), alphabet };
}

/** Why `name` is not a DNS-1123 label (container, volume and namespace names), or undefined. */
export function dns1123LabelIssue(name: string): NameIssue | undefined {
  if (name.length === 0) return { kind: 'empty' };
  const chars = characterIssue(name, /[a-z0-9-]/, 'label');
  if (chars) return chars;
  if (name.length > DNS1123_LABEL_MAX) return { kind: 'tooLong', length: name.length, max: DNS1123_LABEL_MAX };
  if (!LABEL.test(name)) return { kind: 'dashAtEdge' };
  return undefined;
}

/** Why `name` is not a DNS-1123 subdomain (most object names), or undefined. */
export function dns1123SubdomainIssue(name: string): NameIssue | undefined {
  if (name.length === 0) return { kind: 'empty' };
  const chars = characterIssue(name, /[a-z0-9.-]/, 'subdomain');
  if (chars) return chars;
  if (name.length > DNS1123_SUBDOMAIN_MAX) return { kind: 'tooLong', length: name.length, max: DNS1123_SUBDOMAIN_MAX };
  for (const part of name.split('.')) {
    if (part.length === 0) return { kind: 'emptyDotPart' };
    if (!LABEL.test(part)) return { kind: 'dotPartDashAtEdge' };
  }
  return undefined;
}

/** Why `name` is not an IANA service name (container port names), or undefined. */
export function ianaSvcNameIssue(name: string): NameIssue | undefined {
  if (name.length === 0) return { kind: 'empty' };
  const chars = characterIssue(name, /[a-z0-9-]/, 'label');
  if (chars) return chars;
  if (name.length > IANA_SVC_NAME_MAX) return { kind: 'portNameTooLong', length: name.length, max: IANA_SVC_NAME_MAX };
  if (!/[a-z]/.test(name)) return { kind: 'noLetter' };
  if (name.startsWith('-') || name.endsWith('-')) return { kind: 'portNameDashAtEdge' };
  if (name.includes('--')) return { kind: 'doubleDash' };
  return undefined;
}

function trimDashes(text: string): string {
  return text.replace(/^-+/, '').replace(/-+$/, '');
}

/**
 * The nearest valid DNS-1123 label: lower case, other characters turned into '-', at most 63
 * characters (`spring-container:latest` → `spring-container-latest`, `MyApp` → `myapp`).
 * Empty when nothing usable is left (a name of only symbols or non-Latin letters).
 */
export function toDns1123Label(name: string): string {
  const replaced = name.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  return trimDashes(trimDashes(replaced).slice(0, DNS1123_LABEL_MAX));
}

/** The nearest valid DNS-1123 subdomain; empty when nothing usable is left. */
export function toDns1123Subdomain(name: string): string {
  const parts = name
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .split('.')
    .map((part) => trimDashes(part).slice(0, DNS1123_LABEL_MAX))
    .map(trimDashes)
    .filter((part) => part.length > 0);
  return parts.join('.').slice(0, DNS1123_SUBDOMAIN_MAX).replace(/[.-]+$/, '');
}

/** The nearest valid IANA service name, or undefined when it would have no letter. */
export function toIanaSvcName(name: string): string | undefined {
  const collapsed = name.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/-{2,}/g, '-');
  const result = trimDashes(trimDashes(collapsed).slice(0, IANA_SVC_NAME_MAX));
  return /[a-z]/.test(result) ? result : undefined;
}
