// One language server process driven over stdio for the bench: timed requests, waits for published
// diagnostics, and the process's peak resident memory. Every wait is bounded; a server that exits
// fails every pending wait at once.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node.js';

export function bounded(work, timeoutMs, what, abort) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms: ${what}`)), timeoutMs);
  });
  return Promise.race([work, timeout, ...(abort ? [abort] : [])]).finally(() => clearTimeout(timer));
}

export class LspSession {
  /** Every live server process, so a watchdog can end them all. */
  static live = new Set();

  static killAll() {
    for (const child of LspSession.live) child.kill('SIGKILL');
  }
  /**
   * options: { script, args, execArgv, env, timeoutMs, initializationOptions, capabilities,
   *            workspaceFolders (paths), configuration(section) → value, beforeInitialized(session) }
   * With workspaceFolders the client also offers file watching (dynamic registration) and answers
   * the server's registration. Resolves to { session, startMs, initializedAt } where startMs is
   * spawn → initialize result and initializedAt the moment `initialized` was sent.
   */
  static async start(options) {
    const started = performance.now();
    const child = spawn(process.execPath, [...(options.execArgv ?? []), options.script, ...(options.args ?? ['--stdio'])], {
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const session = new LspSession(child, options);
    const folders = options.workspaceFolders ?? [];
    const capabilities =
      folders.length > 0
        ? {
            ...options.capabilities,
            workspace: { ...options.capabilities?.workspace, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
          }
        : (options.capabilities ?? {});
    const result = await session.request('initialize', {
      processId: process.pid,
      rootUri: folders.length > 0 ? pathToFileURL(folders[0]).href : null,
      workspaceFolders: folders.length > 0 ? folders.map((folder) => ({ uri: pathToFileURL(folder).href, name: basename(folder) })) : null,
      capabilities,
      initializationOptions: options.initializationOptions,
    });
    const startMs = performance.now() - started;
    session.capabilities = result.capabilities;
    await options.beforeInitialized?.(session);
    const initializedAt = performance.now();
    await session.notify('initialized', {});
    return { session, startMs, initializedAt };
  }

  constructor(child, options) {
    this.child = child;
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.stderr = '';
    this.versions = new Map();
    this.waiters = new Map();
    /** @type {Record<string, unknown> | undefined} the server's, once initialized */
    this.capabilities = undefined;
    this.notificationWaiters = new Map();
    this.logs = [];
    this.logWaiters = [];
    this.registrations = [];
    this.probes = [];
    let partial = '';
    child.stderr.on('data', (chunk) => {
      this.stderr = (this.stderr + chunk).slice(-8192);
      // Lines of bench/probe.cjs (when preloaded), kept whole.
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('podwright-bench: ')) this.probes.push(line.slice('podwright-bench: '.length));
    });
    child.stdin.on('error', () => undefined);
    LspSession.live.add(child);
    this.exited = new Promise((_, reject) => {
      child.once('exit', (code, signal) => {
        this.dead = true;
        LspSession.live.delete(child);
        reject(new Error(`${options.script} exited (code ${code}, signal ${signal}); stderr: ${this.stderr}`));
      });
    });
    this.exited.catch(() => undefined);
    const reader = new StreamMessageReader(child.stdout);
    // Its "partial message" timer re-arms for ever after a server dies mid-message (even once disposed).
    reader.partialMessageTimeout = 0;
    this.connection = createProtocolConnection(reader, new StreamMessageWriter(child.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (params) => {
      const waiter = this.waiters.get(params.uri);
      if (waiter) {
        this.waiters.delete(params.uri);
        waiter({ at: performance.now(), diagnostics: params.diagnostics });
      }
    });
    // The JSON-RPC connection's catch-all handler (ProtocolConnection's types leave it out).
    /** @type {import('vscode-jsonrpc').MessageConnection} */ (/** @type {unknown} */ (this.connection)).onNotification((method) => {
      const waiter = this.notificationWaiters.get(method);
      if (waiter) {
        this.notificationWaiters.delete(method);
        waiter();
      }
    });
    this.connection.onNotification('window/logMessage', (params) => {
      const at = performance.now();
      this.logs.push({ at, message: params.message });
      this.logWaiters = this.logWaiters.filter(({ pattern, resolve }) => {
        const match = pattern.exec(params.message);
        if (match) resolve({ at, match });
        return !match;
      });
    });
    this.connection.onRequest('workspace/configuration', (params) =>
      params.items.map((item) => options.configuration?.(item.section) ?? null),
    );
    this.connection.onRequest('client/registerCapability', (params) => {
      this.registrations.push(...(params.registrations ?? []).map((r) => r.method));
      return null;
    });
    for (const method of ['client/unregisterCapability', 'window/workDoneProgress/create', 'window/showMessageRequest'])
      this.connection.onRequest(method, () => null);
    this.connection.onError(() => undefined);
    this.connection.listen();
  }

  get pid() {
    return this.child.pid;
  }

  request(method, params, timeoutMs = this.timeoutMs) {
    if (this.dead) return this.exited;
    return bounded(this.connection.sendRequest(method, params), timeoutMs, method, this.exited);
  }

  /** Milliseconds from sending a request to its answer, and the answer. */
  async timedRequest(method, params, timeoutMs) {
    const sent = performance.now();
    const result = await this.request(method, params, timeoutMs);
    return { ms: performance.now() - sent, result };
  }

  /**
   * @param {string} method
   * @param {unknown} [params]
   */
  notify(method, params) {
    if (this.dead) return this.exited;
    return bounded(this.connection.sendNotification(method, params), this.timeoutMs, method, this.exited);
  }

  /** Resolves on the next notification `method` from the server (registered before it can arrive). */
  nextNotification(method, timeoutMs = this.timeoutMs) {
    return bounded(
      new Promise((resolve) => this.notificationWaiters.set(method, resolve)),
      timeoutMs,
      `notification ${method}`,
      this.exited,
    );
  }

  /** Resolves with { at, match } for the first `window/logMessage` (already received or to come) that matches `pattern`. */
  logMatching(pattern, timeoutMs = this.timeoutMs) {
    for (const { at, message } of this.logs) {
      const match = pattern.exec(message);
      if (match) return Promise.resolve({ at, match });
    }
    return bounded(new Promise((resolve) => this.logWaiters.push({ pattern, resolve })), timeoutMs, `log message ${pattern}`, this.exited);
  }

  /** Resolves with { at, diagnostics } on the next publication for `uri`; call before the triggering edit. */
  nextDiagnostics(uri, timeoutMs = this.timeoutMs) {
    return bounded(new Promise((resolve) => this.waiters.set(uri, resolve)), timeoutMs, `diagnostics for ${uri}`, this.exited);
  }

  async open(uri, text) {
    this.versions.set(uri, 1);
    await this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    return performance.now();
  }

  async change(uri, range, text) {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
  }

  async close(uri) {
    await this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  /** The model files the server read so far (with bench/probe.cjs preloaded). */
  modelFilesRead() {
    return [...new Set(this.probes.filter((p) => p.startsWith('read ')).map((p) => p.slice('read '.length)))];
  }

  /** Peak resident set size (VmHWM) in MB, from /proc; undefined where /proc is not available. */
  peakRssMb() {
    try {
      const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      const kb = Number(/^VmHWM:\s+(\d+)\s+kB/m.exec(status)?.[1]);
      return Number.isFinite(kb) ? kb / 1024 : undefined;
    } catch {
      return undefined;
    }
  }

  /** Shutdown and exit, bounded; kills the process if it does not leave in time. */
  async stop() {
    if (!this.dead) {
      try {
        const gone = new Promise((resolve) => this.child.once('exit', resolve));
        await this.request('shutdown', undefined, 10_000);
        await this.notify('exit');
        await bounded(gone, 10_000, 'exit');
      } catch {
        // fall through to the kill below
      }
    }
    this.connection.dispose();
    if (!this.dead) this.child.kill('SIGKILL');
  }
}
