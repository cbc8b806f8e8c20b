// Checks rendered output with the whole engine: every object of one render is indexed first (one
// scope), so checks across resources see all of them, then each is validated on its own.
import type { Diagnostic } from 'vscode-languageserver-types';
import { createPodLanguageService, type Manifest, type ModelData, type ServiceSettings } from '../service/index';

export interface CheckedObject {
  readonly manifest: Manifest;
  readonly diagnostics: readonly Diagnostic[];
}

export function checkRendered(model: ModelData, settings: Partial<ServiceSettings>, texts: readonly string[]): CheckedObject[] {
  const service = createPodLanguageService({ model });
  // Learner advice (information) is about what a person wrote; a chart's output is mostly someone
  // else's, and its lines map back to templates only roughly. Strict keeps it, as warnings.
  service.configure({ ...settings, bestPractices: settings.bestPractices === 'strict' ? 'strict' : 'off' });
  service.setWorkspaceRoots([], { oneScope: true });
  const uris = texts.map((_, i) => `podwright-render:/rendered/${i}.yaml`);
  const manifests = texts.map((text, i) => {
    const manifest = service.parse(uris[i] ?? '', text);
    service.index(uris[i] ?? '', manifest);
    return manifest;
  });
  return manifests.map((manifest, i) => ({ manifest, diagnostics: service.doValidation(uris[i] ?? '', manifest) }));
}

/** Outcome of one render: diagnostics per source file URI (every file the render read, [] when clean), or why it did not run. */
export type RenderOutcome =
  | { readonly kind: 'checked'; readonly diagnostics: ReadonlyMap<string, Diagnostic[]> }
  | { readonly kind: 'notice'; readonly reason: 'missing' | 'timeout' | 'network'; readonly message: string }
  | { readonly kind: 'cancelled' };
