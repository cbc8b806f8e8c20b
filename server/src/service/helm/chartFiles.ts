// How the service looks at a chart's other files (is there a `Chart.yaml` above this template,
// what does `values.yaml` say). The host may put its own reader first (an editor's unsaved text);
// the default reads the disk, remembering answers briefly so each keystroke does not stat again.
import { readdirSync, readFileSync, statSync } from 'node:fs';

export interface FileAccess {
  exists(path: string): boolean;
  /** The file's text, or undefined when it cannot be read. */
  read(path: string): string | undefined;
  /** The names in a folder ([] when it cannot be read). */
  list(folder: string): readonly string[];
}

// Long enough to cover a burst of requests, short enough that a new Chart.yaml is seen at once.
const FRESH_MS = 2000;

export function diskFiles(now: () => number = Date.now): FileAccess {
  const existing = new Map<string, { at: number; exists: boolean }>();
  const texts = new Map<string, { mtime: number; text: string }>();
  return {
    exists(path) {
      const known = existing.get(path);
      if (known && now() - known.at < FRESH_MS) return known.exists;
      let exists = false;
      try {
        exists = statSync(path).isFile();
      } catch {
        exists = false;
      }
      if (existing.size > 10_000) existing.clear();
      existing.set(path, { at: now(), exists });
      return exists;
    },
    read(path) {
      try {
        const mtime = statSync(path).mtimeMs;
        const known = texts.get(path);
        if (known?.mtime === mtime) return known.text;
        const text = readFileSync(path, 'utf8');
        if (texts.size > 200) texts.clear();
        texts.set(path, { mtime, text });
        return text;
      } catch {
        return undefined;
      }
    },
    list(folder) {
      try {
        return readdirSync(folder).sort();
      } catch {
        return [];
      }
    },
  };
}

/** Looks in `first` (e.g. open editors), then in `rest`. */
export function layeredFiles(first: (path: string) => string | undefined, rest: FileAccess): FileAccess {
  return {
    exists: (path) => first(path) !== undefined || rest.exists(path),
    read: (path) => first(path) ?? rest.read(path),
    list: (folder) => rest.list(folder),
  };
}
