// The settings that guard cluster changes: protected contexts (always ask, naming the context)
// and whether apply asks at all elsewhere.
import * as vscode from 'vscode';
import { protectingPattern } from './contextGlob';
import { dryRunPatternFor } from '../../core/dryRun/dryRunContext';

/** The `podwright.protectedContexts` pattern that matches this context, if any. */
export function protectedBy(contextName: string): string | undefined {
  const patterns = vscode.workspace.getConfiguration('podwright').get<unknown>('protectedContexts');
  return protectingPattern(contextName, Array.isArray(patterns) ? patterns : []);
}

/** `podwright.confirmApply`: show the diff and ask before applying (default true). */
export function confirmApply(): boolean {
  return vscode.workspace.getConfiguration('podwright').get<unknown>('confirmApply') !== false;
}

function listSetting(key: string): unknown[] {
  const value = vscode.workspace.getConfiguration('podwright').get<unknown>(key);
  return Array.isArray(value) ? value : [];
}

/** The `podwright.dryRunOnSave` pattern that selects this context for dry runs on save, if any. */
export function dryRunOnSaveBy(contextName: string): string | undefined {
  return dryRunPatternFor(contextName, listSetting('dryRunOnSave'), listSetting('protectedContexts'), protectingPattern);
}

/** Whether any context is selected for dry runs on save (an empty list turns the feature off). */
export function dryRunOnSaveEnabled(): boolean {
  return listSetting('dryRunOnSave').some((p) => typeof p === 'string' && p.trim() !== '');
}
