// Entries grouped by a key and, under each key, by file: the index's lookups by name and by label,
// kept up to date file by file instead of rebuilt after every change.
/** Per key, each file's entries under it (in file order); files are sorted when read. */
export class FileLists<T> {
  private readonly byKey = new Map<string, Map<string, T[]>>();

  add(key: string, uri: string, object: T): void {
    let files = this.byKey.get(key);
    if (!files) this.byKey.set(key, (files = new Map<string, T[]>()));
    const list = files.get(uri);
    if (list) list.push(object);
    else files.set(uri, [object]);
  }

  /** Sets the file's entries under `key` (none: the file has no entry there). */
  setFile(key: string, uri: string, objects: T[]): void {
    if (objects.length === 0) {
      this.remove(key, uri);
      return;
    }
    let files = this.byKey.get(key);
    if (!files) this.byKey.set(key, (files = new Map<string, T[]>()));
    files.set(uri, objects);
  }

  remove(key: string, uri: string): void {
    const files = this.byKey.get(key);
    if (files?.delete(uri) && files.size === 0) this.byKey.delete(key);
  }

  /** The entries under `key`, by file (uris sorted), then in file order. */
  get(key: string): readonly T[] {
    const files = this.byKey.get(key);
    if (!files) return [];
    if (files.size === 1) return files.values().next().value ?? [];
    return [...files.keys()].sort().flatMap((uri) => files.get(uri) ?? []);
  }
}
