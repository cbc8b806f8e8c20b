// Container image references, following the distribution reference grammar the kubelet uses:
//   [registry[:port]/]path[:tag][@algorithm:hex]
// Problems are written for learners and carry a corrected reference when there is one clear fix.

export interface ImageReference {
  readonly registry?: string;
  readonly repository: string;
  readonly tag?: string;
  readonly digest?: string;
}

export interface ImageProblem {
  ok: false;
  problem: string;
  /** The corrected reference, when one clear fix exists. */
  suggestion?: string;
}

export type ImageParse = { ok: true; ref: ImageReference } | ImageProblem;

export const IMAGE_SHAPE = 'an image is written `[registry/]repository[:tag][@digest]`, for example `nginx:1.27` or `docker.io/alice/app:1.0`';

const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`);
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const NAME_MAX = 255;

function fail(problem: string, suggestion?: string): ImageProblem {
  const withShape = `${problem}; ${IMAGE_SHAPE}`;
  return suggestion !== undefined && suggestion !== '' ? { ok: false, problem: withShape, suggestion } : { ok: false, problem: withShape };
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
        return fail(`\`${registry ?? ''}\` is read as a registry host and port, but \`${port}\` is not a port number`);
      }
      return fail(`\`${registry ?? ''}\` is not a valid registry host name`);
    }
  }
  if (components.some((c) => c.length === 0)) {
    const fixed = components.filter((c) => c.length > 0).join('/');
    return fail("it has an empty part between '/' characters (or starts or ends with '/')", candidate(full.replace(name, [registry, fixed].filter(Boolean).join('/'))));
  }
  for (const component of components) {
    if (PATH_COMPONENT.test(component)) continue;
    if (PATH_COMPONENT.test(component.toLowerCase())) {
      return fail('repository names must be lower case', candidate(full.replace(name, [registry, ...components.map((c) => c.toLowerCase())].filter(Boolean).join('/'))));
    }
    return fail(`\`${component}\` is not a valid repository name part: use lower-case letters and digits, separated by '.', '_', '__' or '-'`);
  }
  const repository = components.join('/');
  if (name.length > NAME_MAX) return fail(`the name is ${name.length} characters long; the limit is ${NAME_MAX}`);
  return registry !== undefined ? { ok: true, registry, repository } : { ok: true, repository };
}

function candidate(text: string): string | undefined {
  return isValid(text) ? text : undefined;
}

export function parseImageReference(text: string): ImageParse {
  if (text.trim().length === 0) return fail('the image is empty');
  if (/\s/.test(text)) {
    const trimmed = text.trim();
    const problem = /\s/.test(trimmed) ? 'it contains spaces' : 'it has spaces before or after it';
    return fail(problem, candidate(trimmed.replace(/\s+/g, '')));
  }
  const scheme = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.exec(text);
  if (scheme) return fail(`it starts with \`${scheme[0]}\`; image references have no URL scheme`, candidate(text.slice(scheme[0].length)));
  const at = text.indexOf('@');
  if (at >= 0 && text.indexOf('@', at + 1) >= 0) return fail("it has more than one '@'; only the digest follows '@'");
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
    return fail(`it has ${colons} ':' after the last '/', but only the tag follows a ':' (a user or organisation is separated from the repository by '/')`, candidate(fixed));
  }
  const colon = colons === 1 ? lastSlash + 1 + lastPart.indexOf(':') : -1;
  const name = colon >= 0 ? beforeDigest.slice(0, colon) : beforeDigest;
  const tag = colon >= 0 ? beforeDigest.slice(colon + 1) : undefined;
  if (name.length === 0) return fail('the repository name is missing');
  const checked = checkName(name, text);
  if (!checked.ok) return checked;
  if (tag !== undefined) {
    if (tag.length === 0) return fail("it ends its name with ':' but no tag follows", candidate(text.replace(`${name}:`, name)));
    if (!TAG.test(tag)) {
      return fail(`\`${tag}\` is not a valid tag: up to 128 letters, digits, '_', '.' and '-', not starting with '.' or '-'`);
    }
  }
  if (digest !== undefined && !DIGEST.test(digest)) {
    return fail(`\`${digest}\` is not a valid digest: it looks like \`sha256:\` followed by 64 hexadecimal digits`);
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
