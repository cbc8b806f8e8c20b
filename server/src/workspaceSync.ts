// Keeps the service's workspace index current: a background scan of the workspace folders at start,
// then file events (created, changed, deleted) and open editors. When another file's objects change,
// the open documents are checked again, since their findings across resources may have changed.
import { fileURLToPath } from 'node:url';
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type Connection,
  type FileEvent,
  type InitializeParams,
} from 'vscode-languageserver/node';
import type { PodLanguageService } from './service/index';
import { ExcludedFiles } from './excludedFiles';
import {
  MAX_INDEXED_FILE_BYTES,
  MAX_INDEXED_FILES,
  readManifestText,
  scanFolders,
  yieldToEventLoop,
  type ScanLimits,
} from './workspaceFiles';

export interface WorkspaceSyncHost {
  readonly connection: Connection;
  readonly service: PodLanguageService;
  isOpen(uri: string): boolean;
  /** Every batch of file events, after the index took them (schema files react here). */
  filesChanged?(changes: readonly FileEvent[]): void;
  /** Checks again the open documents checked against an older index generation. */
  revalidateOpen(): void;
  /** Whether a document waits for its validation: the background scan lets it go first. */
  validationPending?(): boolean;
}

const REVALIDATE_DELAY_MS = 200;

export class WorkspaceSync {
  private folders: string[] = [];
  private watchRegistration = false;
  /** Whether the client answers `workspace/configuration` (for `files.exclude`). */
  private configurationRequests = false;
  private readonly excluded = new ExcludedFiles();
  private revalidateTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  /** While the first scan runs, open documents are not re-checked for each file it adds; once, after it. */
  private scanning = false;
  /** Settles when the first scan is over (for tests and logging). */
  scanned: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: WorkspaceSyncHost,
    private readonly limits: ScanLimits = { maxFiles: MAX_INDEXED_FILES, maxFileBytes: MAX_INDEXED_FILE_BYTES },
  ) {}

  initialize(params: InitializeParams): void {
    const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.folders = uris.filter((u) => u.startsWith('file:'));
    this.host.service.setWorkspaceRoots(this.folders);
    this.watchRegistration = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    this.configurationRequests = params.capabilities.workspace?.configuration === true;
  }

  /** After `initialized`: ask the client for file events and index the folders in the background. */
  start(): void {
    const { connection } = this.host;
    if (this.watchRegistration) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{yaml,yml,json}' }, { globPattern: '**/' }] })
        .catch((error: unknown) => connection.console.warn(`Podwright could not watch workspace files: ${String(error)}`));
    }
    connection.onDidChangeWatchedFiles((params) => void this.onFileEvents(params.changes));
    this.scanned = this.readExcludes().then(() => this.scan());
  }

  /**
   * The settings may have changed: when `files.exclude` did, files now excluded leave the index and
   * the folders are walked again for those no longer excluded.
   */
  async configurationChanged(): Promise<void> {
    await this.scanned;
    if (!(await this.readExcludes()) || this.stopped) return;
    const { service } = this.host;
    for (const uri of [...service.workspace.uris()]) {
      if (!this.host.isOpen(uri) && this.isExcluded(uri)) service.unindex(uri);
    }
    this.scanned = this.scan();
    await this.scanned;
  }

  /** Reads each folder's `files.exclude`; whether any changed. */
  private async readExcludes(): Promise<boolean> {
    if (!this.configurationRequests || this.folders.length === 0) return false;
    let values: unknown[];
    try {
      values = await this.host.connection.workspace.getConfiguration(
        this.folders.map((scopeUri) => ({ scopeUri, section: 'files.exclude' })),
      );
    } catch (error) {
      this.host.connection.console.warn(`Podwright could not read files.exclude: ${String(error)}`);
      return false;
    }
    let changed = false;
    this.folders.forEach((uri, i) => {
      const path = pathOf(uri);
      if (path !== undefined) changed = this.excluded.set(path, values[i]) || changed;
    });
    return changed;
  }

  private isExcluded(uri: string): boolean {
    const path = pathOf(uri);
    return path !== undefined && this.excluded.isExcluded(path);
  }

  stop(): void {
    this.stopped = true;
    if (this.revalidateTimer) clearTimeout(this.revalidateTimer);
  }

  /** An editor closed: its file on disk (if any) is what the index must hold now. */
  async onClosed(uri: string): Promise<void> {
    if (this.isExcluded(uri)) this.host.service.unindex(uri);
    else await this.reindex(uri);
    this.scheduleRevalidate();
  }

  private async scan(): Promise<void> {
    const started = Date.now();
    const paths = this.folders.flatMap((uri) => pathOf(uri) ?? []);
    if (paths.length === 0) return;
    const { service, connection } = this.host;
    this.scanning = true;
    let result;
    try {
      result = await scanFolders(
        paths,
        (uri, text) => service.indexFile(uri, text),
        (uri) => this.host.isOpen(uri),
        this.limits,
        () => this.stopped,
        () => this.pause(),
        (path) => this.excluded.isExcluded(path),
      );
    } finally {
      this.scanning = false;
    }
    connection.console.log(
      `Podwright indexed ${result.indexed} manifest files in ${Date.now() - started} ms` +
        (result.skippedLarge > 0 ? ` (${result.skippedLarge} over ${Math.round(this.limits.maxFileBytes / 1024)} KiB skipped)` : ''),
    );
    if (result.capped) {
      void connection.window.showInformationMessage(
        `Podwright indexed the first ${this.limits.maxFiles} YAML files of this workspace for checks across files; the others are checked only when opened.`,
      );
    }
    this.scheduleRevalidate();
  }

  /**
   * Before the scan and between two of its slices: messages from the client first (the connection
   * handles one per turn of the event loop, so two turns), then any validation they scheduled.
   */
  private async pause(): Promise<void> {
    await yieldToEventLoop();
    await yieldToEventLoop();
    while (this.host.validationPending?.() === true && !this.stopped) await new Promise((resolve) => setTimeout(resolve, 1));
  }

  private async onFileEvents(changes: readonly FileEvent[]): Promise<void> {
    for (const change of changes) {
      if (change.type === FileChangeType.Deleted) {
        // A deleted folder arrives as one event for the folder.
        this.host.service.unindex(change.uri);
        this.host.service.unindex(change.uri.endsWith('/') ? change.uri : `${change.uri}/`);
      } else if (this.isExcluded(change.uri)) {
        this.host.service.unindex(change.uri);
      } else if (/\.ya?ml$/i.test(change.uri) && !this.host.isOpen(change.uri)) {
        await this.reindex(change.uri);
      }
    }
    this.host.filesChanged?.(changes);
    this.scheduleRevalidate();
  }

  private async reindex(uri: string): Promise<void> {
    let path: string;
    try {
      path = fileURLToPath(uri);
    } catch {
      this.host.service.unindex(uri);
      return;
    }
    const read = await readManifestText(path, this.limits.maxFileBytes);
    if (this.host.isOpen(uri)) return; // the editor's text won meanwhile
    if ('text' in read) this.host.service.indexFile(uri, read.text);
    else this.host.service.unindex(uri);
  }

  /** Once the index has settled, re-checks the open documents that saw an older one (the host knows which). */
  scheduleRevalidate(): void {
    if (this.revalidateTimer || this.stopped || this.scanning) return;
    this.revalidateTimer = setTimeout(() => {
      this.revalidateTimer = undefined;
      this.host.revalidateOpen();
    }, REVALIDATE_DELAY_MS);
  }

  /** Called after a document's own validation, which may have changed its objects in the index. */
  noteValidated(): void {
    this.scheduleRevalidate();
  }
}

function pathOf(uri: string): string | undefined {
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
