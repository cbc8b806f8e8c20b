// Kubernetes name formats (DNS-1123 labels and subdomains, IANA service names), with problems
// phrased for people who have never heard of RFC 1123, and conversions used by quick fixes.

export const DNS1123_LABEL_MAX = 63;
export const DNS1123_SUBDOMAIN_MAX = 253;
export const IANA_SVC_NAME_MAX = 15;

const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

function quoteChar(ch: string): string {
  return ch === ' ' ? 'a space' : `'${ch}'`;
}

/** Names the first characters outside `allowed`, explaining upper case separately. */
function characterProblem(name: string, allowed: RegExp, allowedText: string): string | undefined {
  const bad = [...name].filter((ch) => !allowed.test(ch));
  if (bad.length === 0) return undefined;
  const isUpper = (ch: string): boolean => ch !== ch.toLowerCase() && allowed.test(ch.toLowerCase());
  const others = [...new Set(bad.filter((ch) => !isUpper(ch)))];
  if (others.length === 0) return `it has upper-case letters; names must be all lower case (${allowedText})`;
  const shown = others.slice(0, 3).map(quoteChar).join(', ');
  const upper = bad.some(isUpper) ? ' and upper-case letters' : '';
  const verb = others.length > 1 || upper ? 'are' : 'is';
  return `it contains ${shown}${upper}, which ${verb} not allowed (${allowedText})`;
}

/** Why `name` is not a DNS-1123 label (container, volume and namespace names), or undefined. */
export function dns1123LabelProblem(name: string): string | undefined {
  if (name.length === 0) return 'it is empty';
  const chars = characterProblem(name, /[a-z0-9-]/, "use only lower-case letters, digits and '-'");
  if (chars) return chars;
  if (name.length > DNS1123_LABEL_MAX) return `it is ${name.length} characters long; the limit is ${DNS1123_LABEL_MAX}`;
  if (!LABEL.test(name)) return "it must start and end with a letter or digit, not '-'";
  return undefined;
}

/** Why `name` is not a DNS-1123 subdomain (most object names), or undefined. */
export function dns1123SubdomainProblem(name: string): string | undefined {
  if (name.length === 0) return 'it is empty';
  const chars = characterProblem(name, /[a-z0-9.-]/, "use only lower-case letters, digits, '-' and '.'");
  if (chars) return chars;
  if (name.length > DNS1123_SUBDOMAIN_MAX) return `it is ${name.length} characters long; the limit is ${DNS1123_SUBDOMAIN_MAX}`;
  for (const part of name.split('.')) {
    if (part.length === 0) return "it has an empty part between dots, or starts or ends with '.'";
    if (!LABEL.test(part)) return "each dot-separated part must start and end with a letter or digit, not '-'";
  }
  return undefined;
}

/** Why `name` is not an IANA service name (container port names), or undefined. */
export function ianaSvcNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'it is empty';
  const chars = characterProblem(name, /[a-z0-9-]/, "use only lower-case letters, digits and '-'");
  if (chars) return chars;
  if (name.length > IANA_SVC_NAME_MAX) return `it is ${name.length} characters long; port names may have at most ${IANA_SVC_NAME_MAX}`;
  if (!/[a-z]/.test(name)) return 'it must contain at least one letter (a port name of digits only would look like a port number)';
  if (name.startsWith('-') || name.endsWith('-')) return "it must not start or end with '-'";
  if (name.includes('--')) return "it must not contain '--'";
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
