// The language of VS Code's display, for the pure catalogues that come in English and Korean.
import * as vscode from 'vscode';
import type { Language } from '../../../../protocol/index';

export function uiLanguage(): Language {
  return vscode.env.language.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
