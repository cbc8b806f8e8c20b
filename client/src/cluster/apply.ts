// Server-side apply of manifest documents, in dependency order, one result per document: created,
// configured, unchanged, failed (with the explained error) or skipped (the cluster became
// unreachable or refused our credentials, so the rest would fail the same way).
import { inApplyOrder } from './applyOrder';
import { ClusterError } from './errors';
import { resourcePath, type Discovery } from './discovery';
import { refOf, type ApplyDocument, type ApplyOutcome, type KubeObject, type ObjectRef } from '../core/kube/kubeObject';
import { cleanLiveObject } from '../core/kube/liveObject';
import type { Transport } from './transport';

export type { ApplyDocument };

export interface ApplyOptions {
  /** Server-side dry run: the server computes the result and stores nothing. */
  readonly dryRun?: boolean;
  readonly fieldManager?: string;
  /** Take over fields other managers own instead of failing with a conflict. */
  readonly force?: boolean;
  /** Abandons the requests (a newer dry run of the same file replaces this one). */
  readonly signal?: AbortSignal;
}

export type { ApplyOutcome };

export interface ApplyResult {
  readonly index: number;
  readonly ref: ObjectRef;
  readonly outcome: ApplyOutcome;
  /** The object before the apply (undefined when it did not exist). */
  readonly live?: KubeObject;
  /** What the server stored (or would store, in a dry run). */
  readonly result?: KubeObject;
  readonly error?: ClusterError;
  /** Warnings the server sent (`Warning` headers). */
  readonly warnings: readonly string[];
}

export interface ApplyContext {
  readonly transport: Transport;
  readonly discovery: Discovery;
  readonly namespace: string;
}

const STOPPING: ReadonlySet<ClusterError['kind']> = new Set(['unreachable', 'unauthorized', 'credentials']);

function warningsOf(header: string | string[] | undefined): string[] {
  const text = Array.isArray(header) ? header.join(', ') : (header ?? '');
  return [...text.matchAll(/\d{3} [^ ]+ "((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1] ?? ''}"`) as string);
}

function sameContent(a: KubeObject, b: KubeObject): boolean {
  return JSON.stringify(cleanLiveObject(a, { keepStatus: false })) === JSON.stringify(cleanLiveObject(b, { keepStatus: false }));
}

async function applyOne(context: ApplyContext, doc: ApplyDocument, options: ApplyOptions): Promise<ApplyResult> {
  const ref = refOf(doc.object);
  if (!ref.apiVersion || !ref.kind || !ref.name) {
    return {
      index: doc.index,
      ref,
      outcome: 'failed',
      warnings: [],
      error: new ClusterError({
        kind: 'bad-request',
        target: context.transport.target,
        message: 'The document needs apiVersion, kind and metadata.name to be applied.',
      }),
    };
  }
  const info = await context.discovery.resourceFor(ref.apiVersion, ref.kind);
  const namespace = info.namespaced ? (ref.namespace ?? context.namespace) : undefined;
  const resolved: ObjectRef = namespace === undefined ? { ...ref, namespace: undefined } : { ...ref, namespace };
  const path = resourcePath(info, namespace, ref.name);
  let live: KubeObject | undefined;
  try {
    live = await context.transport.json<KubeObject>({ path, ...(options.signal ? { signal: options.signal } : {}) });
  } catch (error) {
    if (!(error instanceof ClusterError && error.kind === 'not-found')) throw error;
  }
  const body = structuredClone(doc.object);
  if (namespace !== undefined) body.metadata = { ...body.metadata, namespace };
  const response = await context.transport.send({
    method: 'PATCH',
    path,
    query: {
      fieldManager: options.fieldManager ?? 'podwright',
      fieldValidation: 'Strict',
      ...(options.force ? { force: 'true' } : {}),
      ...(options.dryRun ? { dryRun: 'All' } : {}),
    },
    body: JSON.stringify(body),
    contentType: 'application/apply-patch+yaml',
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const result = JSON.parse(response.body) as KubeObject;
  const warnings = warningsOf(response.headers.warning);
  let outcome: ApplyOutcome = 'configured';
  if (response.status === 201 || !live) outcome = 'created';
  // Compared without status and bookkeeping: the kubelet may update a pod's status meanwhile.
  else if (sameContent(live, result)) outcome = 'unchanged';
  return { index: doc.index, ref: resolved, outcome, ...(live ? { live } : {}), result, warnings };
}

export async function applyDocuments(
  context: ApplyContext,
  documents: readonly ApplyDocument[],
  options: ApplyOptions = {},
): Promise<ApplyResult[]> {
  const results: ApplyResult[] = [];
  let stop: ClusterError | undefined;
  for (const doc of inApplyOrder(documents)) {
    // An abandoned run sends nothing more; its caller discards what came back.
    options.signal?.throwIfAborted();
    if (stop) {
      results.push({ index: doc.index, ref: refOf(doc.object, context.namespace), outcome: 'skipped', error: stop, warnings: [] });
      continue;
    }
    try {
      results.push(await applyOne(context, doc, options));
    } catch (error) {
      const clusterError =
        error instanceof ClusterError ? error : new ClusterError({ kind: 'server', message: String(error), cause: error });
      results.push({ index: doc.index, ref: refOf(doc.object, context.namespace), outcome: 'failed', error: clusterError, warnings: [] });
      if (STOPPING.has(clusterError.kind)) stop = clusterError;
    }
  }
  return results;
}
