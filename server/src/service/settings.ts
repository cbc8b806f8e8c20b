// Settings the language service reads; the LSP layer fills them from the client's configuration
// and from what the client says it can do (`EditorFeatures`).

import type { Language, SeverityName } from '../../../protocol/index';

export type { Language, SeverityName };

/**
 * What the editor on the other end can do with what the service returns. Plain data, no LSP
 * types: the server derives it from the client's capabilities; the defaults are VS Code's.
 */
export interface EditorFeatures {
  /** Completions may insert snippets (`${1}` tab stops, choices); else plain text. */
  readonly snippets: boolean;
  /**
   * The editor indents the lines of a multi-line insertion to the line it is accepted on (LSP
   * `insertTextMode: adjustIndentation`); else the service writes that indentation into the text.
   */
  readonly adjustsIndentation: boolean;
  /** The editor runs VS Code's commands (`editor.action.triggerSuggest` reopens suggestions after an insertion). */
  readonly vscodeCommands: boolean;
  /** Hovers (and inlay hint tooltips) may be markdown; else plain text. */
  readonly hoverMarkdown: boolean;
  /** Completion item documentation may be markdown; else plain text. */
  readonly documentationMarkdown: boolean;
}

export const VSCODE_FEATURES: EditorFeatures = {
  snippets: true,
  adjustsIndentation: true,
  vscodeCommands: true,
  hoverMarkdown: true,
  documentationMarkdown: true,
};

export interface ServiceSettings {
  /** Target Kubernetes minor version for version checks, e.g. "1.36". */
  readonly kubernetesVersion: string;
  /** Rule code → severity override. */
  readonly severities: Readonly<Record<string, SeverityName>>;
  /** Language of the plain-language explanations. */
  readonly language: Language;
  /** What the editor can show and insert. */
  readonly editor: EditorFeatures;
  /**
   * The Pod Security level to check pods against where the workspace holds no Namespace that
   * says (`podwright.podSecurity`); absent or `off`: none.
   */
  readonly podSecurity?: PodSecuritySetting;
  /** `podwright.bestPractices`: off, learner (information; the default when absent) or strict (warnings). */
  readonly bestPractices?: 'off' | 'learner' | 'strict';
}

export interface PodSecuritySetting {
  readonly level: 'off' | 'baseline' | 'restricted';
  /** `latest` or `v1.X`. */
  readonly version: string;
  /** How its findings are reported: warning (the editor's setting) unless asked for as a gate (the CLI: error). */
  readonly severity?: 'error' | 'warning';
}

export function defaultSettings(newestVersion: string): ServiceSettings {
  return { kubernetesVersion: newestVersion, severities: {}, language: 'en', editor: VSCODE_FEATURES };
}

/** `ko`, `ko-KR` → ko; anything else → en. */
export function languageFromLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/**
 * The language to explain in: the client's `locale` when it sends one, else the POSIX locale of
 * the process (the first set of LC_ALL, LC_MESSAGES, LANG: `ko_KR.UTF-8` → ko), else English.
 * Editors other than VS Code rarely send a locale, but they start the server in the user's environment.
 */
export function languageFromEnvironment(clientLocale: string | undefined, env: NodeJS.ProcessEnv = process.env): Language {
  if (clientLocale !== undefined && clientLocale.trim() !== '') return languageFromLocale(clientLocale);
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name];
    if (value !== undefined && value !== '') return languageFromLocale(value);
  }
  return 'en';
}
