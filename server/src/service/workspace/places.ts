// How messages name a place in another file: its path relative to the workspace folder that holds
// it (`k8s/app.yaml:12`), or its file name when no folder does.
import type { IndexedObject } from './workspaceIndex';

export function describePlace(object: Pick<IndexedObject, 'uri' | 'range'>, roots: readonly string[]): string {
  const root = roots.find((r) => object.uri.startsWith(r.endsWith('/') ? r : `${r}/`));
  const path = root ? object.uri.slice(root.length).replace(/^\//, '') : object.uri.slice(object.uri.lastIndexOf('/') + 1);
  let readable = path;
  try {
    readable = decodeURIComponent(path);
  } catch {
    // a malformed escape stays as written
  }
  return `${readable}:${object.range.start.line + 1}`;
}
