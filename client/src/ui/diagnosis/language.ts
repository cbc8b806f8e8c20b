// The language of cluster explanations: the `podwright.explanationLanguage` setting, where `auto`
// follows VS Code's display language (Korean when it starts with `ko`, English otherwise).
import * as vscode from 'vscode';
import type { Language } from '../../core/diagnosis/types';
import { uiLanguage } from '../shared/uiLanguage';

export function explanationLanguage(): Language {
  const setting = vscode.workspace.getConfiguration('podwright').get<string>('explanationLanguage', 'auto');
  if (setting === 'en' || setting === 'ko') return setting;
  return uiLanguage();
}

export function affectsExplanationLanguage(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration('podwright.explanationLanguage');
}
