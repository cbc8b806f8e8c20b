// Shared by the diagnosis cluster tests: apply a manifest written as YAML text, wait for the pod to
// reach the failing state, gather and explain it, and read back the manifest line the diagnosis
// points at (through the same locator the editor uses).
import assert from 'node:assert/strict';
import { parseAllDocuments } from 'yaml';
import { parseManifest } from '../../server/src/service/document/manifest';
import type { KubeObject } from '../../client/src/cluster';
import { locatePath, locateTarget } from '../../client/src/core/manifest/locate';
import { gatherPod, type GatheredPod } from '../../client/src/models/diagnosis/gather';
import type { Diagnosis } from '../../client/src/core/diagnosis';
import type { ClusterUnderTest } from './harness';
import { waitForObject } from './waitFor';

/** Applies every document of `text`; each must be created. */
export async function applyYaml(cluster: ClusterUnderTest, text: string): Promise<KubeObject[]> {
  const objects = parseAllDocuments(text).map((d) => d.toJS() as KubeObject);
  const results = await cluster.api.applyDocuments(objects.map((object, index) => ({ index, object })));
  for (const r of results) assert.equal(r.outcome, 'created', `${r.ref.kind} ${r.ref.name}: ${r.error?.message ?? ''}`);
  return results.map((r) => r.result ?? {});
}

export function waitPod(
  cluster: ClusterUnderTest,
  name: string,
  what: string,
  condition: (pod: KubeObject) => boolean,
): Promise<KubeObject> {
  return waitForObject(cluster.api, 'v1', 'Pod', name, condition, { timeoutMs: cluster.patienceMs, what });
}

type Statuses = {
  name: string;
  restartCount?: number;
  state?: Record<string, { reason?: string } | undefined>;
  lastState?: Record<string, { reason?: string } | undefined>;
}[];

/** The waiting reason of a container (init containers included), by name. */
export function waitingReason(pod: KubeObject, container: string): string | undefined {
  const status = pod.status as { containerStatuses?: Statuses; initContainerStatuses?: Statuses } | undefined;
  const all = [...(status?.initContainerStatuses ?? []), ...(status?.containerStatuses ?? [])];
  return all.find((s) => s.name === container)?.state?.waiting?.reason;
}

export function restartCount(pod: KubeObject, container: string): number {
  const status = pod.status as { containerStatuses?: Statuses; initContainerStatuses?: Statuses } | undefined;
  const all = [...(status?.initContainerStatuses ?? []), ...(status?.containerStatuses ?? [])];
  return all.find((s) => s.name === container)?.restartCount ?? 0;
}

export function gather(cluster: ClusterUnderTest, name: string, now?: number): Promise<GatheredPod> {
  return gatherPod(cluster.api, { namespace: cluster.namespace, name }, now !== undefined ? { now } : {});
}

/** The one diagnosis with `code`; fails listing what was found instead. */
export function only(gathered: GatheredPod, code: string): Diagnosis {
  const found = gathered.diagnoses.filter((d) => d.code === code);
  assert.equal(
    found.length,
    1,
    `expected one ${code}; got ${gathered.diagnoses.map((d) => d.code).join(', ') || 'nothing'} (gaps: ${gathered.gaps.join(', ') || 'none'})`,
  );
  return found[0];
}

/** The trimmed manifest line(s) a diagnosis points at, in the document of `kind` (the first by default). */
export function lineAt(text: string, kind: string, diagnosis: Diagnosis, documentIndex = 0): string {
  const manifest = parseManifest(text);
  const span = locateTarget(manifest, documentIndex, kind, diagnosis.manifestTarget);
  assert.ok(span, `no place in the manifest for ${diagnosis.code}`);
  const start = manifest.lines.positionAt(span.start);
  return manifest.lines.lineText(start.line).trim();
}

/** Whether the diagnosis path is written in the manifest exactly (not just a parent of it). */
export function pathIsExact(text: string, path: readonly (string | number)[], documentIndex = 0): boolean {
  return locatePath(parseManifest(text), documentIndex, path)?.exact ?? false;
}
