// Container image references, following the distribution reference grammar the kubelet uses:
//   [registry[:port]/]path[:tag][@algorithm:hex]
// Problems are data (worded for learners in messages/images.ts) and carry a corrected reference
// when there is one clear fix.

export interface ImageReference {
  readonly registry?: string;
  readonly repository: string;
  readonly tag?: string;
  readonly digest?: string;
}

/** What is wrong with an image reference. */
export type ImageIssue =
  | { readonly kind: 'registryPort'; readonly registry: string; readonly port: string }
  | { readonly kind: 'registryHost'; readonly registry: string }
  | { readonly kind: 'emptyPathPart' }
  | { readonly kind: 'upperCaseRepository' }
  | { readonly kind: 'badPathPart'; readonly component: string }
  | { readonly kind: 'nameTooLong'; readonly length: number; readonly max: number }
  | { readonly kind: 'empty' }
  | { readonly kind: 'spacesInside' }
  | { readonly kind: 'spacesAround' }
  | { readonly kind: 'scheme'; readonly scheme: string }
  | { readonly kind: 'manyAt' }
  | { readonly kind: 'manyColons'; readonly count: number; /** Whether the name has a '/' at all. */ readonly slash: boolean }
  | { readonly kind: 'noRepository' }
  | { readonly kind: 'emptyTag' }
  | { readonly kind: 'badTag'; readonly tag: string }
  | { readonly kind: 'badDigest'; readonly digest: string };

export interface ImageProblem {
  ok: false;
  issue: ImageIssue;
  /** The corrected reference, when one clear fix exists. */
  suggestion?: string;
}

export type ImageParse = { ok: true; ref: ImageReference } | ImageProblem;

const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`);
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const NAME_MAX = 255;

function fail(issue: ImageIssue, suggestion?: string): ImageProblem {
  return suggestion !== undefined && suggestion !== '' ? { ok: false, issue, suggestion } : { ok: false, issue };
}

/** True when the first path component names a registry host rather than a Docker Hub user. */
function looksLikeRegistry(component: string): boolean {
  return component.includes('.') || component.includes(':') || component === 'localhost';
}

/** Parses without explanations; used to check that a suggestion is itself valid. */
function isValid(text: string): boolean {
  return parseImageReference(text).ok;
}

function checkName(name: string, full: string): ImageProblem | { ok: true; registry?: string; repository: string } {
  const components = name.split('/');
  let registry: string | undefined;
  if (components.length > 1 && looksLikeRegistry(components[0] ?? '')) {
    registry = components.shift();
    if (registry === undefined || !DOMAIN.test(registry)) {
      const port = /:(.*)$/.exec(registry ?? '')?.[1];
      if (port !== undefined && !/^\d+$/.test(port)) {
        return fail({ kind: 'registryPort', registry: registry ?? '', port });
      }
      return fail({ kind: 'registryHost', registry: registry ?? '' });
    }
  }
  if (components.some((c) => c.length === 0)) {
    const fixed = components.filter((c) => c.length > 0).join('/');
    return fail({ kind: 'emptyPathPart' }, candidate(full.replace(name, [registry, fixed].filter(Boolean).join('/'))));
  }
  for (const component of components) {
    if (PATH_COMPONENT.test(component)) continue;
    if (PATH_COMPONENT.test(component.toLowerCase())) {
      return fail(
        { kind: 'upperCaseRepository' },
        candidate(full.replace(name, [registry, ...components.map((c) => c.toLowerCase())].filter(Boolean).join('/'))),
      );
    }
    return fail({ kind: 'badPathPart', component });
  }
  const repository = components.join('/');
  if (name.length > NAME_MAX) return fail({ kind: 'nameTooLong', length: name.length, max: NAME_MAX });
  return registry !== undefined ? { ok: true, registry, repository } : { ok: true, repository };
}

function candidate(text: string): string | undefined {
  return isValid(text) ? text : undefined;
}

export function parseImageReference(text: string): ImageParse {
  if (text.trim().length === 0) return fail({ kind: 'empty' });
  if (/\s/.test(text)) {
    const trimmed = text.trim();
    return fail({ kind: /\s/.test(trimmed) ? 'spacesInside' : 'spacesAround' }, candidate(trimmed.replace(/\s+/g, '')));
  }
  const scheme = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.exec(text);
  if (scheme) return fail({ kind: 'scheme', scheme: scheme[0] }, candidate(text.slice(scheme[0].length)));
  const at = text.indexOf('@');
  if (at >= 0 && text.indexOf('@', at + 1) >= 0) return fail({ kind: 'manyAt' });
  const beforeDigest = at >= 0 ? text.slice(0, at) : text;
  const digest = at >= 0 ? text.slice(at + 1) : undefined;
  const lastSlash = beforeDigest.lastIndexOf('/');
  const lastPart = beforeDigest.slice(lastSlash + 1);
  const colons = lastPart.split(':').length - 1;
  if (colons > 1) {
    // `user:repo:tag`: the first colons were meant as '/' separators.
    const parts = lastPart.split(':');
    const tag = parts.pop() ?? '';
    const fixed = `${beforeDigest.slice(0, lastSlash + 1)}${parts.join('/')}:${tag}${digest !== undefined ? `@${digest}` : ''}`;
    return fail({ kind: 'manyColons', count: colons, slash: lastSlash >= 0 }, candidate(fixed));
  }
  const colon = colons === 1 ? lastSlash + 1 + lastPart.indexOf(':') : -1;
  const name = colon >= 0 ? beforeDigest.slice(0, colon) : beforeDigest;
  const tag = colon >= 0 ? beforeDigest.slice(colon + 1) : undefined;
  if (name.length === 0) return fail({ kind: 'noRepository' });
  const checked = checkName(name, text);
  if (!checked.ok) return checked;
  if (tag !== undefined) {
    if (tag.length === 0) return fail({ kind: 'emptyTag' }, candidate(text.replace(`${name}:`, name)));
    if (!TAG.test(tag)) return fail({ kind: 'badTag', tag });
  }
  if (digest !== undefined && !DIGEST.test(digest)) {
    return fail({ kind: 'badDigest', digest });
  }
  const ref: ImageReference = {
    ...(checked.registry !== undefined ? { registry: checked.registry } : {}),
    repository: checked.repository,
    ...(tag !== undefined ? { tag } : {}),
    ...(digest !== undefined ? { digest } : {}),
  };
  return { ok: true, ref };
}

/** The pull policy Kubernetes defaults to when `imagePullPolicy` is not set. */
export function impliedPullPolicy(ref: ImageReference): 'Always' | 'IfNotPresent' {
  if (ref.tag === 'latest') return 'Always';
  return ref.tag === undefined && ref.digest === undefined ? 'Always' : 'IfNotPresent';
}
