// Local ephemeral storage limits, as the kubelet enforces them: it measures what a container has
// written (here: the container's directory) and evicts the pod once a container goes over its
// `resources.limits.ephemeral-storage`.
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isObj, type Obj } from '../objects';
import { parseQuantity } from '../validation/quantity';

/** Bytes of the files under `dir` (links not followed); files that vanish while counting are skipped. */
export function directorySize(dir: string): number {
  let total = 0;
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry);
    try {
      const stat = lstatSync(path);
      total += stat.isDirectory() ? directorySize(path) : stat.size;
    } catch {
      // removed while we looked
    }
  }
  return total;
}

/** Polls the container's usage; calls `onExceeded` once with the limit as written. Returns a stop function. */
export function watchStorageLimit(container: Obj, dir: string, pollMs: number, onExceeded: (limit: string) => void): () => void {
  const resources = isObj(container.resources) ? container.resources : {};
  const written = isObj(resources.limits) ? resources.limits['ephemeral-storage'] : undefined;
  const limit = parseQuantity(written);
  if (limit === undefined) return () => undefined;
  const timer = setInterval(() => {
    if (directorySize(dir) <= limit) return;
    clearInterval(timer);
    onExceeded(String(written));
  }, pollMs);
  return () => clearInterval(timer);
}
