// The settings that guard cluster changes: protected contexts (always ask, naming the context)
// and whether apply asks at all elsewhere.
import * as vscode from 'vscode';
import { protectingPattern } from './contextGlob';

/** The `podwright.protectedContexts` pattern that matches this context, if any. */
export function protectedBy(contextName: string): string | undefined {
  const patterns = vscode.workspace.getConfiguration('podwright').get<unknown>('protectedContexts');
  return protectingPattern(contextName, Array.isArray(patterns) ? patterns : []);
}

/** `podwright.confirmApply`: show the diff and ask before applying (default true). */
export function confirmApply(): boolean {
  return vscode.workspace.getConfiguration('podwright').get<unknown>('confirmApply') !== false;
}
