// When Red Hat's YAML extension also serves a document with a Kubernetes schema, both extensions
// would answer completion and hover: two lists merged, two hovers stacked. This decides, from plain
// data, whether Podwright steps back for a document. No vscode import (tested on its own).
import { globToRegExp } from './glob';

/** The `podwright.yamlExtensionInterop` setting. */
export type InteropMode = 'auto' | 'showBoth' | 'preferRedHat';

export interface RedHatYamlState {
  /** redhat.vscode-yaml is installed and enabled. */
  readonly installed: boolean;
  /** Its `yaml.completion` / `yaml.hover` settings (on unless set to false). */
  readonly completion: boolean;
  readonly hover: boolean;
  /** Its `yaml.schemas` setting: schema URL or the keyword `kubernetes` → glob(s). */
  readonly schemas: Readonly<Record<string, string | readonly string[]>>;
  /** Another extension (e.g. the Kubernetes extension) hands Red Hat YAML a Kubernetes schema
   * for every manifest it recognises. */
  readonly kubernetesSchemaProvider: boolean;
}

export interface DocumentFacts {
  /** Path relative to its workspace folder with `/` separators, or the file name when outside one. */
  readonly relativePath: string;
  /** The first lines of the text, where a `# yaml-language-server: $schema=` modeline lives. */
  readonly head: string;
  readonly looksLikeKubernetes: boolean;
}

export type Feature = 'completion' | 'hover';

const MODELINE = /^#\s*yaml-language-server:\s*\$schema=(\S+)/m;

function isKubernetesSchema(key: string): boolean {
  return key === 'kubernetes' || /kubernetes/i.test(key);
}

function patternMatches(pattern: string, relativePath: string): boolean {
  const trimmed = pattern.replace(/^\.?\//, '');
  const regExp = globToRegExp(trimmed);
  if (regExp.test(relativePath)) return true;
  // A pattern without a directory part matches a file of that name in any folder.
  const base = relativePath.slice(relativePath.lastIndexOf('/') + 1);
  return !trimmed.includes('/') && regExp.test(base);
}

/** Whether Red Hat YAML applies a Kubernetes schema to the document. */
export function redHatServesKubernetes(state: RedHatYamlState, document: DocumentFacts): boolean {
  if (!state.installed) return false;
  const modeline = MODELINE.exec(document.head)?.[1];
  if (modeline !== undefined) return isKubernetesSchema(modeline);
  if (state.kubernetesSchemaProvider && document.looksLikeKubernetes) return true;
  for (const [schema, globs] of Object.entries(state.schemas)) {
    if (!isKubernetesSchema(schema)) continue;
    const patterns = typeof globs === 'string' ? [globs] : globs;
    if (patterns.some((pattern) => patternMatches(pattern, document.relativePath))) return true;
  }
  return false;
}

/** True when Podwright should not offer its own results for this feature in this document. */
export function podwrightStepsBack(mode: InteropMode, feature: Feature, state: RedHatYamlState, document: DocumentFacts): boolean {
  if (mode === 'showBoth' || !state.installed) return false;
  const redHatOffers = feature === 'completion' ? state.completion : state.hover;
  if (!redHatOffers) return false;
  if (mode === 'preferRedHat') return true;
  return redHatServesKubernetes(state, document);
}
