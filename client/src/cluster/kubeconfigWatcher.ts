// Reloads when kubeconfig files change. Watches their directories rather than the files, so
// editors and tools that replace a file (write a temp file, rename it over) are noticed too.
import { EventEmitter } from 'node:events';
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';

export class KubeconfigWatcher extends EventEmitter<{ change: [] }> {
  private watchers: FSWatcher[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly debounceMs = 200) {
    super();
  }

  /** Starts watching these files (replacing any previous set). */
  watch(files: readonly string[]): void {
    this.close();
    const byDirectory = new Map<string, Set<string>>();
    for (const file of files) {
      const dir = dirname(file);
      const names = byDirectory.get(dir) ?? new Set<string>();
      names.add(basename(file));
      byDirectory.set(dir, names);
    }
    for (const [dir, names] of byDirectory) {
      if (!existsSync(dir)) continue;
      try {
        const watcher = watch(dir, (_event, filename) => {
          if (filename === null || names.has(filename.toString())) this.schedule();
        });
        watcher.on('error', () => watcher.close());
        this.watchers.push(watcher);
      } catch {
        // a directory we may not read: no live reload for it
      }
    }
  }

  close(): void {
    for (const watcher of this.watchers) watcher.close();
    this.watchers = [];
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.emit('change');
    }, this.debounceMs);
  }
}
