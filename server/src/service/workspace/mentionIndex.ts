// Which files mention a link key (a ConfigMap's name, a port name, a label pair), so navigation finds
// the other side of a name without walking the workspace. Files are re-linked lazily: a change only
// marks its file, and the next lookup links what changed (typing costs nothing until someone asks).

export class MentionIndex {
  private readonly filesByKey = new Map<string, Set<string>>();
  private readonly keysByFile = new Map<string, readonly string[]>();
  private readonly changed = new Set<string>();

  /** The file's objects changed (or it is gone). */
  mark(uri: string): void {
    this.changed.add(uri);
  }

  /** The files whose objects mention `key`, given each file's current keys. */
  filesWith(key: string, keysOf: (uri: string) => readonly string[]): ReadonlySet<string> {
    if (this.changed.size > 0) this.settle(keysOf);
    return this.filesByKey.get(key) ?? EMPTY;
  }

  private settle(keysOf: (uri: string) => readonly string[]): void {
    for (const uri of this.changed) {
      for (const key of this.keysByFile.get(uri) ?? []) {
        const files = this.filesByKey.get(key);
        files?.delete(uri);
        if (files?.size === 0) this.filesByKey.delete(key);
      }
      const keys = keysOf(uri);
      if (keys.length === 0) {
        this.keysByFile.delete(uri);
        continue;
      }
      this.keysByFile.set(uri, keys);
      for (const key of keys) {
        let files = this.filesByKey.get(key);
        if (!files) this.filesByKey.set(key, (files = new Set()));
        files.add(uri);
      }
    }
    this.changed.clear();
  }
}

const EMPTY: ReadonlySet<string> = new Set();
