// "Podwright: Load Custom Resource Schemas from Cluster": reads the OpenAPI v3 documents of the
// current context's custom group versions (documents whose hash did not change come from the cache),
// caches them for offline use and hands them to the language server, then says how many custom kinds
// it knows now. Errors are explained like those of every cluster command.
import * as vscode from 'vscode';
import type { ClusterApi, CustomSchemaLoad } from '../../cluster/index';
import { openClusterApi, reportClusterError } from '../shared/clusterCall';
import { explainClusterError } from '../shared/explainError';
import type { StoreResult } from '../../models/customSchemas/clusterSchemaFeed';
import type { PodwrightContext } from '../../context';
import type { PodwrightCommand } from '../command';
import { localize } from '../shared/localize';

/** What the command returns (for tests and other extensions); undefined when it did not load. */
export interface LoadClusterSchemasResult extends StoreResult {
  readonly context: string;
  readonly failed: readonly string[];
}

function loadedText(kinds: number, context: string): string {
  return kinds === 1
    ? vscode.l10n.t('Loaded schemas for 1 custom kind from context "{0}".', context)
    : vscode.l10n.t('Loaded schemas for {0} custom kinds from context "{1}".', kinds, context);
}

function summary(api: ClusterApi, load: CustomSchemaLoad, result: StoreResult): { severity: 'info' | 'warning'; message: string } {
  const parts: string[] = [];
  if (!result.applied) {
    parts.push(
      vscode.l10n.t(
        'Saved schemas for {0} custom kinds of context "{1}"; they apply when Podwright uses that context again.',
        result.kinds,
        api.context,
      ),
    );
  } else if (result.kinds === 0 && load.failures.length === 0) {
    parts.push(vscode.l10n.t('Context "{0}" serves no custom resources: there are no schemas to load.', api.context));
  } else {
    parts.push(loadedText(result.kinds, api.context));
  }
  if (load.failures.length > 0) {
    const first = load.failures[0];
    const list = load.failures.map((f) => f.groupVersion).join(', ');
    parts.push(localize('Could not read {0}: {1}', list, first ? explainClusterError(first.error) : ''));
    if (result.keptFromCache.length > 0)
      parts.push(vscode.l10n.t('The schemas cached earlier for {0} stay in use.', result.keptFromCache.join(', ')));
  }
  if (result.cacheError !== undefined) parts.push(vscode.l10n.t('They could not be saved for offline use: {0}', result.cacheError));
  return { severity: load.failures.length > 0 || result.cacheError !== undefined ? 'warning' : 'info', message: parts.join(' ') };
}

async function load(context: PodwrightContext, api: ClusterApi): Promise<{ load: CustomSchemaLoad; result: StoreResult } | undefined> {
  const schemas = context.clusterSchemas;
  const reuse = await schemas.feed.reusable(api.context);
  const controller = new AbortController();
  const fetchedAt = new Date();
  const loaded = await vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: vscode.l10n.t('Loading custom resource schemas from context "{0}"', api.context),
      cancellable: true,
    },
    async (progress, token) => {
      token.onCancellationRequested(() => controller.abort());
      let reported = 0;
      try {
        const found = await api.customResourceSchemas({
          reuse,
          signal: controller.signal,
          onProgress: (done, total) => {
            const share = (done / total) * 100;
            progress.report({ increment: share - reported, message: vscode.l10n.t('{0} of {1} API group versions', done, total) });
            reported = share;
          },
        });
        return token.isCancellationRequested ? undefined : found;
      } catch (error) {
        // Cancelled: the aborted request's error is no news.
        if (token.isCancellationRequested) return undefined;
        throw error;
      }
    },
  );
  if (!loaded) return undefined;
  const output = context.clusterUi.output;
  for (const failure of loaded.failures) output.warn(`load cluster schemas: ${failure.groupVersion}: ${failure.error.message}`);
  if (loaded.vanished.length > 0) output.info(`load cluster schemas: gone while reading: ${loaded.vanished.join(', ')}`);
  const reused = loaded.documents.filter((d) => d.reused).length;
  output.info(
    `load cluster schemas: context ${api.context}: ${loaded.documents.length} custom group version(s), ${reused} unchanged since the cache`,
  );
  return { load: loaded, result: await schemas.feed.stored(api.context, api.server, loaded, fetchedAt) };
}

export const loadClusterSchemas: PodwrightCommand = {
  id: 'podwright.loadClusterSchemas',
  run: async (context): Promise<LoadClusterSchemasResult | undefined> => {
    const api = await openClusterApi(context, 'load cluster schemas');
    if (!api) return undefined;
    try {
      const done = await load(context, api);
      if (!done) return undefined;
      const { severity, message } = summary(api, done.load, done.result);
      void context.dialogs.notify({ id: 'cluster-schemas-loaded', severity, message });
      return { ...done.result, context: api.context, failed: done.load.failures.map((f) => f.groupVersion) };
    } catch (error) {
      reportClusterError(context, error, 'load cluster schemas');
      return undefined;
    }
  },
};
