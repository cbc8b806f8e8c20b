// What the server and the CLI share about reading the user's files: which folders never hold their
// manifests, and a file-system error as a short phrase for a one-line message.
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FileKind, FileProbe } from './service/index';

/** Folders that never hold the user's manifests, or hold copies of them. */
export function skippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a path component is not a directory';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** The disk as the language service's kustomization checks see it: what a file URI names. */
export const diskProbe: FileProbe = {
  kind(uri: string): FileKind {
    if (!uri.startsWith('file:')) return 'unknown';
    try {
      const info = statSync(fileURLToPath(uri));
      return info.isDirectory() ? 'dir' : 'file';
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | undefined)?.code;
      return code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unknown';
    }
  },
};
