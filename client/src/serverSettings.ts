// The `podwright.*` settings the language server reads, in the shape its `initialize` options and
// `workspace/didChangeConfiguration` expect. Unknown or malformed values are left out so the
// server falls back to its own defaults instead of guessing.
import * as vscode from 'vscode';

export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';
export type ExplanationLanguage = 'auto' | 'en' | 'ko';

export interface ServerSettings {
  readonly kubernetesVersion?: string;
  readonly severities: Readonly<Record<string, SeverityName>>;
  readonly explanationLanguage: ExplanationLanguage;
  /** Custom resource schema files and folders (`podwright.schemas`), as written: the server resolves them. */
  readonly schemas: readonly string[];
  /** `podwright.inlayHints.enabled`: implied defaults and readings of quantities after values. */
  readonly inlayHints: { readonly enabled: boolean };
  /** `podwright.podSecurity.level`/`.version`: the Pod Security level pods are checked against where no Namespace says. */
  readonly podSecurity: { readonly level: string; readonly version: string };
  /** `podwright.bestPractices`: off, learner or strict. */
  readonly bestPractices: string;
}

const SEVERITIES: readonly SeverityName[] = ['error', 'warning', 'information', 'hint', 'off'];
const LANGUAGES: readonly ExplanationLanguage[] = ['auto', 'en', 'ko'];

export function readServerSettings(): ServerSettings {
  const config = vscode.workspace.getConfiguration('podwright');
  const version = config.get<unknown>('kubernetesVersion');
  const language = config.get<unknown>('explanationLanguage');
  return {
    ...(typeof version === 'string' && version !== '' ? { kubernetesVersion: version } : {}),
    severities: severitiesFrom(config.get<unknown>('severities')),
    explanationLanguage: LANGUAGES.find((l) => l === language) ?? 'auto',
    schemas: schemasFrom(config.get<unknown>('schemas')),
    inlayHints: { enabled: config.get<unknown>('inlayHints.enabled') !== false },
    bestPractices: stringOr(config.get<unknown>('bestPractices'), 'learner'),
    podSecurity: { level: stringOr(config.get<unknown>('podSecurity.level'), 'off'), version: stringOr(config.get<unknown>('podSecurity.version'), 'latest') },
  };
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && value !== '' ? value : fallback;
}

function schemasFrom(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string' && entry.trim() !== '') : [];
}

function severitiesFrom(value: unknown): Record<string, SeverityName> {
  const result: Record<string, SeverityName> = {};
  if (typeof value !== 'object' || value === null) return result;
  for (const [code, severity] of Object.entries(value)) {
    const known = SEVERITIES.find((s) => s === severity);
    if (known) result[code] = known;
  }
  return result;
}
