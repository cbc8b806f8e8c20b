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
    render: { onSave: config.get<unknown>('render.onSave') !== false },
    helm: { ...pathSetting(config.get<unknown>('helm.path')), valuesFiles: schemasFrom(config.get<unknown>('helm.valuesFiles')) },
    kubectl: pathSetting(config.get<unknown>('kubectl.path')),
    workspaceTrusted: vscode.workspace.isTrusted,
    bestPractices: stringOr(config.get<unknown>('bestPractices'), 'learner'),
    podSecurity: { level: stringOr(config.get<unknown>('podSecurity.level'), 'off'), version: stringOr(config.get<unknown>('podSecurity.version'), 'latest') },
  };
}

function pathSetting(value: unknown): { path?: string } {
  return typeof value === 'string' && value.trim() !== '' ? { path: value } : {};
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && value !== '' ? value : fallback;
}

/** A list setting of non-empty strings (schema files, values files). */
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
