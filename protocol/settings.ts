// The `podwright.*` settings as they travel from the client to the language server: in
// `initializationOptions.settings` and in `workspace/didChangeConfiguration` under `podwright`.
// The VS Code client always sends every field; other editors send what their users wrote, so the
// server reads `ReceivedSettings`, where any part may be missing.

/** The languages of every message, hover and explanation. */
export type Language = 'en' | 'ko';
export const LANGUAGES: readonly Language[] = ['en', 'ko'];

/** `podwright.explanationLanguage`: `auto` follows the editor's display language. */
export type LanguageSetting = 'auto' | Language;
export const LANGUAGE_SETTINGS: readonly LanguageSetting[] = ['auto', ...LANGUAGES];

/** A rule's severity in `podwright.severities`; `off` silences it. */
export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';
export const SEVERITY_NAMES: readonly SeverityName[] = ['error', 'warning', 'information', 'hint', 'off'];

export interface PodwrightSettings {
  readonly kubernetesVersion?: string;
  readonly severities: Readonly<Record<string, SeverityName>>;
  readonly explanationLanguage: LanguageSetting;
  /** Custom resource schema files and folders (`podwright.schemas`), as written: the server resolves them against the workspace folders. */
  readonly schemas: readonly string[];
  /** `podwright.inlayHints.enabled`: implied defaults and readings of quantities after values. */
  readonly inlayHints: { readonly enabled: boolean };
}

/** The settings as any client may send them. */
export type ReceivedSettings = Partial<Omit<PodwrightSettings, 'inlayHints'>> & {
  readonly inlayHints?: Partial<PodwrightSettings['inlayHints']>;
};

/** The section of the configuration the settings live in (`podwright.*`). */
export const SETTINGS_SECTION = 'podwright';

/** `initializationOptions`: `settings` (VS Code, Neovim's init_options), or `podwright` as didChangeConfiguration has it (Helix sends its one `config` table both ways). */
export interface PodwrightInitializationOptions {
  readonly settings?: ReceivedSettings;
  readonly podwright?: ReceivedSettings;
  /** Sent by the Podwright VS Code extension: the server may use VS Code's editor commands and `podwright.showLocations`. */
  readonly vscodeCommands?: boolean;
}
