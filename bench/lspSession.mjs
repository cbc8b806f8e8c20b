// One language server process driven over stdio for the bench: timed requests, waits for published
// diagnostics, and the process's peak resident memory. Every wait is bounded; a server that exits
// fails every pending wait at once.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
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
   * options: { script, args, env, timeoutMs, initializationOptions, capabilities,
   *            configuration(section) → value, beforeInitialized(session), workspaceFolders: [{ uri, name }] }
   * Resolves to { session, startMs } where startMs is spawn → initialize result.
   */
  static async start(options) {
    const started = performance.now();
    const child = spawn(process.execPath, [options.script, ...(options.args ?? ['--stdio'])], {
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const session = new LspSession(child, options);
    const result = await session.request('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: options.workspaceFolders ?? null,
      capabilities: options.capabilities ?? {},
      initializationOptions: options.initializationOptions,
    });
    const startMs = performance.now() - started;
    session.capabilities = result.capabilities;
    await options.beforeInitialized?.(session);
    await session.notify('initialized', {});
    return { session, startMs };
  }

  constructor(child, options) {
    this.child = child;
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.stderr = '';
    this.versions = new Map();
    this.waiters = new Map();
    this.notificationWaiters = new Map();
    child.stderr.on('data', (chunk) => (this.stderr = (this.stderr + chunk).slice(-8192)));
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
    this.connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (params) => {
      const waiter = this.waiters.get(params.uri);
      if (waiter) {
        this.waiters.delete(params.uri);
        waiter({ at: performance.now(), diagnostics: params.diagnostics });
      }
    });
    this.connection.onNotification((method) => {
      const waiter = this.notificationWaiters.get(method);
      if (waiter) {
        this.notificationWaiters.delete(method);
        waiter();
      }
    });
    this.connection.onRequest('workspace/configuration', (params) => params.items.map((item) => options.configuration?.(item.section) ?? null));
    for (const method of ['client/registerCapability', 'client/unregisterCapability', 'window/workDoneProgress/create']) this.connection.onRequest(method, () => null);
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

  notify(method, params) {
    if (this.dead) return this.exited;
    return bounded(this.connection.sendNotification(method, params), this.timeoutMs, method, this.exited);
  }

  /** Resolves on the next notification `method` from the server (registered before it can arrive). */
  nextNotification(method, timeoutMs = this.timeoutMs) {
    return bounded(new Promise((resolve) => this.notificationWaiters.set(method, resolve)), timeoutMs, `notification ${method}`, this.exited);
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
