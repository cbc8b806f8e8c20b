// Settings the language service reads; the LSP layer fills them from the client's configuration.

export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';
export type Language = 'en' | 'ko';

export interface ServiceSettings {
  /** Target Kubernetes minor version for version checks, e.g. "1.36". */
  readonly kubernetesVersion: string;
  /** Rule code → severity override. */
  readonly severities: Readonly<Record<string, SeverityName>>;
  /** Language of the plain-language explanations. */
  readonly language: Language;
}

export function defaultSettings(newestVersion: string): ServiceSettings {
  return { kubernetesVersion: newestVersion, severities: {}, language: 'en' };
}

/** `ko`, `ko-KR` → ko; anything else → en. */
export function languageFromLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
