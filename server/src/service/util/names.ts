// Kubernetes name formats (DNS-1123 labels and subdomains, DNS-1035 labels, path segments, IANA
// service names, label keys and values, ConfigMap keys): what is wrong with a name, as data that the
// messages word for people who have never heard of RFC 1123, and conversions used by quick fixes.

export const DNS1123_LABEL_MAX = 63;
export const DNS1123_SUBDOMAIN_MAX = 253;
export const IANA_SVC_NAME_MAX = 15;

const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Which characters a name format allows, for "use only …" advice. */
export type NameAlphabet = 'label' | 'subdomain' | 'pathSegment';

/** Why a name is not valid, as data: messages/invalidName.ts words it in each language. */
export type NameIssue =
  | { readonly kind: 'empty' }
  | { readonly kind: 'upperCase'; readonly alphabet: NameAlphabet }
  /** Up to three distinct offending characters, and whether upper-case letters are wrong too. */
  | {
      readonly kind: 'characters';
      readonly characters: readonly string[];
      readonly alsoUpperCase: boolean;
      readonly alphabet: NameAlphabet;
    }
  | { readonly kind: 'tooLong'; readonly length: number; readonly max: number }
  | { readonly kind: 'portNameTooLong'; readonly length: number; readonly max: number }
  | { readonly kind: 'dashAtEdge' }
  | { readonly kind: 'emptyDotPart' }
  | { readonly kind: 'dotPartDashAtEdge' }
  | { readonly kind: 'noLetter' }
  | { readonly kind: 'portNameDashAtEdge' }
  | { readonly kind: 'doubleDash' }
  /** A DNS-1035 label (Service names) starts with a letter, not a digit. */
  | { readonly kind: 'letterStart' }
  /** `.` and `..` cannot name anything that is addressed by URL path. */
  | { readonly kind: 'dotName' };

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

/** Why `name` is not a DNS-1035 label (Service names: a DNS-1123 label that starts with a letter), or undefined. */
export function dns1035LabelIssue(name: string): NameIssue | undefined {
  const issue = dns1123LabelIssue(name);
  if (issue) return issue;
  return /^[a-z]/.test(name) ? undefined : { kind: 'letterStart' };
}

/**
 * Why `name` cannot be a path segment, the least every object name must be (RBAC roles and
 * bindings, and kinds whose own rule we do not know): not `.` or `..`, no `/` or `%`.
 */
export function pathSegmentIssue(name: string): NameIssue | undefined {
  if (name.length === 0) return { kind: 'empty' };
  if (name === '.' || name === '..') return { kind: 'dotName' };
  const bad = [...new Set([...name].filter((ch) => ch === '/' || ch === '%'))];
  return bad.length > 0 ? { kind: 'characters', characters: bad, alsoUpperCase: false, alphabet: 'pathSegment' } : undefined;
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
  return parts
    .join('.')
    .slice(0, DNS1123_SUBDOMAIN_MAX)
    .replace(/[.-]+$/, '');
}

/** The nearest valid IANA service name, or undefined when it would have no letter. */
export function toIanaSvcName(name: string): string | undefined {
  const collapsed = name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-');
  const result = trimDashes(trimDashes(collapsed).slice(0, IANA_SVC_NAME_MAX));
  return /[a-z]/.test(result) ? result : undefined;
}

/** The nearest valid DNS-1035 label; empty when it would not start with a letter. */
export function toDns1035Label(name: string): string {
  const label = toDns1123Label(name);
  return /^[a-z]/.test(label) ? label : '';
}

/** The nearest valid path segment: `/` and `%` turned into '-'; empty for `.` and `..`. */
export function toPathSegment(name: string): string {
  const replaced = name.replace(/[/%]+/g, '-');
  return replaced === '.' || replaced === '..' ? '' : replaced;
}

// Label keys and values, annotation keys (k8s.io/apimachinery/pkg/util/validation IsQualifiedName,
// IsValidLabelValue) and ConfigMap/Secret keys (IsConfigMapKey).

export const QUALIFIED_NAME_MAX = 63;
export const LABEL_VALUE_MAX = 63;
export const CONFIG_MAP_KEY_MAX = 253;

const QUALIFIED_PART = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const QUALIFIED_CHAR = /[-A-Za-z0-9_.]/;
const CONFIG_MAP_KEY_CHAR = /[-._a-zA-Z0-9]/;

/** Why a label value or the name part of a key is not valid. */
export type LabelPartIssue =
  | { readonly kind: 'empty' }
  /** Up to three distinct characters outside letters, digits, '-', '_' and '.'. */
  | { readonly kind: 'characters'; readonly characters: readonly string[] }
  | { readonly kind: 'tooLong'; readonly length: number; readonly max: number }
  /** It must start and end with a letter or digit. */
  | { readonly kind: 'edge' };

/** Why a label or annotation key (`[prefix/]name`) is not valid. */
export type QualifiedNameIssue =
  | { readonly part: 'name'; readonly issue: LabelPartIssue }
  | { readonly part: 'prefix'; readonly prefix: string; readonly issue: NameIssue }
  | { readonly part: 'emptyPrefix' }
  | { readonly part: 'slashes' };

function distinctBad(text: string, allowed: RegExp): string[] {
  return [...new Set([...text].filter((ch) => !allowed.test(ch)))].slice(0, 3);
}

/** Go counts bytes, not characters. */
function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function labelPartIssue(text: string): LabelPartIssue | undefined {
  if (text.length === 0) return { kind: 'empty' };
  const characters = distinctBad(text, QUALIFIED_CHAR);
  if (characters.length > 0) return { kind: 'characters', characters };
  if (byteLength(text) > QUALIFIED_NAME_MAX) return { kind: 'tooLong', length: byteLength(text), max: QUALIFIED_NAME_MAX };
  return QUALIFIED_PART.test(text) ? undefined : { kind: 'edge' };
}

/**
 * Why `key` is not a label key (or, with `caseInsensitive`, an annotation key, which the API
 * server lower-cases before checking), or undefined.
 */
export function qualifiedNameIssue(key: string, caseInsensitive = false): QualifiedNameIssue | undefined {
  const parts = (caseInsensitive ? key.toLowerCase() : key).split('/');
  if (parts.length > 2) return { part: 'slashes' };
  if (parts.length === 2) {
    const prefix = parts[0] ?? '';
    if (prefix === '') return { part: 'emptyPrefix' };
    const issue = dns1123SubdomainIssue(prefix);
    if (issue) return { part: 'prefix', prefix: key.split('/')[0] ?? prefix, issue };
  }
  const issue = labelPartIssue(parts[parts.length - 1] ?? '');
  return issue ? { part: 'name', issue } : undefined;
}

/** Why `value` is not a label value (empty is allowed), or undefined. */
export function labelValueIssue(value: string): LabelPartIssue | undefined {
  return value === '' ? undefined : labelPartIssue(value);
}

/** The nearest valid label value or key name part; empty when nothing usable is left. */
export function toLabelValue(value: string): string {
  const trim = (text: string): string => text.replace(/^[-_.]+/, '').replace(/[-_.]+$/, '');
  return trim(trim(value.replace(/[^-A-Za-z0-9_.]+/g, '-')).slice(0, LABEL_VALUE_MAX));
}

/** The nearest valid label key; empty when nothing usable is left of its name part. */
export function toQualifiedName(key: string): string {
  const parts = key.split('/');
  const name = toLabelValue(parts.length > 1 ? parts.slice(1).join('-') : key);
  if (name === '') return '';
  const prefix = parts.length > 1 ? toDns1123Subdomain(parts[0] ?? '') : '';
  return prefix === '' ? name : `${prefix}/${name}`;
}

/** Why a ConfigMap or Secret key is not valid. */
export type ConfigMapKeyIssue =
  | { readonly kind: 'empty' }
  | { readonly kind: 'characters'; readonly characters: readonly string[] }
  | { readonly kind: 'tooLong'; readonly length: number; readonly max: number }
  /** `.` or `..`. */
  | { readonly kind: 'dotName' }
  /** Keys starting with `..` would clash with the files the kubelet keeps beside the mounted keys. */
  | { readonly kind: 'dotDotPrefix' };

/** Why `key` is not a ConfigMap or Secret key, or undefined. */
export function configMapKeyIssue(key: string): ConfigMapKeyIssue | undefined {
  if (key.length === 0) return { kind: 'empty' };
  const characters = distinctBad(key, CONFIG_MAP_KEY_CHAR);
  if (characters.length > 0) return { kind: 'characters', characters };
  if (key.length > CONFIG_MAP_KEY_MAX) return { kind: 'tooLong', length: key.length, max: CONFIG_MAP_KEY_MAX };
  if (key === '.' || key === '..') return { kind: 'dotName' };
  if (key.startsWith('..')) return { kind: 'dotDotPrefix' };
  return undefined;
}

/** The nearest valid ConfigMap key (`app config.yaml` → `app-config.yaml`); empty when none. */
export function toConfigMapKey(key: string): string {
  const replaced = key
    .replace(/[^-._a-zA-Z0-9]+/g, '-')
    .replace(/^\.{2,}/, '')
    .slice(0, CONFIG_MAP_KEY_MAX);
  const trimmed = replaced === key ? replaced : trimDashes(replaced);
  return trimmed === '.' || trimmed === '..' ? '' : trimmed;
}
