// Starts the bundled language server (dist/server.js) over IPC for YAML documents, keeps it in step
// with the `podwright.*` settings and the custom resource schemas the client found (a cluster's,
// sent again to every new server process), and restarts it when it crashes (with a notice once
// crashes repeat).
import * as vscode from 'vscode';
import {
  CloseAction,
  DidChangeConfigurationNotification,
  ErrorAction,
  LanguageClient,
  State,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  REMOVE_CUSTOM_SCHEMAS_METHOD,
  SET_CUSTOM_SCHEMAS_METHOD,
  SETTINGS_SECTION,
  SHOW_LOCATIONS_COMMAND,
  type PodwrightInitializationOptions,
  type RemoveCustomSchemasParams,
  type SetCustomSchemasParams,
} from '../../../../protocol/index';
import { CrashPolicy, type CrashDecision } from './crashPolicy';
import type { SchemaSink } from '../../models/customSchemas/clusterSchemaFeed';
import { interopMiddleware } from './interop/middleware';
import { readServerSettings } from './serverSettings';

/** Podwright serves YAML on disk and in unsaved editors, not in diff views, git or output schemes. */
// `helm` is the language other extensions give chart templates; the server decides per file
// whether it is a manifest, a template or neither (server/src/service/helm/fileRole.ts).
export const DOCUMENT_SELECTOR = [
  { scheme: 'file', language: 'yaml' },
  { scheme: 'untitled', language: 'yaml' },
  { scheme: 'file', language: 'helm' },
  { scheme: 'untitled', language: 'helm' },
];

interface LspPosition {
  readonly line: number;
  readonly character: number;
}

interface LspLocation {
  readonly uri: string;
  readonly range: { readonly start: LspPosition; readonly end: LspPosition };
}

const toPosition = (p: LspPosition): vscode.Position => new vscode.Position(p.line, p.character);

/** The lens's plain JSON arguments as the VS Code objects `editor.action.showReferences` takes. */
async function showLocations(uri: unknown, position: unknown, locations: unknown): Promise<void> {
  if (typeof uri !== 'string' || typeof position !== 'object' || position === null || !Array.isArray(locations)) return;
  const targets = (locations as LspLocation[]).map(
    (l) => new vscode.Location(vscode.Uri.parse(l.uri), new vscode.Range(toPosition(l.range.start), toPosition(l.range.end))),
  );
  await vscode.commands.executeCommand('editor.action.showReferences', vscode.Uri.parse(uri), toPosition(position as LspPosition), targets);
}

export class PodwrightLanguageServer implements vscode.Disposable, SchemaSink {
  private client: LanguageClient;
  /** Custom schema sources set by the client, in order: a new server process gets them all again. */
  private readonly customSchemas = new Map<string, readonly unknown[]>();
  private readonly crashes = new CrashPolicy();
  private readonly ready = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.ready];
  private sentSettings = '';
  /** The version sent for `podwright.kubernetesVersion: "cluster"`. */
  private clusterVersion: () => string | undefined = () => undefined;

  constructor(
    private readonly serverModule: string,
    readonly output: vscode.LogOutputChannel,
  ) {
    this.client = this.createClient();
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('podwright')) void this.pushSettings();
        // The server asks for `files.exclude` itself (its index skips those files); it only needs the nudge.
        if (event.affectsConfiguration('files.exclude')) void this.nudgeConfiguration();
      }),
      // Rendering charts and overlays on save waits for trust; granting it is told to the server.
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.pushSettings()),
      vscode.commands.registerCommand(SHOW_LOCATIONS_COMMAND, showLocations),
    );
  }

  /** Where the `cluster` version comes from; settings are sent again whenever it changes. */
  useClusterVersion(read: () => string | undefined, onChange: vscode.Event<void>): void {
    this.clusterVersion = read;
    this.disposables.push(onChange(() => void this.pushSettings()));
    void this.pushSettings();
  }

  async start(): Promise<void> {
    try {
      await this.client.start();
    } catch (error) {
      this.output.error(`start failed: ${String(error)}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('The Podwright language server could not start: {0}', String(error)));
      return;
    }
    // Settings changed while the server was starting would otherwise be lost.
    await this.pushSettings();
  }

  /** A fresh client and server process; also recovers after the server was given up on. */
  async restart(): Promise<void> {
    this.crashes.reset();
    const previous = this.client;
    this.client = this.createClient();
    try {
      await previous.dispose();
    } catch (error) {
      this.output.warn(`stopping the previous server failed: ${String(error)}`);
    }
    await this.start();
  }

  /** Resolves once the server has answered `initialize` (at once if it already has). */
  whenReady(): Promise<void> {
    if (this.client.state === State.Running) return Promise.resolve();
    return new Promise((resolve) => {
      const subscription = this.ready.event(() => {
        subscription.dispose();
        resolve();
      });
    });
  }

  /** Sets one source of custom resource schemas (`podwright/customSchemas`), now and after every server start. */
  async setCustomSchemas(sourceId: string, documents: readonly unknown[]): Promise<void> {
    this.customSchemas.delete(sourceId);
    this.customSchemas.set(sourceId, documents);
    const params: SetCustomSchemasParams = { sourceId, documents };
    await this.notify(this.client, SET_CUSTOM_SCHEMAS_METHOD, params);
  }

  /** Removes one source, or every source whose id starts with the prefix (`podwright/removeCustomSchemas`). */
  async removeCustomSchemas(params: { readonly sourceId: string } | { readonly prefix: string }): Promise<void> {
    const doomed = [...this.customSchemas.keys()].filter((id) =>
      'sourceId' in params ? id === params.sourceId : id.startsWith(params.prefix),
    );
    for (const id of doomed) this.customSchemas.delete(id);
    const sent: RemoveCustomSchemasParams = 'sourceId' in params ? { sourceId: params.sourceId } : { prefix: params.prefix };
    await this.notify(this.client, REMOVE_CUSTOM_SCHEMAS_METHOD, sent);
  }

  /** The custom schema sources a (re)started server is given. */
  get customSchemaSources(): string[] {
    return [...this.customSchemas.keys()];
  }

  private async notify(client: LanguageClient, method: string, params: unknown): Promise<void> {
    // A server that is not running yet gets everything when it starts.
    if (!client.isRunning()) return;
    try {
      await client.sendNotification(method, params);
    } catch (error) {
      this.output.warn(`could not send ${method}: ${String(error)}`);
    }
  }

  /** A server process started (first start, crash restart or restart command): it knows no client schemas yet. */
  private async resendCustomSchemas(client: LanguageClient): Promise<void> {
    for (const [sourceId, documents] of [...this.customSchemas]) {
      // Removed or replaced meanwhile: that notification went to this server already.
      if (this.customSchemas.get(sourceId) !== documents) continue;
      const params: SetCustomSchemasParams = { sourceId, documents };
      await this.notify(client, SET_CUSTOM_SCHEMAS_METHOD, params);
    }
  }

  showOutput(): void {
    this.output.show(true);
  }

  /** Stops the server and waits for it (deactivate returns this so VS Code waits too). */
  async shutdown(): Promise<void> {
    for (const disposable of this.disposables) disposable.dispose();
    await this.client.dispose();
  }

  dispose(): void {
    void this.shutdown();
  }

  private createClient(): LanguageClient {
    const serverOptions: ServerOptions = {
      run: { module: this.serverModule, transport: TransportKind.ipc },
      debug: { module: this.serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6012'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: DOCUMENT_SELECTOR,
      outputChannel: this.output,
      diagnosticCollectionName: 'podwright',
      // The client also sends `locale: vscode.env.language`; the server uses it when the
      // explanation language is `auto`. `vscodeCommands` tells the server it may send VS Code's
      // editor commands (reopening suggestions) and `podwright.showLocations` (selector lenses).
      initializationOptions: (): PodwrightInitializationOptions => {
        const settings = readServerSettings(this.clusterVersion());
        this.sentSettings = JSON.stringify(settings);
        return { settings, vscodeCommands: true };
      },
      errorHandler: this.errorHandler(),
      middleware: interopMiddleware(),
      markdown: { isTrusted: false, supportHtml: false },
    };
    // The id `podwright` makes the client honour the `podwright.trace.server` setting.
    const client = new LanguageClient('podwright', vscode.l10n.t('Podwright Language Server'), serverOptions, clientOptions);
    this.disposables.push(
      client.onDidChangeState((event) => {
        if (client !== this.client || event.newState !== State.Running) return;
        void this.resendCustomSchemas(client);
        this.ready.fire();
      }),
    );
    return client;
  }

  private async nudgeConfiguration(): Promise<void> {
    if (!this.client.isRunning()) return;
    try {
      await this.client.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    } catch (error) {
      this.output.warn(`could not announce a settings change: ${String(error)}`);
    }
  }

  private async pushSettings(): Promise<void> {
    const settings = readServerSettings(this.clusterVersion());
    const serialized = JSON.stringify(settings);
    if (!this.client.isRunning() || serialized === this.sentSettings) return;
    this.sentSettings = serialized;
    try {
      await this.client.sendNotification(DidChangeConfigurationNotification.type, { settings: { [SETTINGS_SECTION]: settings } });
    } catch (error) {
      this.output.warn(`could not send settings: ${String(error)}`);
    }
  }

  private errorHandler(): ErrorHandler {
    return {
      // A few malformed messages are survivable; a stream of them means the connection is gone.
      error: (_error, _message, count) => ({ action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
      closed: () => {
        const decision = this.crashes.crashed(Date.now());
        this.output.warn(`language server exited unexpectedly (${decision.crashes} in the current window)`);
        if (decision.notify) void this.notifyCrashes(decision);
        return { action: decision.restart ? CloseAction.Restart : CloseAction.DoNotRestart, handled: true };
      },
    };
  }

  private async notifyCrashes(decision: CrashDecision): Promise<void> {
    const minutes = Math.round(this.crashes.windowMs / 60_000);
    const showOutput = vscode.l10n.t('Show Output');
    const restart = vscode.l10n.t('Restart');
    const choice = decision.restart
      ? await vscode.window.showWarningMessage(
          vscode.l10n.t(
            'The Podwright language server crashed {0} times in the last {1} minutes and was restarted.',
            decision.crashes,
            minutes,
          ),
          showOutput,
        )
      : await vscode.window.showErrorMessage(
          vscode.l10n.t(
            'The Podwright language server crashed {0} times in the last {1} minutes and will not be restarted automatically.',
            decision.crashes,
            minutes,
          ),
          restart,
          showOutput,
        );
    if (choice === showOutput) this.showOutput();
    if (choice === restart) await this.restart();
  }
}
