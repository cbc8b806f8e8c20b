// A small LSP client for tests: spawns the bundled server (`node dist/server.js --stdio`) and talks
// JSON-RPC to it over its stdin/stdout, as any editor would — or over the Node IPC channel
// (`--node-ipc`, as VS Code does) or a socket it listens on (`--socket=PORT`). Every wait is
// bounded and fails at once when the server process exits, so a crash or hang shows up as a clear
// test failure.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionRequest,
  CodeLensRequest,
  CompletionRequest,
  createProtocolConnection,
  DefinitionRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  ExecuteCommandRequest,
  ExitNotification,
  HoverRequest,
  InlayHintRequest,
  IPCMessageReader,
  IPCMessageWriter,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PrepareRenameRequest,
  PublishDiagnosticsNotification,
  ReferencesRequest,
  RenameRequest,
  ShowMessageNotification,
  ShutdownRequest,
  SocketMessageReader,
  SocketMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type CodeAction,
  type CodeLens,
  type Command,
  type CompletionItem,
  type CompletionList,
  type Diagnostic,
  type DocumentSymbol,
  type FileEvent,
  type Hover,
  type InitializeResult,
  type Location,
  type LocationLink,
  type InlayHint,
  type MessageReader,
  type MessageWriter,
  type Position,
  type ProtocolConnection,
  type Range,
  type SymbolInformation,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { distDir } from './service';
import { withDeadline } from './deadline';
import { DEFAULT_CAPABILITIES, environmentWithoutLocale, mergeCapabilities, withoutPartialMessageTimer } from './lspClientSetup';

export { DEFAULT_CAPABILITIES, environmentWithoutLocale, mergeCapabilities } from './lspClientSetup';

export const DEFAULT_DEADLINE_MS = 20_000;

export interface StartOptions {
  /** The bundle to run; defaults to the repo's dist/server.js. */
  readonly serverPath?: string;
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly locale?: string;
  /** Sent as initializationOptions.settings (the podwright.* settings). */
  readonly settings?: Record<string, unknown>;
  readonly deadlineMs?: number;
  /** Workspace folders (file-system paths) sent in `initialize`; none by default. */
  readonly workspaceFolders?: readonly string[];
  /** Announce dynamic registration of file watching, as VS Code does. */
  readonly watchFiles?: boolean;
  /** Merged over the default client capabilities (objects merge key by key; arrays and values replace). */
  readonly capabilities?: ClientCapabilities;
  readonly clientInfo?: { name: string; version?: string };
  /** Initialization options besides `settings` (e.g. `vscodeCommands`). */
  readonly initializationOptions?: Record<string, unknown>;
  /**
   * Answers `workspace/configuration` items (and says the client can); without it the client cannot
   * and would answer null. `LspClient.answerConfiguration` changes the answers later.
   */
  readonly configuration?: (item: { section?: string; scopeUri?: string }) => unknown;
  /** How to talk to the server: stdin/stdout (default), the Node IPC channel, or a socket it connects to. */
  readonly transport?: 'stdio' | 'node-ipc' | 'socket';
}

interface DiagnosticsWaiter {
  readonly predicate: (diagnostics: Diagnostic[]) => boolean;
  readonly resolve: (diagnostics: Diagnostic[]) => void;
}

export class LspClient {
  readonly deadlineMs: number;
  capabilities: InitializeResult['capabilities'] = {};
  private readonly connection: ProtocolConnection;
  private readonly documents = new Map<string, TextDocument>();
  private readonly latest = new Map<string, Diagnostic[]>();
  private readonly waiters = new Map<string, Set<DiagnosticsWaiter>>();
  /** Capabilities the server registered dynamically (method and options), in order. */
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  /** What `workspace/configuration` answers for each item. */
  answerConfiguration: (item: { section?: string; scopeUri?: string }) => unknown = () => null;
  /** `window/logMessage` texts, oldest first. */
  readonly logs: string[] = [];
  private readonly logWaiters = new Set<{ readonly pattern: RegExp; readonly resolve: (line: string) => void }>();
  /** `window/showMessage` texts and `window/showMessageRequest` messages, oldest first. */
  readonly messages: string[] = [];
  /** `workspace/codeLens/refresh` and `workspace/inlayHint/refresh` requests, in order. */
  readonly refreshes: string[] = [];
  /** `window/showDocument` requests the server made. */
  readonly shownDocuments: { uri: string; selection?: Range }[] = [];
  /** The action `window/showMessageRequest` answers with (its title), or none. */
  answerMessageRequest: ((actions: string[]) => string | undefined) | undefined;
  private stderr = '';
  private writable = true;
  private exitInfo: string | undefined;
  /** Rejects when the server process exits, so every pending wait fails fast. */
  readonly exited: Promise<never>;

  private constructor(
    readonly process: ChildProcess,
    deadlineMs: number,
    endpoints: (client: LspClient) => [MessageReader, MessageWriter],
  ) {
    this.deadlineMs = deadlineMs;
    process.stderr?.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString('utf8')).slice(-16_384);
    });
    this.exited = new Promise<never>((_, reject) => {
      process.once('exit', (code, signal) => {
        this.exitInfo = `server exited (code ${String(code)}, signal ${String(signal)})`;
        reject(new Error(`${this.exitInfo}; stderr:\n${this.stderr}`));
      });
    });
    this.exited.catch(() => undefined); // observed by whoever waits; not an unhandled rejection
    const [reader, writer] = endpoints(this);
    this.connection = createProtocolConnection(reader, writer);
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.latest.set(params.uri, params.diagnostics);
      for (const waiter of this.waiters.get(params.uri) ?? []) {
        if (waiter.predicate(params.diagnostics)) waiter.resolve(params.diagnostics);
      }
    });
    this.connection.onNotification(LogMessageNotification.type, (params) => {
      this.logs.push(params.message);
      for (const waiter of this.logWaiters) {
        if (waiter.pattern.test(params.message)) waiter.resolve(params.message);
      }
    });
    // Answer what a server may ask of its client with "nothing configured / accepted".
    this.connection.onRequest('workspace/configuration', (params: { items?: { section?: string; scopeUri?: string }[] }) =>
      (params.items ?? []).map((item) => this.answerConfiguration(item)),
    );
    this.connection.onRequest(
      'client/registerCapability',
      (params: { registrations?: { method: string; registerOptions?: unknown }[] }) => {
        this.registrations.push(...(params.registrations ?? []));
        return null;
      },
    );
    for (const method of ['client/unregisterCapability', 'window/workDoneProgress/create']) {
      this.connection.onRequest(method, () => null);
    }
    for (const method of ['workspace/codeLens/refresh', 'workspace/inlayHint/refresh']) {
      this.connection.onRequest(method, () => {
        this.refreshes.push(method);
        return null;
      });
    }
    this.connection.onNotification(ShowMessageNotification.type, (params) => this.messages.push(params.message));
    this.connection.onRequest('window/showMessageRequest', (params: { message: string; actions?: { title: string }[] }) => {
      this.messages.push(params.message);
      const title = this.answerMessageRequest?.((params.actions ?? []).map((a) => a.title));
      return title === undefined ? null : { title };
    });
    this.connection.onRequest('window/showDocument', (params: { uri: string; selection?: Range }) => {
      this.shownDocuments.push(params);
      return { success: true };
    });
    this.connection.onError(() => undefined);
    this.connection.listen();
  }

  /** Spawns the server and completes the initialize handshake. */
  static async start(options: StartOptions = {}): Promise<LspClient> {
    const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
    const client = await LspClient.spawnServer(options, deadlineMs);
    let capabilities = mergeCapabilities(DEFAULT_CAPABILITIES, options.capabilities);
    if (options.watchFiles)
      capabilities = mergeCapabilities(capabilities, { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } });
    if (options.configuration) {
      client.answerConfiguration = options.configuration;
      capabilities = mergeCapabilities(capabilities, { workspace: { configuration: true } });
    }
    const result = await client.send('initialize', () =>
      client.connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: null,
        capabilities,
        ...(options.clientInfo ? { clientInfo: options.clientInfo } : {}),
        ...(options.locale ? { locale: options.locale } : {}),
        initializationOptions: { ...options.initializationOptions, settings: options.settings ?? {} },
        workspaceFolders: options.workspaceFolders?.map((folder) => ({ uri: pathToFileURL(folder).href, name: basename(folder) })) ?? null,
      }),
    );
    client.capabilities = result.capabilities;
    await client.send('initialized', () => client.connection.sendNotification(InitializedNotification.type, {}));
    return client;
  }

  /** Starts the server process on the transport asked for and connects to it. */
  private static async spawnServer(options: StartOptions, deadlineMs: number): Promise<LspClient> {
    const serverPath = options.serverPath ?? join(distDir, 'server.js');
    const env = options.env ?? environmentWithoutLocale();
    const transport = options.transport ?? 'stdio';
    if (transport === 'stdio') {
      const child = spawn(process.execPath, [serverPath, '--stdio'], { cwd: options.cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
      return new LspClient(child, deadlineMs, (client) => {
        const { stdout, stdin } = child;
        if (!stdout || !stdin) throw new Error('server started without stdio pipes');
        // A dying server closes its pipes; writes must then fail quietly, the exit reports it.
        stdin.on('error', () => undefined);
        stdin.on('close', () => (client.writable = false));
        return [withoutPartialMessageTimer(new StreamMessageReader(stdout)), new StreamMessageWriter(stdin)];
      });
    }
    if (transport === 'node-ipc') {
      const child = fork(serverPath, ['--node-ipc'], {
        cwd: options.cwd,
        env,
        execPath: process.execPath,
        stdio: ['pipe', 'pipe', 'pipe', 'ipc'],
      });
      return new LspClient(child, deadlineMs, (client) => {
        child.on('disconnect', () => (client.writable = false));
        return [new IPCMessageReader(child), new IPCMessageWriter(child)];
      });
    }
    // LSP's socket transport: the client listens, the server connects to the port it is given.
    const listener = createServer();
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    const port = (listener.address() as AddressInfo).port;
    const connected = new Promise<Socket>((resolve) => listener.once('connection', resolve));
    const child = spawn(process.execPath, [serverPath, `--socket=${port}`], { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<never>((_, reject) =>
      child.once('exit', (code) => reject(new Error(`server exited (code ${String(code)}) before connecting`))),
    );
    exited.catch(() => undefined);
    let socket: Socket;
    try {
      socket = await withDeadline(connected, deadlineMs, `the server's connection to port ${port}`, exited);
    } finally {
      listener.close();
    }
    return new LspClient(child, deadlineMs, (client) => {
      socket.on('error', () => undefined);
      socket.on('close', () => (client.writable = false));
      return [withoutPartialMessageTimer(new SocketMessageReader(socket)), new SocketMessageWriter(socket)];
    });
  }

  get alive(): boolean {
    return this.exitInfo === undefined;
  }

  get stderrText(): string {
    return this.stderr;
  }

  /** Sends only to a live server (writing to a dead one's pipe throws), and bounds the answer. */
  private send<T>(what: string, work: () => Promise<T>): Promise<T> {
    if (!this.alive || !this.writable) return this.bounded(this.exited, what);
    return this.bounded(work(), what);
  }

  /** Races work against the deadline and the server's exit. */
  bounded<T>(work: Promise<T>, what: string, timeoutMs = this.deadlineMs): Promise<T> {
    return withDeadline(work, timeoutMs, what, this.exited);
  }

  text(uri: string): string {
    const document = this.documents.get(uri);
    if (!document) throw new Error(`${uri} is not open`);
    return document.getText();
  }

  async open(uri: string, text: string, languageId = 'yaml'): Promise<void> {
    this.documents.set(uri, TextDocument.create(uri, languageId, 1, text));
    await this.send(`didOpen ${uri}`, () =>
      this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } }),
    );
  }

  /**
   * Sends one incremental change: `range` (UTF-16) of the current text becomes `text`. A client
   * that agreed on another position encoding sends `wireRange`, the same range in that encoding.
   */
  async change(uri: string, range: Range, text: string, wireRange: Range = range): Promise<void> {
    const document = this.documents.get(uri);
    if (!document) throw new Error(`${uri} is not open`);
    const version = document.version + 1;
    this.documents.set(uri, TextDocument.update(document, [{ range, text }], version));
    await this.send(`didChange ${uri}`, () =>
      this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: [{ range: wireRange, text }],
      }),
    );
  }

  /** Replaces the first occurrence of `find` (after `from`) with `replacement`, as one incremental change. */
  async replace(uri: string, find: string, replacement: string, from = 0): Promise<void> {
    const document = this.documents.get(uri);
    if (!document) throw new Error(`${uri} is not open`);
    const offset = document.getText().indexOf(find, from);
    if (offset < 0) throw new Error(`${JSON.stringify(find)} not found in ${uri}`);
    await this.change(uri, { start: document.positionAt(offset), end: document.positionAt(offset + find.length) }, replacement);
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri);
    this.latest.delete(uri);
    await this.send(`didClose ${uri}`, () =>
      this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } }),
    );
  }

  /** The first log line matching `pattern` among those logged from index `from` on (default: from now). */
  waitForLog(pattern: RegExp, from = this.logs.length, timeoutMs = this.deadlineMs): Promise<string> {
    const earlier = this.logs.slice(from).find((line) => pattern.test(line));
    if (earlier !== undefined) return Promise.resolve(earlier);
    let waiter: { pattern: RegExp; resolve: (line: string) => void } | undefined;
    const found = new Promise<string>((resolve) => {
      waiter = { pattern, resolve };
      this.logWaiters.add(waiter);
    });
    const result = this.bounded(
      found,
      `a log line matching ${String(pattern)} (logged: ${JSON.stringify(this.logs.slice(-10))})`,
      timeoutMs,
    ).finally(() => {
      if (waiter) this.logWaiters.delete(waiter);
    });
    result.catch(() => undefined);
    return result;
  }

  async changeWatchedFiles(changes: FileEvent[]): Promise<void> {
    await this.send('didChangeWatchedFiles', () => this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes }));
  }

  /** Any notification, by method name (Podwright's own, such as `podwright/customSchemas`). */
  async notify(method: string, params: unknown): Promise<void> {
    await this.send(method, () => this.connection.sendNotification(method, params));
  }

  /** `workspace/didChangeConfiguration` with no settings: the server is to ask again (as VS Code does). */
  async configurationChanged(): Promise<void> {
    await this.send('didChangeConfiguration', () =>
      this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null }),
    );
  }

  async configure(podwright: Record<string, unknown>): Promise<void> {
    await this.send('didChangeConfiguration', () =>
      this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { podwright } }),
    );
  }

  /**
   * The next diagnostics published for `uri` after this call that satisfy `predicate`.
   * Publications that arrived earlier are not considered, so call it right after the edit.
   */
  waitForDiagnostics(
    uri: string,
    predicate: (diagnostics: Diagnostic[]) => boolean = () => true,
    timeoutMs = this.deadlineMs,
  ): Promise<Diagnostic[]> {
    let waiter: DiagnosticsWaiter | undefined;
    const found = new Promise<Diagnostic[]>((resolve) => {
      waiter = { predicate, resolve };
      const set = this.waiters.get(uri) ?? new Set();
      set.add(waiter);
      this.waiters.set(uri, set);
    });
    const last = JSON.stringify(this.latest.get(uri) ?? null).slice(0, 2000);
    const result = this.bounded(
      found,
      `diagnostics for ${uri} matching ${predicate.toString()} (last published: ${last})`,
      timeoutMs,
    ).finally(() => {
      if (waiter) this.waiters.get(uri)?.delete(waiter);
    });
    // Marked as handled: a test that fails before awaiting it must not also leave a stray rejection.
    result.catch(() => undefined);
    return result;
  }

  completion(uri: string, position: Position): Promise<CompletionList | CompletionItem[] | null> {
    return this.send(`completion at ${uri} ${JSON.stringify(position)}`, () =>
      this.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position }),
    );
  }

  /** Completion items whatever the shape of the answer. */
  async completionItems(uri: string, position: Position): Promise<CompletionItem[]> {
    const result = await this.completion(uri, position);
    return Array.isArray(result) ? result : (result?.items ?? []);
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.send(`hover at ${uri} ${JSON.stringify(position)}`, () =>
      this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }),
    );
  }

  inlayHints(uri: string, range: Range): Promise<InlayHint[] | null> {
    return this.send(`inlayHint at ${uri} ${JSON.stringify(range)}`, () =>
      this.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range }),
    );
  }

  codeLenses(uri: string): Promise<CodeLens[] | null> {
    return this.send(`codeLens of ${uri}`, () => this.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } }));
  }

  executeCommand(command: string, args: unknown[] = []): Promise<unknown> {
    return this.send(`executeCommand ${command}`, () =>
      this.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: args }),
    );
  }

  /** Any request, for methods this helper has no wrapper for. */
  request<R>(method: string, params: unknown): Promise<R> {
    return this.send(method, () => this.connection.sendRequest<R>(method, params));
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[]): Promise<(Command | CodeAction)[] | null> {
    return this.send(`codeAction at ${uri} ${JSON.stringify(range)}`, () =>
      this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics } }),
    );
  }

  definition(uri: string, position: Position): Promise<Location | Location[] | LocationLink[] | null> {
    return this.send(`definition at ${uri} ${JSON.stringify(position)}`, () =>
      this.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position }),
    );
  }

  references(uri: string, position: Position, includeDeclaration = true): Promise<Location[] | null> {
    return this.send(`references at ${uri} ${JSON.stringify(position)}`, () =>
      this.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position, context: { includeDeclaration } }),
    );
  }

  prepareRename(uri: string, position: Position): Promise<unknown> {
    return this.send(`prepareRename at ${uri} ${JSON.stringify(position)}`, () =>
      this.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position }),
    );
  }

  /** Rejects with the server's ResponseError when it refuses the new name. */
  rename(uri: string, position: Position, newName: string): Promise<WorkspaceEdit | null> {
    return this.send(`rename at ${uri} ${JSON.stringify(position)}`, () =>
      this.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName }),
    );
  }

  documentSymbol(uri: string): Promise<DocumentSymbol[] | SymbolInformation[] | null> {
    return this.send(`documentSymbol ${uri}`, () => this.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }));
  }

  /** Polite shutdown (shutdown request, exit notification), then the process must end. */
  async shutdown(): Promise<number | null> {
    if (!this.alive) return this.process.exitCode;
    const ended = new Promise<number | null>((resolve) => this.process.once('exit', (code) => resolve(code)));
    await this.send('shutdown', () => this.connection.sendRequest(ShutdownRequest.type));
    await this.send('exit', () => this.connection.sendNotification(ExitNotification.type));
    const code = await withDeadline(ended, this.deadlineMs, 'process exit after the exit notification');
    this.connection.dispose();
    return code;
  }

  /** For test teardown: ends the process whatever state it is in. */
  dispose(): void {
    this.connection.dispose();
    if (this.alive) this.process.kill('SIGKILL');
  }
}

/** Plain text of a hover's contents, whatever its shape. */
export function hoverText(hover: Hover | null): string {
  if (!hover) return '';
  const contents = hover.contents;
  const parts = Array.isArray(contents) ? contents : [contents];
  return parts.map((part) => (typeof part === 'string' ? part : part.value)).join('\n');
}
