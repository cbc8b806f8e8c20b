// Shared by the integration suites: activating Podwright, opening fixtures, and waiting for
// signals (diagnostics events, conditions) with a deadline that only turns a hang into a failure.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'podwright.podwright';
const DEADLINE_MS = 30_000;
const POLL_MS = 25;

interface PodwrightApi {
  whenServerReady(): Promise<void>;
}

export async function activatePodwright(): Promise<PodwrightApi> {
  const extension = vscode.extensions.getExtension<PodwrightApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not loaded in this extension host`);
  const api = await extension.activate();
  await api.whenServerReady();
  return api;
}

/** The repository this suite was compiled from (the extension under test may be a staged copy). */
export const REPO_ROOT = ((): string => {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'test', 'vscode', 'run.sh'))) return dir;
  }
  throw new Error(`no repository above ${__dirname}`);
})();

export function extensionPath(...parts: string[]): string {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension);
  return path.join(extension.extensionPath, ...parts);
}

/** A file of the fixture workspace (test/fixtures/vscode, copied to a temp dir by run.sh). */
export function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need the fixture workspace open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openFixture(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(name));
  assert.equal(document.languageId, 'yaml');
  return vscode.window.showTextDocument(document);
}

export async function openUntitled(content: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'yaml', content });
  return vscode.window.showTextDocument(document);
}

/** Closes the active editor without a save prompt. */
export async function closeActiveEditor(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

/** Reverts and closes every open text editor (bounded, in case one refuses to close). */
export async function closeAllEditors(): Promise<void> {
  for (let i = 0; i < 20 && vscode.window.activeTextEditor; i++) await closeActiveEditor();
}

/** The position just after the first occurrence of `marker` at or after `from`. */
export function positionAfter(document: vscode.TextDocument, marker: string, from = 0): vscode.Position {
  const offset = document.getText().indexOf(marker, from);
  assert.ok(offset >= 0, `fixture has no ${JSON.stringify(marker)}`);
  return document.positionAt(offset + marker.length);
}

export function positionOf(document: vscode.TextDocument, marker: string): vscode.Position {
  const offset = document.getText().indexOf(marker);
  assert.ok(offset >= 0, `fixture has no ${JSON.stringify(marker)}`);
  return document.positionAt(offset);
}

export function podwrightDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'podwright');
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string {
  return (
    diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${codeOf(d)} ${d.message}`).join('\n') || '(none)'
  );
}

/** Resolves with Podwright's diagnostics of `uri` once `accept` holds, re-checking on each change. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diagnostics = podwrightDiagnostics(uri);
      if (!accept(diagnostics)) return false;
      cleanup();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      reject(
        new Error(
          `no ${what} for ${uri.toString()} within ${DEADLINE_MS} ms; diagnostics now:\n${describeDiagnostics(podwrightDiagnostics(uri))}`,
        ),
      );
    }, DEADLINE_MS);
    const cleanup = (): void => {
      clearTimeout(timer);
      subscription.dispose();
    };
    check();
  });
}

/** Re-evaluates `probe` until it returns a value (not undefined): after each `trigger` event when
 * one is given, else polling every POLL_MS. The deadline only turns a hang into a failure. */
export async function waitUntil<T>(what: string, probe: () => Promise<T | undefined>, trigger?: vscode.Event<unknown>): Promise<T> {
  const deadline = Date.now() + DEADLINE_MS;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw new Error(`timed out waiting for ${what}`);
    await (trigger ? nextEvent(trigger, remaining) : new Promise((resolve) => setTimeout(resolve, POLL_MS)));
  }
}

function nextEvent(event: vscode.Event<unknown>, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    };
    const subscription = event(done);
    const timer = setTimeout(done, timeoutMs);
  });
}
