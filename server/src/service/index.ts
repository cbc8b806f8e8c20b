// The pure Podwright language service: YAML text in, completion/hover/diagnostics/code actions out.
// No LSP connection and no VS Code here, so it is testable on its own and reusable by the CLI.
import type { CodeAction, CompletionList, Diagnostic, Hover, Position, Range } from 'vscode-languageserver-types';
import { ManifestCache, type Manifest } from './document/manifest';
import { TypeModel, type ModelData } from './schema/model';
import { defaultSettings, type ServiceSettings } from './settings';
import { doComplete } from './completion/complete';
import { doHover } from './hover/hover';
import { getCodeActions } from './codeActions/codeActions';
import { allRules } from './validation/rules';
import { Validator } from './validation/validate';
import type { Rule } from './validation/rule';
import { createCustomSchemas, type CustomSchemas } from './customSchemas';

export interface PodLanguageService {
  readonly model: TypeModel;
  readonly settings: ServiceSettings;
  configure(settings: Partial<ServiceSettings>): void;
  /** Parses (incrementally, per uri) and returns the manifest model of a text. */
  parse(uri: string, text: string): Manifest;
  forget(uri: string): void;
  doValidation(uri: string, manifest: Manifest): Diagnostic[];
  doComplete(manifest: Manifest, position: Position): CompletionList;
  doHover(manifest: Manifest, position: Position): Hover | null;
  getCodeActions(uri: string, manifest: Manifest, range: Range, diagnostics: readonly Diagnostic[]): CodeAction[];
  /**
   * Custom resource schemas, per source (a file, a cluster): once set, custom resources of those
   * kinds get completion, hover and validation like built-in kinds. Findings cached before a
   * change are not served after it.
   */
  readonly customSchemas: CustomSchemas;
}

export interface ServiceOptions {
  readonly model: ModelData;
  readonly rules?: readonly Rule[];
}

export function createPodLanguageService(options: ServiceOptions): PodLanguageService {
  const model = new TypeModel(options.model);
  const validator = new Validator(model, options.rules ?? allRules);
  const caches = new Map<string, ManifestCache>();
  let settings = defaultSettings(model.newestVersion);
  const customSchemas = createCustomSchemas(model, () => settings.language);
  return {
    model,
    get settings() {
      return settings;
    },
    configure(partial) {
      settings = { ...settings, ...partial };
    },
    parse(uri, text) {
      let cache = caches.get(uri);
      if (!cache) caches.set(uri, (cache = new ManifestCache()));
      return cache.parse(text);
    },
    forget(uri) {
      caches.delete(uri);
    },
    doValidation: (uri, manifest) => validator.validate(manifest, settings, uri),
    doComplete: (manifest, position) => doComplete(model, settings, manifest, position),
    doHover: (manifest, position) => doHover(model, settings, manifest, position),
    getCodeActions: (uri, manifest, range, diagnostics) => getCodeActions({ model, settings, uri, manifest, range, diagnostics }),
    customSchemas,
  };
}

export type { Manifest } from './document/manifest';
export type { ModelData } from './schema/model';
export type { ServiceSettings } from './settings';
export type { CustomSchemas, CustomSchemaResult, CustomSchemaProblem } from './customSchemas';
