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
  /** `podwright.render.onSave`: render charts (helm template) and overlays (kubectl kustomize) on save. */
  readonly render: { readonly onSave: boolean };
  readonly helm: { readonly path?: string; readonly valuesFiles: readonly string[] };
  readonly kubectl: { readonly path?: string };
  /** Rendering runs the user's tools on the workspace's files: the server never renders in an untrusted workspace. */
  readonly workspaceTrusted: boolean;
  /** `podwright.podSecurity.level`/`.version`: the Pod Security level pods are checked against where no Namespace says. */
  readonly podSecurity: { readonly level: string; readonly version: string };
  /** `podwright.bestPractices`: off, learner or strict. */
  readonly bestPractices: string;
}

/** The settings as any client may send them. */
export type ReceivedSettings = Partial<Omit<PodwrightSettings, 'inlayHints' | 'render' | 'helm' | 'kubectl' | 'podSecurity'>> & {
  readonly inlayHints?: Partial<PodwrightSettings['inlayHints']>;
  readonly render?: Partial<PodwrightSettings['render']>;
  readonly helm?: Partial<PodwrightSettings['helm']>;
  readonly kubectl?: Partial<PodwrightSettings['kubectl']>;
  readonly podSecurity?: Partial<PodwrightSettings['podSecurity']>;
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
