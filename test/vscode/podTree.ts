// Walking Podwright's pod explorer the way VS Code does (getChildren, getTreeItem), through the
// tree the extension returns from activate(), and waiting for its rows to change (no sleeps: each
// wait wakes on the tree's onDidChangeTreeData, with a deadline that only turns a hang into a failure).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './helpers';

const DEADLINE_MS = 30_000;

export interface ExplorerElement {
  readonly type: 'context' | 'namespace' | 'pod' | 'container' | 'message';
  readonly context?: string;
  readonly namespace?: string;
  readonly name?: string;
  readonly container?: string;
  readonly kind?: string;
  readonly text?: string;
}

export interface Row {
  readonly element: ExplorerElement;
  readonly item: vscode.TreeItem;
  readonly label: string;
  readonly description: string;
}

export function podTree(): vscode.TreeDataProvider<ExplorerElement> {
  const api = vscode.extensions.getExtension<{ podTree?: vscode.TreeDataProvider<ExplorerElement> }>(EXTENSION_ID)?.exports;
  assert.ok(api?.podTree, 'the extension exposes its pod tree');
  return api.podTree;
}

export async function rows(parent?: ExplorerElement): Promise<Row[]> {
  const tree = podTree();
  const elements = (await tree.getChildren(parent)) ?? [];
  return Promise.all(
    elements.map(async (element) => {
      const item = await tree.getTreeItem(element);
      const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
      return { element, item, label, description: typeof item.description === 'string' ? item.description : '' };
    }),
  );
}

/** Re-runs `probe` after every change of the tree until it returns a value. */
export async function waitForTree<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  const tree = podTree();
  assert.ok(tree.onDidChangeTreeData);
  const deadline = Date.now() + DEADLINE_MS;
  let last = '';
  for (;;) {
    let changed = false;
    let wake = (): void => undefined;
    const subscription = tree.onDidChangeTreeData(() => {
      changed = true;
      wake();
    });
    try {
      const value = await probe();
      if (value !== undefined) return value;
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`timed out waiting for ${what}${last}`);
      if (!changed) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, remaining);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('timed out')) throw error;
      last = `; last error: ${String(error)}`;
    } finally {
      subscription.dispose();
    }
  }
}

/** The child row with this label, once it appears. */
export function childRow(parent: ExplorerElement | undefined, label: string, accept: (row: Row) => boolean = () => true): Promise<Row> {
  return waitForTree(`a row "${label}"`, async () => (await rows(parent)).find((row) => row.label === label && accept(row)));
}
