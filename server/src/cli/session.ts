// The language service of one `podwright check` run, set up the same way in the main thread and in
// every worker: language, Kubernetes version, the `--schemas` files, and all files in one scope.
import { pathToFileURL } from 'node:url';
import { diskProbe } from '../fileSystem';
import { createPodLanguageService, type ModelData, type PodLanguageService } from '../service/index';
import { loadModel } from '../service/schema/loadModel';
import type { Language } from '../service/settings';
import { registerSchemas, type SchemaLoad } from './customSchemas';

/** What every thread of a run needs to build the same service (plain data, sent to workers). */
export interface CheckSettings {
  readonly language: Language;
  /** A version the model knows (already checked), or undefined for the newest. */
  readonly kubernetesVersion: string | undefined;
  readonly schemas: readonly string[];
  /** Messages name files relative to this folder. */
  readonly cwd: string;
  /** `--pod-security-level`/`--pod-security-version`: the level every pod must meet, as errors. */
  readonly podSecurity?: { readonly level: 'baseline' | 'restricted'; readonly version: string };
  /** `--best-practices`; absent: learner. */
  readonly bestPractices?: 'off' | 'learner' | 'strict';
}

let loaded: { directory: string; model: ModelData } | undefined;

/** The model of a run, read once per thread. */
export function checkModel(modelDirectory: string): ModelData {
  if (loaded?.directory !== modelDirectory) loaded = { directory: modelDirectory, model: loadModel(modelDirectory) };
  return loaded.model;
}

export function createCheckService(modelDirectory: string): PodLanguageService {
  // Kustomizations ask whether the files they list exist: the disk answers.
  return createPodLanguageService({ model: checkModel(modelDirectory), files: diskProbe });
}

/** Applies the run's settings and reads the `--schemas` files (their problems are the caller's to report). */
export function prepareCheckService(service: PodLanguageService, settings: CheckSettings): SchemaLoad {
  service.configure({ language: settings.language });
  if (settings.bestPractices) service.configure({ bestPractices: settings.bestPractices });
  if (settings.podSecurity) service.configure({ podSecurity: { ...settings.podSecurity, severity: 'error' } });
  if (settings.kubernetesVersion !== undefined) service.configure({ kubernetesVersion: settings.kubernetesVersion });
  // Schemas first: `--schemas`, then the CRDs among the files checked, so every file sees every kind.
  const schemaLoad = registerSchemas(service, settings.schemas);
  service.setWorkspaceRoots([pathToFileURL(settings.cwd).href], { oneScope: true });
  return schemaLoad;
}
