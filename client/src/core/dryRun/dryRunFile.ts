// Whether a saved file is something a cluster could apply as written: a Kubernetes manifest, not a
// Helm template (its actions are not YAML yet), a chart's values or metadata, a kustomization, or a
// patch that a kustomization in its folder (or up to three folders above) lists — a patch is half
// an object. File roles are the language server's own (fileRoleOf, namedPaths via manifestKit).
import {
  fileRoleOf,
  isKustomizationUri,
  KUSTOMIZATION_FILE_NAMES,
  namedPaths,
  parseManifest,
  resolveUri,
} from '../../../../server/src/service/manifestKit';

export interface FileAccess {
  exists(path: string): boolean;
  /** The file's text, undefined when it cannot be read. */
  read(path: string): string | undefined;
}

const KUSTOMIZATION_LEVELS = 4;

function folderOf(uri: string): string {
  return uri.slice(0, uri.lastIndexOf('/'));
}

/** Whether a kustomization near the file lists it as a patch. */
function isListedPatch(uri: string, files: FileAccess): boolean {
  let folder = folderOf(uri);
  for (let level = 0; level < KUSTOMIZATION_LEVELS && folder.startsWith('file:///'); level++) {
    for (const name of KUSTOMIZATION_FILE_NAMES) {
      const kustomization = `${folder}/${name}`;
      const path = decodeURIComponent(new URL(kustomization).pathname);
      if (!files.exists(path)) continue;
      const text = files.read(path);
      if (text === undefined) continue;
      for (const document of parseManifest(text).documents) {
        for (const named of namedPaths(document.chunk)) {
          if ((named.role === 'patch' || named.role === 'json6902') && resolveUri(kustomization, named.path) === uri) return true;
        }
      }
    }
    folder = folderOf(folder);
  }
  return false;
}

/** True for a file-scheme Kubernetes manifest that may be dry-run as written. */
export function isDryRunManifest(uri: string, languageId: string, text: string, files: FileAccess): boolean {
  if (!uri.startsWith('file://') || languageId !== 'yaml') return false;
  if (isKustomizationUri(uri)) return false;
  if (fileRoleOf(uri, text, (path) => files.exists(path)).role !== 'manifest') return false;
  return !isListedPatch(uri, files);
}
