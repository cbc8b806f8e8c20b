// The image catalogue: which image references "exist", what each image contains (host tools
// linked into its PATH, or our Node programs standing in for its server), and the registry-style
// errors for everything else.
import { createHash } from 'node:crypto';

export interface ImageReference {
  /** `docker.io/library/nginx` */
  readonly repository: string;
  readonly tag: string;
  readonly digest?: string;
  /** `docker.io/library/nginx:latest` */
  readonly full: string;
}

export interface ImageDefinition {
  readonly repository: string;
  readonly tagPattern: RegExp;
  /** Host executables the image offers (`sh`, `ls`, ...). */
  readonly tools: readonly string[];
  /** Executables implemented by our programs (file names under runtime/programs). */
  readonly programs: Readonly<Record<string, string>>;
  readonly entrypoint: readonly string[];
  readonly cmd: readonly string[];
  readonly sizeBytes: number;
}

const CORE_TOOLS = [
  'sh',
  'ls',
  'cat',
  'echo',
  'env',
  'printenv',
  'sleep',
  'mkdir',
  'rm',
  'touch',
  'date',
  'grep',
  'head',
  'tail',
  'wc',
  'id',
  'pwd',
  'true',
  'false',
  'kill',
  'sed',
  'tr',
  'cut',
  'sort',
  'uniq',
  'seq',
  'tee',
  'uname',
  'whoami',
  'find',
  'df',
  'du',
  'ps',
  'yes',
  'xargs',
  'expr',
  'basename',
  'dirname',
  'mv',
  'cp',
  'chmod',
  'test',
];
const BUSYBOX_TOOLS = [...CORE_TOOLS, 'wget', 'awk', 'vi', 'top', 'less', 'more'];
const DEBIAN_TOOLS = [...CORE_TOOLS, 'bash', 'awk'];

const VERSION_TAG =
  /^(latest|stable|mainline|alpine|alpine-slim|perl|bookworm|trixie|\d+(\.\d+){0,2}(-(alpine|alpine-slim|perl|bookworm|trixie))?)$/;

export const IMAGES: readonly ImageDefinition[] = [
  {
    repository: 'docker.io/library/nginx',
    tagPattern: VERSION_TAG,
    tools: [...DEBIAN_TOOLS, 'curl'],
    programs: { nginx: 'nginx' },
    entrypoint: ['/docker-entrypoint.sh'],
    cmd: ['nginx', '-g', 'daemon off;'],
    sizeBytes: 72_188_133,
  },
  {
    repository: 'docker.io/library/httpd',
    tagPattern: VERSION_TAG,
    tools: DEBIAN_TOOLS,
    programs: { 'httpd-foreground': 'nginx' },
    entrypoint: [],
    cmd: ['httpd-foreground'],
    sizeBytes: 58_101_220,
  },
  {
    repository: 'docker.io/library/busybox',
    tagPattern: /^(latest|stable|musl|glibc|uclibc|\d+(\.\d+){0,2}(-(musl|glibc|uclibc))?)$/,
    tools: BUSYBOX_TOOLS,
    programs: {},
    entrypoint: [],
    cmd: ['sh'],
    sizeBytes: 2_155_502,
  },
  {
    repository: 'docker.io/library/alpine',
    tagPattern: /^(latest|edge|\d+(\.\d+){0,2})$/,
    tools: BUSYBOX_TOOLS,
    programs: {},
    entrypoint: [],
    cmd: ['/bin/sh'],
    sizeBytes: 3_623_807,
  },
  {
    repository: 'docker.io/library/ubuntu',
    tagPattern: /^(latest|rolling|jammy|noble|focal|\d+\.\d+)$/,
    tools: DEBIAN_TOOLS,
    programs: {},
    entrypoint: [],
    cmd: ['/bin/bash'],
    sizeBytes: 29_754_422,
  },
  {
    repository: 'docker.io/library/debian',
    tagPattern: /^(latest|stable|bookworm|bookworm-slim|trixie|bullseye|\d+(-slim)?)$/,
    tools: DEBIAN_TOOLS,
    programs: {},
    entrypoint: [],
    cmd: ['bash'],
    sizeBytes: 48_494_272,
  },
  {
    repository: 'docker.io/library/node',
    tagPattern: /^(latest|lts|\d+(\.\d+){0,2}(-(alpine|slim|bookworm))?)$/,
    tools: [...DEBIAN_TOOLS, 'node'],
    programs: {},
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['node'],
    sizeBytes: 398_501_114,
  },
  {
    repository: 'docker.io/podwright/exit',
    tagPattern: /^(latest|\d{1,3})$/,
    tools: CORE_TOOLS,
    programs: { exit: 'exit' },
    entrypoint: ['exit'],
    cmd: [],
    sizeBytes: 1_204_020,
  },
  {
    repository: 'docker.io/podwright/logger',
    tagPattern: /^(latest|\d+(\.\d+){0,2})$/,
    tools: CORE_TOOLS,
    programs: { logger: 'logger' },
    entrypoint: ['logger'],
    cmd: [],
    sizeBytes: 1_304_118,
  },
  {
    repository: 'docker.io/podwright/memhog',
    tagPattern: /^(latest|\d+(\.\d+){0,2})$/,
    tools: CORE_TOOLS,
    programs: { memhog: 'memhog' },
    entrypoint: ['memhog'],
    cmd: [],
    sizeBytes: 1_290_555,
  },
  // Like a distroless image: the application and nothing else, so exec finds no shell (a debug container can).
  {
    repository: 'docker.io/podwright/no-shell',
    tagPattern: /^(latest|\d+(\.\d+){0,2})$/,
    tools: [],
    programs: { server: 'nginx' },
    entrypoint: ['server'],
    cmd: [],
    sizeBytes: 2_402_117,
  },
  // Built for arm64 only: it pulls (a single-platform image), then cannot run on this amd64 node.
  {
    repository: 'docker.io/podwright/arm64-only',
    tagPattern: /^(latest|\d+(\.\d+){0,2})$/,
    tools: [],
    programs: { app: 'foreignArch' },
    entrypoint: ['/usr/local/bin/app'],
    cmd: [],
    sizeBytes: 9_874_231,
  },
];

export function parseImage(image: string): ImageReference {
  let rest = image;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag = 'latest';
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const first = rest.split('/')[0] ?? '';
  const hasRegistry = rest.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  let repository = hasRegistry ? rest : `docker.io/${rest}`;
  if (!hasRegistry && !rest.includes('/')) repository = `docker.io/library/${rest}`;
  const full = digest ? `${repository}@${digest}` : `${repository}:${tag}`;
  return digest ? { repository, tag, digest, full } : { repository, tag, full };
}

export type PullResult =
  | { ok: true; image: ImageDefinition; reference: ImageReference; imageId: string }
  | { ok: false; reason: 'NotFound' | 'Unauthorized' | 'InvalidImageName'; message: string };

export function digestOf(text: string): string {
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}

export function resolveImage(image: string): PullResult {
  if (image.trim() === '' || /[A-Z\s]/.test(image.split('@')[0] ?? '')) {
    return {
      ok: false,
      reason: 'InvalidImageName',
      message: `Failed to apply default image tag "${image}": couldn't parse image name "${image}": invalid reference format`,
    };
  }
  const reference = parseImage(image);
  const definition = IMAGES.find((d) => d.repository === reference.repository);
  const resolve = `failed to pull and unpack image "${reference.full}": failed to resolve reference "${reference.full}"`;
  if (!definition) {
    const host = reference.repository.split('/')[0] ?? '';
    if (host !== 'docker.io') {
      const path = reference.repository.slice(host.length + 1);
      return {
        ok: false,
        reason: 'Unauthorized',
        message: `${resolve}: failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://${host}/token?scope=repository%3A${encodeURIComponent(path)}%3Apull&service=${host}: 401 Unauthorized`,
      };
    }
    return {
      ok: false,
      reason: 'NotFound',
      message: `${resolve}: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`,
    };
  }
  if (!reference.digest && !definition.tagPattern.test(reference.tag)) {
    return { ok: false, reason: 'NotFound', message: `${resolve}: ${reference.full}: not found` };
  }
  return { ok: true, image: definition, reference, imageId: `${reference.repository}@${reference.digest ?? digestOf(reference.full)}` };
}
