// The `podwright.*` settings the language server reads, in the shape its `initialize` options and
// `workspace/didChangeConfiguration` expect. Unknown or malformed values are left out so the
// server falls back to its own defaults instead of guessing.
import * as vscode from 'vscode';
import { LANGUAGE_SETTINGS, SETTINGS_SECTION, SEVERITY_NAMES, type PodwrightSettings, type SeverityName } from '../../../../protocol/index';

/** `podwright.kubernetesVersion` asks for the current context's version. */
export const CLUSTER_VERSION_SETTING = 'cluster';

/**
 * @param clusterVersion the version sent when the setting is `cluster` (the cluster's, or the
 *   default while it is unknown); the server never sees the word `cluster`.
 */
export function readServerSettings(clusterVersion?: string): PodwrightSettings {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  const setting = config.get<unknown>('kubernetesVersion');
  const version = setting === CLUSTER_VERSION_SETTING ? clusterVersion : setting;
  const language = config.get<unknown>('explanationLanguage');
  return {
    ...(typeof version === 'string' && version !== '' ? { kubernetesVersion: version } : {}),
    severities: severitiesFrom(config.get<unknown>('severities')),
    explanationLanguage: LANGUAGE_SETTINGS.find((l) => l === language) ?? 'auto',
    schemas: schemasFrom(config.get<unknown>('schemas')),
    inlayHints: { enabled: config.get<unknown>('inlayHints.enabled') !== false },
    render: { onSave: config.get<unknown>('render.onSave') !== false },
    helm: { ...pathSetting(config.get<unknown>('helm.path')), valuesFiles: schemasFrom(config.get<unknown>('helm.valuesFiles')) },
    kubectl: pathSetting(config.get<unknown>('kubectl.path')),
    workspaceTrusted: vscode.workspace.isTrusted,
    bestPractices: stringOr(config.get<unknown>('bestPractices'), 'learner'),
    podSecurity: {
      level: stringOr(config.get<unknown>('podSecurity.level'), 'off'),
      version: stringOr(config.get<unknown>('podSecurity.version'), 'latest'),
    },
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
    const known = SEVERITY_NAMES.find((s) => s === severity);
    if (known) result[code] = known;
  }
  return result;
}
