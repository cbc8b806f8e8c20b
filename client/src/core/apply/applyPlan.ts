// What a server-side dry run says an apply would do, per document: the object before (cleaned of
// server bookkeeping) and after, or why the server refused it. A document whose namespace is
// created by an earlier document of the same apply cannot be dry-run (the namespace does not exist
// yet); it is planned as written instead of failing. No VS Code here.
import { stringify } from 'yaml';
import type { ApplyDocument, ApplyOutcome, KubeObject, ObjectRef } from '../kube/kubeObject';
import { cleanLiveObject, narrowToManaged } from '../kube/liveObject';

/**
 * What the plan reads of one dry-run result (the cluster layer's ApplyResult has this shape); the
 * failures are handed back as they came, so the caller keeps its own result type.
 */
export interface DryRunResult {
  readonly index: number;
  readonly ref: ObjectRef;
  readonly outcome: ApplyOutcome;
  readonly live?: KubeObject;
  readonly result?: KubeObject;
  readonly error?: { readonly kind: string; readonly status?: { readonly details?: { readonly kind?: string; readonly name?: string } } };
  readonly warnings: readonly string[];
}
import { resourceLabel } from './resourceLabel';

export type PlannedChange = 'created' | 'configured' | 'unchanged';

export interface PlanEntry {
  readonly index: number;
  readonly ref: ObjectRef;
  /** `pod/web`, `deployment.apps/web`. */
  readonly label: string;
  readonly change: PlannedChange;
  /** Set when the object goes into a namespace this apply creates first. */
  readonly awaitsNamespace?: string;
  /** The live object without server noise (undefined when it does not exist yet). */
  readonly before?: KubeObject;
  /** The object as the server would store it, without server noise. */
  readonly after: KubeObject;
}

export interface ApplyPlan<R extends DryRunResult = DryRunResult> {
  /** In apply order (namespaces first). */
  readonly entries: readonly PlanEntry[];
  readonly failures: readonly R[];
  readonly warnings: readonly string[];
}

function isMissingNamespace(result: DryRunResult, created: ReadonlySet<string>): string | undefined {
  const error = result.error;
  const details = error?.status?.details;
  if (error?.kind !== 'not-found' || details?.kind !== 'namespaces' || !details.name) return undefined;
  return created.has(details.name) ? details.name : undefined;
}

/**
 * Reads the results of `applyDocuments(documents, { dryRun: true, fieldManager })`. Both sides keep
 * only the fields `fieldManager` will own (what the manifest says), so server defaults and other
 * managers' fields do not bury the change; without managedFields, the whole cleaned object.
 */
export function planFromDryRun<R extends DryRunResult>(
  documents: readonly ApplyDocument[],
  results: readonly R[],
  fieldManager = 'podwright',
): ApplyPlan<R> {
  const entries: PlanEntry[] = [];
  const failures: R[] = [];
  const warnings: string[] = [];
  const createdNamespaces = new Set<string>();
  for (const result of results) {
    warnings.push(...result.warnings);
    const label = resourceLabel(result.ref);
    if (result.outcome !== 'failed' && result.outcome !== 'skipped' && result.result) {
      if (result.ref.kind === 'Namespace' && result.outcome === 'created') createdNamespaces.add(result.ref.name);
      const applied = result.result;
      const view = (obj: KubeObject): KubeObject => cleanLiveObject(narrowToManaged(obj, applied, fieldManager) ?? obj);
      entries.push({
        index: result.index,
        ref: result.ref,
        label,
        change: result.outcome,
        ...(result.live ? { before: view(result.live) } : {}),
        after: view(applied),
      });
      continue;
    }
    const namespace = isMissingNamespace(result, createdNamespaces);
    const written = documents.find((d) => d.index === result.index)?.object;
    if (namespace !== undefined && written) {
      const after: KubeObject = { ...structuredClone(written), metadata: { ...written.metadata, namespace } };
      entries.push({ index: result.index, ref: { ...result.ref, namespace }, label, change: 'created', awaitsNamespace: namespace, after });
      continue;
    }
    failures.push(result);
  }
  return { entries, failures, warnings };
}

function yamlOf(object: KubeObject | undefined): string {
  return object === undefined ? '' : stringify(object, { lineWidth: 0 });
}

/** The two sides of the diff: each resource under the same `# label` comment, in apply order. */
export function planDiffTexts(plan: ApplyPlan): { before: string; after: string } {
  const before: string[] = [];
  const after: string[] = [];
  for (const entry of plan.entries) {
    const header = `# ${entry.label}\n`;
    before.push(header + yamlOf(entry.before));
    after.push(header + yamlOf(entry.after));
  }
  return { before: before.join('---\n'), after: after.join('---\n') };
}

/** Whether the apply would change anything at all. */
export function planChangesSomething(plan: ApplyPlan): boolean {
  return plan.entries.some((entry) => entry.change !== 'unchanged');
}
