// One server-side dry run per file at a time: a newer save of the same file abandons the older run
// (its requests are aborted and its answer is never shown), so what the editor shows always
// belongs to the newest text that was saved. No VS Code here.
import type { ApplyDocument, ApplyOptions, ApplyResult } from '../../cluster/index';
import { dryRunVerdicts, isUnreachable, type Verdict } from '../../core/dryRun/dryRunVerdicts';

export const DRY_RUN_FIELD_MANAGER = 'podwright';

/** The part of ClusterApi a dry run needs. */
export interface DryRunTarget {
  readonly context: string;
  applyDocuments(documents: readonly ApplyDocument[], options?: ApplyOptions): Promise<ApplyResult[]>;
}

export type DryRunOutcome =
  | { readonly kind: 'verdicts'; readonly context: string; readonly verdicts: readonly Verdict[] }
  /** The cluster could not be asked (down, credentials); what it said before stays unknown. */
  | { readonly kind: 'unreachable'; readonly context: string; readonly message: string }
  /** A newer run of the same file replaced this one. */
  | { readonly kind: 'cancelled' };

export class DryRunRuns {
  private readonly running = new Map<string, AbortController>();

  /** Dry-runs the documents of `key` (a file), abandoning a run of the same key still in flight. */
  async run(key: string, target: DryRunTarget, documents: readonly ApplyDocument[]): Promise<DryRunOutcome> {
    this.running.get(key)?.abort();
    const controller = new AbortController();
    this.running.set(key, controller);
    try {
      const results = await target.applyDocuments(documents, {
        dryRun: true,
        fieldManager: DRY_RUN_FIELD_MANAGER,
        signal: controller.signal,
      });
      if (controller.signal.aborted) return { kind: 'cancelled' };
      const down = results.find((r) => isUnreachable(r.error));
      if (down?.error) return { kind: 'unreachable', context: target.context, message: down.error.message };
      return { kind: 'verdicts', context: target.context, verdicts: dryRunVerdicts(results) };
    } catch (error) {
      if (controller.signal.aborted) return { kind: 'cancelled' };
      return { kind: 'unreachable', context: target.context, message: error instanceof Error ? error.message : String(error) };
    } finally {
      if (this.running.get(key) === controller) this.running.delete(key);
    }
  }

  /** Abandons the run of a key (its file closed), or every run. */
  cancel(key?: string): void {
    for (const [k, controller] of this.running) {
      if (key === undefined || k === key) {
        controller.abort();
        this.running.delete(k);
      }
    }
  }
}
