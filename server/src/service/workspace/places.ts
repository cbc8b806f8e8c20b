// Where a file belongs, for checks across resources and for messages. Files of one workspace folder
// form one scope; a file outside every folder shares a scope with its own directory (what
// `kubectl apply -f dir/` would apply together); the CLI makes all its files one scope.
import type { IndexedObject } from './workspaceIndex';

export interface Scopes {
  readonly roots: readonly string[];
  /** Every file is in one scope (the CLI's files). */
  readonly single: boolean;
}

function withSlash(root: string): string {
  return root.endsWith('/') ? root : `${root}/`;
}

/** The folder a file is in, as a uri ending in `/`. */
export function folderOf(uri: string): string {
  return uri.slice(0, uri.lastIndexOf('/') + 1);
}

export function scopeOf(uri: string, scopes: Scopes): string {
  if (scopes.single) return '';
  const root = scopes.roots.find((r) => uri.startsWith(withSlash(r)));
  return root ?? folderOf(uri);
}

/** The place as messages show it: the path relative to its workspace folder, else the file name. */
export function describePlace(object: Pick<IndexedObject, 'uri' | 'range'>, roots: readonly string[]): string {
  const root = roots.find((r) => object.uri.startsWith(withSlash(r)));
  const path = root ? object.uri.slice(withSlash(root).length) : object.uri.slice(object.uri.lastIndexOf('/') + 1);
  let readable = path;
  try {
    readable = decodeURIComponent(path);
  } catch {
    // a malformed escape stays as written
  }
  return `${readable}:${object.range.start.line + 1}`;
}
