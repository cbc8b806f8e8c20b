// LSP wiring only: the connection, open documents, and handlers that translate LSP requests into
// calls on the pure language service. main.ts reads the command line first; the connection runs
// over stdio (`--stdio`) for any editor, IPC when VS Code's language client starts it, or a socket
// (transport.ts, which also converts position encodings).
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocuments, TextDocumentSyncKind, type InitializeParams, type InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createPodLanguageService, diskFiles, layeredFiles, type Manifest } from './service/index';
import { loadModel } from './service/schema/loadModel';
import { languageFromEnvironment, type PodSecuritySetting } from './service/settings';
import { DiagnosticScheduler } from './diagnosticScheduler';
import { capDiagnostics, MAX_PUBLISHED_DIAGNOSTICS } from './diagnosticCap';
import { WorkspaceSync } from './workspaceSync';
import { SchemaSettings } from './schemaSettings';
import { ClientSchemas } from './clientSchemas';
import {
  plainMessage,
  REMOVE_CUSTOM_SCHEMAS_METHOD,
  SELECTED_WORKLOADS_COMMAND,
  SET_CUSTOM_SCHEMAS_METHOD,
  type PodwrightInitializationOptions,
  type ReceivedSettings,
} from '../../protocol/index';
import { NAVIGATION_CAPABILITIES, registerNavigation } from './navigationHandlers';
import { openServerConnection } from './transport';
import { clientFeatures, type ClientFeatures } from './clientFeatures';
import { HintsAndLenses } from './hintsAndLenses';
import { VERSION } from './version';
import { diskProbe } from './fileSystem';
import { RenderOnSave, withoutRepeats } from './render/renderOnSave';
import type { Diagnostic } from 'vscode-languageserver-types';

const { connection, incoming, usePositionEncoding } = openServerConnection();
const documents = new TextDocuments(TextDocument);
const modelData = loadModel(__dirname);
const service = createPodLanguageService({
  model: modelData,
  files: diskProbe,
  // A chart's values files are read as the editor has them when open (unsaved edits), else from disk.
  chartFiles: layeredFiles((path) => documents.get(pathToFileURL(path).href)?.getText(), diskFiles()),
});
let localeLanguage = service.settings.language;

const schemaLog = {
  info: (message: string) => connection.console.info(message),
  warn: (message: string) => connection.console.warn(message),
  error: (message: string) => connection.console.error(message),
};
const schemaSettings = new SchemaSettings(service, schemaLog);
// Schemas the client found itself (a cluster's custom resources), by notification.
const clientSchemas = new ClientSchemas(service, schemaLog);
let features: ClientFeatures | undefined;
let inlayHintsEnabled = true;
let workspaceFolders: string[] = [];

/** File-system paths of the workspace folders (only `file:` ones can hold schema files). */
function folderPaths(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  const paths: string[] = [];
  for (const uri of uris) {
    if (!uri.startsWith('file:')) continue;
    try {
      paths.push(fileURLToPath(uri));
    } catch {
      // Not a local path: nothing to read there.
    }
  }
  if (paths.length === 0 && typeof params.rootPath === 'string' && params.rootPath !== '') paths.push(params.rootPath);
  return paths;
}

// Requests between two edits reuse one parse of the text (keyed by the document's version).
const parsed = new Map<string, { version: number; manifest: Manifest }>();

function manifestOf(uri: string): Manifest | undefined {
  const document = documents.get(uri);
  if (!document) return undefined;
  const cached = parsed.get(uri);
  if (cached?.version === document.version) return cached.manifest;
  const manifest = service.parse(uri, document.getText());
  parsed.set(uri, { version: document.version, manifest });
  return manifest;
}

const rendered = new RenderOnSave({
  model: modelData,
  settings: () => service.settings,
  changed: (uris) => {
    for (const uri of uris) {
      if (documents.get(uri)) diagnostics.schedule(uri);
      else void connection.sendDiagnostics({ uri, diagnostics: plainAll(rendered.diagnosticsFor(uri)) });
    }
  },
  notify: (message) => void connection.window.showInformationMessage(plainMessage(message)),
  folders: () => workspaceFolders,
  log: (message) => connection.console.info(message),
});

const plainAll = (list: readonly Diagnostic[]): Diagnostic[] => list.map((d) => ({ ...d, message: plainMessage(d.message) }));

const diagnostics = new DiagnosticScheduler((uri) => {
  const manifest = manifestOf(uri);
  if (!manifest) return;
  const own = service.doValidation(uri, manifest);
  const found = plainAll([...own, ...withoutRepeats(own, rendered.diagnosticsFor(uri))]);
  void connection.sendDiagnostics({ uri, diagnostics: capDiagnostics(found, MAX_PUBLISHED_DIAGNOSTICS, service.settings.language) });
  checkedAt.set(uri, service.workspace.generation);
  workspace.noteValidated();
}, incoming);

const hintsAndLenses = new HintsAndLenses({
  connection,
  service,
  manifestOf,
  features: () => features ?? clientFeatures({ capabilities: {} }),
  inlayHintsEnabled: () => inlayHintsEnabled,
});

// The index generation each open document's published diagnostics saw: only documents checked
// against an older index are checked again when other files change.
const checkedAt = new Map<string, number>();

const workspace = new WorkspaceSync({
  connection,
  service,
  isOpen: (uri) => documents.get(uri) !== undefined,
  filesChanged: (changes) => {
    // Edited schema files (podwright.schemas) are read again.
    const touched = changes.some(({ uri }) => {
      if (!uri.startsWith('file:')) return false;
      try {
        return schemaSettings.covers(fileURLToPath(uri));
      } catch {
        return false;
      }
    });
    if (!touched) return;
    schemaSettings.reload();
    revalidateAll();
  },
  validationPending: () => diagnostics.hasPending(),
  revalidateOpen: () => {
    const generation = service.workspace.generation;
    for (const document of documents.all()) {
      if ((checkedAt.get(document.uri) ?? -1) < generation) diagnostics.schedule(document.uri);
    }
    hintsAndLenses.refreshLenses();
  },
});

function revalidateAll(): void {
  for (const document of documents.all()) diagnostics.schedule(document.uri);
}

/** Reads the schema files again when the setting changed (true when it did). */
function applySchemaSetting(settings: ReceivedSettings | undefined): boolean {
  if (!schemaSettings.configure(settings?.schemas, workspaceFolders)) return false;
  schemaSettings.reload();
  return true;
}

const nonEmpty = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

function applyClientSettings(settings: ReceivedSettings | undefined): void {
  const versions = service.model.versions;
  const version = settings?.kubernetesVersion?.replace(/^v/, '');
  const explanation = settings?.explanationLanguage ?? 'auto';
  inlayHintsEnabled = settings?.inlayHints?.enabled !== false;
  rendered.configure({
    onSave: settings?.render?.onSave !== false,
    trusted: settings?.workspaceTrusted !== false,
    helmPath: nonEmpty(settings?.helm?.path),
    kubectlPath: nonEmpty(settings?.kubectl?.path),
    valuesFiles: (settings?.helm?.valuesFiles ?? []).filter((file) => typeof file === 'string' && file.trim() !== ''),
  });
  service.configure({
    kubernetesVersion: version && versions.includes(version) ? version : service.model.newestVersion,
    severities: settings?.severities ?? {},
    language: explanation === 'auto' ? localeLanguage : explanation,
    podSecurity: podSecuritySetting(settings?.podSecurity),
    bestPractices: settings?.bestPractices === 'off' || settings?.bestPractices === 'strict' ? settings.bestPractices : 'learner',
  });
}

/** `podwright.podSecurity`: an unknown level is off, an unknown version latest (as admission reads labels). */
function podSecuritySetting(setting: ReceivedSettings['podSecurity']): PodSecuritySetting {
  const level = setting?.level === 'baseline' || setting?.level === 'restricted' ? setting.level : 'off';
  const version = setting?.version !== undefined && /^v1\.(0|[1-9][0-9]*)$/.test(setting.version) ? setting.version : 'latest';
  return { level, version };
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const options = params.initializationOptions as PodwrightInitializationOptions | undefined;
  const initial = options?.settings ?? options?.podwright;
  localeLanguage = languageFromEnvironment(params.locale);
  features = clientFeatures(params);
  service.configure({ editor: features.editor });
  usePositionEncoding(features.positionEncoding, (uri) => documents.get(uri));
  workspaceFolders = folderPaths(params);
  applyClientSettings(initial);
  applySchemaSetting(initial);
  workspace.initialize(params);
  return {
    capabilities: {
      // Saves are announced: charts and overlays are rendered then (render/renderOnSave.ts).
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      completionProvider: { triggerCharacters: [':', ' ', '-'], resolveProvider: false },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      ...NAVIGATION_CAPABILITIES,
      positionEncoding: features.positionEncoding,
      inlayHintProvider: { resolveProvider: false },
      codeLensProvider: { resolveProvider: false },
      // VS Code runs the lens through its own command (see hintsAndLenses.ts); other clients ask the server.
      ...(features.editor.vscodeCommands ? {} : { executeCommandProvider: { commands: [SELECTED_WORKLOADS_COMMAND] } }),
    },
    serverInfo: { name: 'podwright', version: VERSION },
  };
});

connection.onInitialized(() => workspace.start());
connection.onShutdown(() => workspace.stop());

connection.onDidChangeConfiguration((change) => {
  // VS Code sends no settings here (it is asked for each section); `files.exclude` is asked anew.
  void workspace.configurationChanged();
  // Clients other than VS Code announce their whole configuration here, often without a podwright
  // section (Helix, eglot, Neovim without `settings`): that keeps the settings given at initialize.
  const settings = (change.settings as { podwright?: ReceivedSettings } | null | undefined)?.podwright;
  if (settings === undefined) return;
  applyClientSettings(settings);
  applySchemaSetting(settings);
  revalidateAll();
  hintsAndLenses.refreshHints();
  hintsAndLenses.refreshLenses();
});

connection.onNotification(SET_CUSTOM_SCHEMAS_METHOD, (params: unknown) => {
  if (clientSchemas.set(params)) revalidateAll();
});

connection.onNotification(REMOVE_CUSTOM_SCHEMAS_METHOD, (params: unknown) => {
  if (clientSchemas.remove(params)) revalidateAll();
});

documents.onDidOpen((event) => diagnostics.schedule(event.document.uri));
documents.onDidSave((event) => void rendered.saved(event.document.uri));
documents.onDidChangeContent((event) => {
  diagnostics.schedule(event.document.uri);
  // A chart's values changed: its open templates' `.Values` findings may have too.
  const role = service.roleOfPath(event.document.uri);
  if (role.role !== 'ignored' || role.why !== 'values' || role.chartRoot === undefined) return;
  const chart = `${pathToFileURL(role.chartRoot).href}/`;
  for (const open of documents.keys()) if (open.startsWith(chart) && open !== event.document.uri) diagnostics.schedule(open);
});
documents.onDidClose((event) => {
  diagnostics.cancel(event.document.uri);
  service.forget(event.document.uri);
  parsed.delete(event.document.uri);
  checkedAt.delete(event.document.uri);
  // What a render found in the file stays until the next render.
  void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: plainAll(rendered.diagnosticsFor(event.document.uri)) });
  void workspace.onClosed(event.document.uri);
});

connection.onCompletion((params) => {
  const manifest = manifestOf(params.textDocument.uri);
  return manifest ? service.doComplete(manifest, params.position, params.textDocument.uri) : null;
});

connection.onHover((params) => {
  const manifest = manifestOf(params.textDocument.uri);
  return manifest ? service.doHover(manifest, params.position, params.textDocument.uri) : null;
});

connection.onCodeAction((params) => {
  const manifest = manifestOf(params.textDocument.uri);
  return manifest ? service.getCodeActions(params.textDocument.uri, manifest, params.range, params.context.diagnostics) : [];
});

registerNavigation(connection, service, manifestOf);
hintsAndLenses.register();

documents.listen(connection);
connection.listen();
