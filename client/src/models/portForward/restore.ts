// Starting the forwards saved last time. Each keeps its local port when it is free; when another
// program took it meanwhile, the next free one is used (and reported), so one busy port does not
// cost the others. Pods that are gone are followed by what the forward followed (see successor.ts).
import type { PortForward } from './forward';
import { chooseLocalPort, type PortAvailability, probeLocalPort } from './localPort';
import type { PortForwardManager, SavedForward } from './manager';

export type RestoreResult =
  | { readonly saved: SavedForward; readonly forward: PortForward; readonly movedFrom?: number }
  | { readonly saved: SavedForward; readonly error: unknown };

export async function restoreForwards(
  manager: PortForwardManager,
  saved: readonly SavedForward[],
  probe: (port: number) => Promise<PortAvailability> = probeLocalPort,
): Promise<RestoreResult[]> {
  const results: RestoreResult[] = [];
  for (const record of saved) {
    try {
      let localPort = record.localPort;
      if ((await probe(localPort)) !== 'free') localPort = (await chooseLocalPort(localPort, probe)).port;
      const forward = await manager.start({ ...record, localPort });
      results.push(localPort === record.localPort ? { saved: record, forward } : { saved: record, forward, movedFrom: record.localPort });
    } catch (error) {
      results.push({ saved: record, error });
    }
  }
  return results;
}

/** Saved records as read back from storage: anything malformed is dropped. */
export function readSavedForwards(value: unknown): SavedForward[] {
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is SavedForward => {
    if (typeof v !== 'object' || v === null) return false;
    const r = v as Record<string, unknown>;
    return (
      typeof r.context === 'string' &&
      typeof r.namespace === 'string' &&
      typeof r.pod === 'string' &&
      Number.isInteger(r.remotePort) &&
      Number.isInteger(r.localPort)
    );
  });
}
