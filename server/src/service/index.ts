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
import { Validator, type WorkspaceScope } from './validation/validate';
import type { Rule } from './validation/rule';
import { fromPortable, indexedObjects, portableObjects, scopedView, WorkspaceIndex, type IndexedObject, type IndexView, type PortableObject } from './workspace/workspaceIndex';
import { describePlace, scopeOf, type Scopes } from './workspace/places';
import { createCustomSchemas, type CustomSchemas } from './customSchemas';
import { crdChunks, crdDocuments, WorkspaceCrds } from './workspace/workspaceCrds';
import { quickIndexEntries } from './workspace/quickIndex';

export interface PodLanguageService {
  readonly model: TypeModel;
  readonly settings: ServiceSettings;
  configure(settings: Partial<ServiceSettings>): void;
  /** Parses (incrementally, per uri) and returns the manifest model of a text. */
  parse(uri: string, text: string): Manifest;
  forget(uri: string): void;
  /**
   * The Kubernetes objects of the workspace, for checks across resources. Validation keeps the
   * checked file current in it; the host adds the other files (`indexFile`) and removes them.
   */
  readonly workspace: WorkspaceIndex;
  /** Indexes a file that is not open, without keeping its parse; its CRDs become known kinds. */
  indexFile(uri: string, text: string): void;
  /** Indexes a parsed file (the CLI indexes every file before checking any). */
  index(uri: string, manifest: Manifest): void;
  /**
   * What `index` takes from a parsed file, as plain data (for another thread's `load`): its objects
   * and the documents of its CRDs. Changes nothing here.
   */
  indexEntries(uri: string, manifest: Manifest): IndexEntries;
  /** Indexes a file from what `indexEntries` gave, as `index` of its parse would. */
  load(uri: string, entries: IndexEntries): void;
  /** Forgets a file, or every file under a folder uri ending in `/`. */
  unindex(uri: string): void;
  /**
   * The workspace folders: files of one folder see each other's objects, and messages name them by
   * relative path (`k8s/app.yaml:12`). A file outside every folder sees its own directory's;
   * `oneScope` makes every file see every other (the CLI's files).
   */
  setWorkspaceRoots(roots: readonly string[], options?: { readonly oneScope?: boolean }): void;
  doValidation(uri: string, manifest: Manifest): Diagnostic[];
  doComplete(manifest: Manifest, position: Position): CompletionList;
  /** With the file's `uri`, hovers also tell what the workspace index knows (what a selector selects). */
  doHover(manifest: Manifest, position: Position, uri?: string): Hover | null;
  getCodeActions(uri: string, manifest: Manifest, range: Range, diagnostics: readonly Diagnostic[]): CodeAction[];
  /**
   * Custom resource schemas, per source (a file, a cluster): once set, custom resources of those
   * kinds get completion, hover and validation like built-in kinds. Findings cached before a
   * change are not served after it.
   */
  readonly customSchemas: CustomSchemas;
}

export interface IndexEntries {
  readonly objects: readonly PortableObject[];
  /** The file's CRD documents as plain values; absent when it has no CRD. */
  readonly crds?: readonly unknown[];
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
  const workspace = new WorkspaceIndex();
  let scopes: Scopes = { roots: [], single: false };
  let views: { generation: number; scopes: Scopes; byScope: Map<string, IndexView> } = { generation: -1, scopes, byScope: new Map() };
  const scope: WorkspaceScope = {
    index: workspace,
    viewFrom: (uri) => {
      const own = scopeOf(uri, scopes);
      // One view per scope and generation: every document of a file asks for the same one.
      if (views.generation !== workspace.generation || views.scopes !== scopes) views = { generation: workspace.generation, scopes, byScope: new Map() };
      let view = views.byScope.get(own);
      if (!view) views.byScope.set(own, (view = scopedView(workspace, (other) => scopeOf(other, scopes) === own)));
      return view;
    },
    describePlace: (object: IndexedObject) => describePlace(object, scopes.roots),
  };
  const customSchemas = createCustomSchemas(model, () => settings.language);
  const crds = new WorkspaceCrds(customSchemas);
  /** Keeps the file's objects and CRDs current; new custom kinds change what other files' findings may be. */
  const index = (uri: string, manifest: Manifest): void => {
    workspace.set(uri, manifest);
    if (crds.sync(uri, manifest)) workspace.markChanged();
  };
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
    workspace,
    indexFile(uri, text) {
      // The same entries as `index(uri, parseManifest(text))`, mostly without the full parse.
      const entries = quickIndexEntries(uri, text);
      workspace.setObjects(uri, entries.objects);
      if (crds.syncChunks(uri, entries.crdChunks)) workspace.markChanged();
    },
    index,
    indexEntries(uri, manifest) {
      const crds = crdChunks(manifest);
      return { objects: portableObjects(indexedObjects(uri, manifest)), ...(crds.length > 0 ? { crds: crdDocuments(crds) } : {}) };
    },
    load(uri, entries) {
      workspace.setObjects(uri, fromPortable(uri, entries.objects));
      if (crds.load(uri, entries.crds)) workspace.markChanged();
    },
    unindex(uri) {
      const changed = uri.endsWith('/') ? crds.forgetUnder(uri) : crds.forget(uri);
      if (uri.endsWith('/')) workspace.deleteUnder(uri);
      else workspace.delete(uri);
      if (changed) workspace.markChanged();
    },
    setWorkspaceRoots(roots, options) {
      scopes = { roots: [...roots], single: options?.oneScope === true };
    },
    doValidation(uri, manifest) {
      index(uri, manifest);
      return validator.validate(manifest, settings, uri, scope);
    },
    doComplete: (manifest, position) => doComplete(model, settings, manifest, position),
    doHover: (manifest, position, uri) => doHover(model, settings, manifest, position, uri === undefined ? undefined : { scope, uri }),
    getCodeActions: (uri, manifest, range, diagnostics) => getCodeActions({ model, settings, uri, manifest, range, diagnostics }),
    customSchemas,
  };
}

export type { Manifest } from './document/manifest';
export type { ModelData } from './schema/model';
export type { ServiceSettings } from './settings';
export type { IndexedObject, PortableObject, WorkspaceIndex } from './workspace/workspaceIndex';
export type { CustomSchemas, CustomSchemaResult, CustomSchemaProblem } from './customSchemas';
