// The files and folders a kustomization names, and whether they exist. The service stays pure: the
// host answers for the disk through `FileProbe` (the server and the CLI stat real files).
import { isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import type { ParsedChunk } from '../document/manifest';
import type { Language } from '../settings';
import type { Finding } from '../validation/rule';
import { kustomizeMessages } from './messages';
import type { PathKind } from './fields';

export type FileKind = 'file' | 'dir' | 'missing' | 'unknown';

/** What the host knows of the disk, by URI; `unknown` (not a local file, unreadable) is never reported. */
export interface FileProbe {
  kind(uri: string): FileKind;
}

export type PathRole = 'resource' | 'component' | 'crd' | 'patch' | 'json6902' | 'generator' | 'configuration';

export interface NamedPath {
  readonly role: PathRole;
  readonly kind: PathKind;
  /** The path as written (a generator's `key=` removed). */
  readonly path: string;
  /** Offsets of the scalar in the document's text. */
  readonly start: number;
  readonly end: number;
}

export const KUSTOMIZATION_FILE_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'] as const;

export function isKustomizationUri(uri: string): boolean {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  return (KUSTOMIZATION_FILE_NAMES as readonly string[]).includes(name);
}

/** Remote (`https://`, `github.com/org/repo//path?ref=`, `git@`), globbed or variable paths: never ours to check. */
export function isRemoteOrPattern(path: string): boolean {
  return (
    /^[a-z][a-z0-9+.-]*:\/\//i.test(path) ||
    path.startsWith('git@') ||
    /^(github|gitlab|bitbucket)\.(com|org)\//.test(path) ||
    /[?*[\]{}$]/.test(path)
  );
}

function scalarString(node: unknown): Scalar | undefined {
  return isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '' ? node : undefined;
}

/** Every local path the kustomization's document names, with its role. */
export function namedPaths(chunk: ParsedChunk): NamedPath[] {
  const root = chunk.yaml.contents as Node | null;
  if (!isMap(root)) return [];
  const found: NamedPath[] = [];
  const add = (node: unknown, role: PathRole, kind: PathKind): void => {
    const scalar = scalarString(node);
    if (!scalar?.range) return;
    let path = String(scalar.value).trim();
    if (kind === 'generatorFile' && path.includes('=')) path = path.slice(path.indexOf('=') + 1);
    if (isRemoteOrPattern(path)) return;
    found.push({ role, kind, path, start: scalar.range[0], end: scalar.range[1] });
  };
  const list = (key: string): unknown[] => {
    const node = root.get(key, true);
    return isSeq(node) ? node.items : [];
  };
  for (const item of list('resources')) add(item, 'resource', 'fileOrDir');
  for (const item of list('bases')) add(item, 'resource', 'dir');
  for (const item of list('components')) add(item, 'component', 'dir');
  for (const item of list('crds')) add(item, 'crd', 'file');
  for (const item of list('configurations')) add(item, 'configuration', 'file');
  for (const item of list('patchesStrategicMerge')) {
    // An entry may be an inline patch (a multi-line string) instead of a file name.
    const scalar = scalarString(item);
    if (scalar && !String(scalar.value).includes('\n')) add(item, 'patch', 'file');
  }
  for (const item of list('patches')) if (isMap(item)) add(item.get('path', true), 'patch', 'file');
  for (const item of list('patchesJson6902')) if (isMap(item)) add(item.get('path', true), 'json6902', 'file');
  for (const key of ['configMapGenerator', 'secretGenerator']) {
    for (const generator of list(key)) {
      if (!isMap(generator)) continue;
      const files = generator.get('files', true);
      if (isSeq(files)) for (const file of files.items) add(file, 'generator', 'generatorFile');
      const envs = generator.get('envs', true);
      if (isSeq(envs)) for (const env of envs.items) add(env, 'generator', 'envFile');
      add(generator.get('env', true), 'generator', 'envFile');
    }
  }
  return found;
}

/** The URI of `path` relative to the kustomization at `base` (a file URI), or undefined for other schemes. */
export function resolveUri(base: string, path: string): string | undefined {
  if (!base.startsWith('file:')) return undefined;
  try {
    const encoded = path
      .split('/')
      .map((segment) => (segment === '.' || segment === '..' ? segment : encodeURIComponent(segment)))
      .join('/');
    const resolved = new URL(path.startsWith('/') ? `file://${encoded}` : encoded, base).href;
    return resolved.endsWith('/') && resolved.length > 'file:///'.length ? resolved.slice(0, -1) : resolved;
  } catch {
    return undefined;
  }
}

/** Findings for named paths that are missing or of the wrong kind (offsets in the document's text). */
export function checkPaths(chunk: ParsedChunk, uri: string, probe: FileProbe, language: Language): Finding[] {
  const say = kustomizeMessages[language];
  const findings: Finding[] = [];
  for (const named of namedPaths(chunk)) {
    const target = resolveUri(uri, named.path);
    if (!target) continue;
    const kind = probe.kind(target);
    const report = (message: string): void => {
      findings.push({ code: 'kustomize-missing-path', severity: 'error', start: named.start, end: named.end, message });
    };
    if (kind === 'unknown') continue;
    if (kind === 'missing') report(say.missingPath(named.path));
    else if (named.kind === 'dir' && kind === 'file') report(say.notAFolder(named.path));
    else if (named.kind !== 'dir' && named.kind !== 'fileOrDir' && kind === 'dir') report(say.notAFile(named.path));
    else if (kind === 'dir' && !KUSTOMIZATION_FILE_NAMES.some((name) => probe.kind(`${target}/${name}`) === 'file'))
      report(say.noKustomization(named.path));
  }
  return findings;
}
