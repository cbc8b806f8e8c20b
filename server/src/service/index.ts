// The pure Podwright language service: YAML text in, completion/hover/diagnostics/code actions,
// inlay hints and selector lenses out.
// No LSP connection and no VS Code here, so it is testable on its own and reusable by the CLI.
import type {
  CodeAction,
  CompletionList,
  Diagnostic,
  DocumentHighlight,
  DocumentSymbol,
  FoldingRange,
  Hover,
  InlayHint,
  Location,
  Position,
  Range,
  SelectionRange,
  SymbolInformation,
  WorkspaceEdit,
} from 'vscode-languageserver-types';
import { ManifestCache, parseManifest, type Manifest } from './document/manifest';
import { LineIndex } from './document/lineIndex';
import { TypeModel, type ModelData } from './schema/model';
import { defaultSettings, type ServiceSettings } from './settings';
import { doComplete } from './completion/complete';
import { doHover } from './hover/hover';
import { getCodeActions } from './codeActions/codeActions';
import { allRules } from './validation/rules';
import { Validator, type WorkspaceScope } from './validation/validate';
import type { Rule } from './validation/rule';
import { applySuppressions } from './validation/suppression';
import {
  fromPortable,
  indexedObjects,
  portableObjects,
  scopedView,
  WorkspaceIndex,
  type IndexedObject,
  type IndexView,
  type PortableObject,
} from './workspace/workspaceIndex';
import { describePlace, scopeOf, type Scopes } from './workspace/places';
import { createCustomSchemas, type CustomSchemas } from './customSchemas';
import { crdChunks, crdDocuments, WorkspaceCrds } from './workspace/workspaceCrds';
import { quickIndexEntries } from './workspace/quickIndex';
import { mentionAt } from './navigation/mentionAt';
import { definitionsOf, highlightsOf, referencesOf } from './navigation/navigate';
import { prepareRenameOf, renameOf, type Refusal } from './navigation/rename';
import type { NavigationScope } from './navigation/scope';
import { documentSymbols } from './outline/documentSymbols';
import { workspaceSymbols } from './outline/workspaceSymbols';
import { foldingRanges } from './outline/foldingRanges';
import { selectionRanges } from './outline/selectionRanges';
import { inlayHints } from './inlayHints/inlayHints';
import { selectorLenses, type SelectorLens } from './codeLens/selectorLens';
import { kustomizationRule } from './kustomize/rule';
import { checkPaths, isKustomizationUri, type FileProbe } from './kustomize/paths';
import { isKustomization, KustomizePatches, patchDiagnostics, type PatchKind } from './kustomize/patchFiles';
import { kustomizeCompletions, kustomizeHover } from './kustomize/complete';
import { fileRoleOf, pathOfUri, type FileRole } from './helm/fileRole';
import { maskTemplate } from './helm/mask';
import { diskFiles, type FileAccess } from './helm/chartFiles';
import { templateSymbols } from './helm/templateSymbols';
import { valuesCompletion, valuesDefinition, valuesDiagnostics, valuesHover } from './helm/valuesFeatures';
export { selectorLensWords } from './codeLens/selectorLens';

export interface PodLanguageService {
  readonly model: TypeModel;
  readonly settings: ServiceSettings;
  configure(settings: Partial<ServiceSettings>): void;
  /** Parses (incrementally, per uri) and returns the manifest model of a text. */
  parse(uri: string, text: string): Manifest;
  /**
   * What the file is: a manifest, a Helm template (read with its actions masked), or a file never
   * judged as a manifest (chart values, `Chart.yaml`, `_helpers.tpl`, `NOTES.txt`). `parse` decides by it.
   */
  roleOf(uri: string, text: string): FileRole;
  /**
   * What the path alone says (without the text, which only tells a template outside `templates/`):
   * whether the file is never judged as a manifest, and its chart. For callers that have no text or
   * need no template decision (the CLI's file list, a values file's edit).
   */
  roleOfPath(uri: string): FileRole;
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
  /** With the file's `uri`, a kustomization (by its file name) completes its own fields. */
  doComplete(manifest: Manifest, position: Position, uri?: string): CompletionList;
  /** With the file's `uri`, hovers also tell what the workspace index knows (what a selector selects). */
  doHover(manifest: Manifest, position: Position, uri?: string): Hover | null;
  /** How a kustomization of the workspace uses the file as a patch, if one does. */
  patchKindOf(uri: string): PatchKind | undefined;
  getCodeActions(uri: string, manifest: Manifest, range: Range, diagnostics: readonly Diagnostic[]): CodeAction[];
  /** What the API server will fill in or how it reads terse values, for the documents that overlap `range`. */
  getInlayHints(manifest: Manifest, range: Range): InlayHint[];
  /**
   * Over each Service selector: the workloads of the workspace it selects. The file's own objects
   * are indexed first, so the count sees the text as it is now.
   */
  getSelectorLenses(uri: string, manifest: Manifest): SelectorLens[];
  /**
   * Custom resource schemas, per source (a file, a cluster): once set, custom resources of those
   * kinds get completion, hover and validation like built-in kinds. Findings cached before a
   * change are not served after it.
   */
  readonly customSchemas: CustomSchemas;
  /**
   * Where the name under the cursor is defined: a volume for a mount, a port for a probe or a
   * Service's targetPort, a ConfigMap for a reference, the labels a selector selects… Names meet
   * across the files of one scope (a workspace folder), namespace-aware.
   */
  findDefinition(uri: string, manifest: Manifest, position: Position): Location[];
  /** Every place linked to the name under the cursor, its definitions only with `includeDeclaration`. */
  findReferences(uri: string, manifest: Manifest, position: Position, includeDeclaration: boolean): Location[];
  /** The places of the file linked to the name under the cursor; definitions are writes. */
  findDocumentHighlights(uri: string, manifest: Manifest, position: Position): DocumentHighlight[];
  /** The name a rename at the cursor would change, null when there is none, or why it cannot be renamed. */
  prepareRename(uri: string, manifest: Manifest, position: Position): { range: Range; placeholder: string } | Refusal | null;
  /** Renames the name under the cursor everywhere it must change, or says why `newName` is refused. */
  rename(uri: string, manifest: Manifest, position: Position, newName: string): { edit: WorkspaceEdit } | Refusal | null;
  /** The outline: each document as `Kind name` with its containers, ports, volumes, keys… */
  findDocumentSymbols(manifest: Manifest): DocumentSymbol[];
  /** Every object of the index whose `Kind name` matches `query` (fuzzily), best first. */
  findWorkspaceSymbols(query: string): SymbolInformation[];
  getFoldingRanges(manifest: Manifest): FoldingRange[];
  getSelectionRanges(manifest: Manifest, positions: readonly Position[]): SelectionRange[];
}

export interface IndexEntries {
  readonly objects: readonly PortableObject[];
  /** The file's CRD documents as plain values; absent when it has no CRD. */
  readonly crds?: readonly unknown[];
  /** A kustomization's text: `load` parses it to learn which files are its patches. */
  readonly kustomization?: string;
}

export interface ServiceOptions {
  readonly model: ModelData;
  readonly rules?: readonly Rule[];
  /** The disk, for the files and folders a kustomization names; without it they are not checked. */
  readonly files?: FileProbe;
  /** How to read a chart's other files (`Chart.yaml` above a template, `values.yaml`); the disk by default. */
  readonly chartFiles?: FileAccess;
}

export function createPodLanguageService(options: ServiceOptions): PodLanguageService {
  const model = new TypeModel(options.model);
  const validator = new Validator(model, options.rules ?? allRules);
  // A kustomization is not a Kubernetes object: its YAML syntax and its own fields are checked.
  const kustomizeValidator = new Validator(model, [...(options.rules ?? allRules).filter((rule) => rule.wholeText), kustomizationRule]);
  const patches = new KustomizePatches();
  const caches = new Map<string, ManifestCache>();
  const files = options.chartFiles ?? diskFiles();
  const roleOf = (uri: string, text: string): FileRole => fileRoleOf(uri, text, (path) => files.exists(path));
  /** The parse of a file as its role says: a template's masked text, nothing for a non-manifest. */
  const parseAs = (uri: string, text: string, cache: ManifestCache, role = roleOf(uri, text)): Manifest => {
    if (role.role === 'ignored') {
      // Helpers and notes are not YAML at all; values files are, for folding and the outline.
      if (role.why === 'not-yaml') return { text, lines: new LineIndex(text), documents: [] };
      return { ...cache.parse(text), inert: true };
    }
    if (role.role === 'manifest') return cache.parse(text);
    const masked = maskTemplate(text);
    return cache.parse(masked.text, { ...masked, source: text, ...(role.chartRoot === undefined ? {} : { chartRoot: role.chartRoot }) });
  };
  let settings = defaultSettings(model.newestVersion);
  const workspace = new WorkspaceIndex();
  let scopes: Scopes = { roots: [], single: false };
  let views: { generation: number; scopes: Scopes; byScope: Map<string, IndexView> } = { generation: -1, scopes, byScope: new Map() };
  const scope: WorkspaceScope = {
    index: workspace,
    viewFrom: (uri) => {
      const own = scopeOf(uri, scopes);
      // One view per scope and generation: every document of a file asks for the same one.
      if (views.generation !== workspace.generation || views.scopes !== scopes)
        views = { generation: workspace.generation, scopes, byScope: new Map() };
      let view = views.byScope.get(own);
      // Patches are partial objects, not objects of their own: other files never meet them.
      if (!view)
        views.byScope.set(
          own,
          (view = scopedView(workspace, (other) => scopeOf(other, scopes) === own && patches.kindOf(other) === undefined)),
        );
      return view;
    },
    describePlace: (object: IndexedObject) => describePlace(object, scopes.roots),
  };
  const customSchemas = createCustomSchemas(model, () => settings.language);
  const crds = new WorkspaceCrds(customSchemas);
  /** Keeps the file's objects and CRDs current; new custom kinds change what other files' findings may be. */
  const index = (uri: string, manifest: Manifest): void => {
    // A template's objects are not indexed at all: their names, labels and selectors are mostly
    // written by actions, and a half-known object would make other files' checks guess.
    const indexed = manifest.template || manifest.inert ? { ...manifest, documents: [] } : manifest;
    workspace.set(uri, indexed);
    let changed = crds.sync(uri, indexed);
    if (isKustomization(uri, manifest)) changed = patches.update(uri, manifest) || changed;
    else changed = patches.forget(uri) || changed;
    if (changed) workspace.markChanged();
  };
  /** Kustomizations are read whole (they say which files are patches); the quick reading is for objects. */
  const mayBeKustomization = (uri: string, text: string): boolean => isKustomizationUri(uri) || text.includes('kustomize.config.k8s.io/');
  // The scope of each file, remembered: navigation asks for every file a name is mentioned in.
  let scopeCache = { scopes, byUri: new Map<string, string>() };
  const cachedScopeOf = (uri: string): string => {
    if (scopeCache.scopes !== scopes || scopeCache.byUri.size > 100_000) scopeCache = { scopes, byUri: new Map() };
    let found = scopeCache.byUri.get(uri);
    if (found === undefined) scopeCache.byUri.set(uri, (found = scopeOf(uri, scopes)));
    return found;
  };
  const navigationScope = (uri: string): NavigationScope => {
    const own = cachedScopeOf(uri);
    return {
      index: workspace,
      visible: (other) => other === uri || cachedScopeOf(other) === own,
      describe: (object) => describePlace(object, scopes.roots),
    };
  };
  /** The mention under the cursor, with the file indexed as the editor has it now. */
  const origin = (uri: string, manifest: Manifest, position: Position) => {
    index(uri, manifest);
    return mentionAt(workspace, uri, manifest, position);
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
      return parseAs(uri, text, cache);
    },
    roleOf,
    roleOfPath: (uri) => roleOf(uri, ''),
    forget(uri) {
      caches.delete(uri);
    },
    workspace,
    indexFile(uri, text) {
      const role = roleOf(uri, text);
      if (role.role !== 'manifest') {
        index(uri, parseAs(uri, text, new ManifestCache(), role));
        return;
      }
      if (mayBeKustomization(uri, text)) {
        index(uri, parseManifest(text));
        return;
      }
      // The same entries as `index(uri, parseManifest(text))`, mostly without the full parse.
      const entries = quickIndexEntries(uri, text);
      workspace.setObjects(uri, entries.objects);
      const crdsChanged = crds.syncChunks(uri, entries.crdChunks);
      if (patches.forget(uri) || crdsChanged) workspace.markChanged();
    },
    index,
    indexEntries(uri, manifest) {
      const crds = crdChunks(manifest);
      return {
        objects: portableObjects(indexedObjects(uri, manifest)),
        ...(crds.length > 0 ? { crds: crdDocuments(crds) } : {}),
        ...(isKustomization(uri, manifest) ? { kustomization: manifest.text } : {}),
      };
    },
    load(uri, entries) {
      if (entries.kustomization !== undefined) {
        index(uri, parseManifest(entries.kustomization));
        return;
      }
      workspace.setObjects(uri, fromPortable(uri, entries.objects));
      if (crds.load(uri, entries.crds)) workspace.markChanged();
    },
    unindex(uri) {
      const changed = uri.endsWith('/') ? crds.forgetUnder(uri) || patches.forgetUnder(uri) : crds.forget(uri) || patches.forget(uri);
      if (uri.endsWith('/')) workspace.deleteUnder(uri);
      else workspace.delete(uri);
      if (changed) workspace.markChanged();
    },
    setWorkspaceRoots(roots, options) {
      scopes = { roots: [...roots], single: options?.oneScope === true };
    },
    doValidation(uri, manifest) {
      index(uri, manifest);
      if (manifest.inert) return [];
      if (isKustomization(uri, manifest)) {
        const own = kustomizeValidator.validate(manifest, settings, uri);
        return options.files ? [...own, ...pathDiagnostics(uri, manifest, options.files, settings)] : own;
      }
      const found = validator.validate(manifest, settings, uri, scope);
      if (manifest.template) return [...found, ...valuesDiagnostics(manifest, files, settings)];
      const patchKind = patches.kindOf(uri);
      return patchKind ? patchDiagnostics(patchKind, manifest, found) : found;
    },
    doComplete(manifest, position, uri) {
      if (manifest.inert) return { isIncomplete: false, items: [] };
      if (uri !== undefined && isKustomization(uri, manifest)) return kustomizeCompletions(settings, manifest, position);
      const values = valuesCompletion(manifest, position, files, settings);
      return values ? { isIncomplete: false, items: values } : doComplete(model, settings, manifest, position);
    },
    doHover(manifest, position, uri) {
      if (manifest.inert) return null;
      if (uri !== undefined && isKustomization(uri, manifest)) return kustomizeHover(settings, manifest, position);
      return (
        valuesHover(manifest, position, files, settings) ??
        doHover(model, settings, manifest, position, uri === undefined ? undefined : { scope, uri })
      );
    },
    patchKindOf: (uri) => patches.kindOf(uri),
    getCodeActions: (uri, manifest, range, diagnostics) => getCodeActions({ model, settings, uri, manifest, range, diagnostics }),
    // What the API server fills in depends on values a template's actions write: no hints there.
    getInlayHints: (manifest, range) => (manifest.template || manifest.inert ? [] : inlayHints(model, settings, manifest, range)),
    getSelectorLenses(uri, manifest) {
      index(uri, manifest);
      return manifest.template || manifest.inert ? [] : selectorLenses(manifest, uri, scope, settings.language);
    },
    customSchemas,
    findDefinition(uri, manifest, position) {
      const values = valuesDefinition(manifest, position, files);
      if (values.length > 0) return values;
      const at = origin(uri, manifest, position);
      return at ? definitionsOf(navigationScope(uri), at) : [];
    },
    findReferences(uri, manifest, position, includeDeclaration) {
      const at = origin(uri, manifest, position);
      return at ? referencesOf(navigationScope(uri), at, includeDeclaration) : [];
    },
    findDocumentHighlights(uri, manifest, position) {
      const at = origin(uri, manifest, position);
      return at ? highlightsOf(navigationScope(uri), at) : [];
    },
    prepareRename(uri, manifest, position) {
      const at = origin(uri, manifest, position);
      return at ? prepareRenameOf(at, settings.language) : null;
    },
    rename(uri, manifest, position, newName) {
      const at = origin(uri, manifest, position);
      return at ? renameOf(navigationScope(uri), at, newName, settings.language) : null;
    },
    findDocumentSymbols: (manifest) => (manifest.inert ? [] : templateSymbols(manifest, documentSymbols(manifest))),
    findWorkspaceSymbols: (query) => workspaceSymbols(workspace, query, (object) => describePlace(object, scopes.roots)),
    getFoldingRanges: (manifest) => foldingRanges(manifest),
    getSelectionRanges: (manifest, positions) => selectionRanges(manifest, positions),
  };
}

/** Missing files and folders a kustomization names, as diagnostics (not cached: the disk changes under them). */
function pathDiagnostics(uri: string, manifest: Manifest, files: FileProbe, settings: ServiceSettings): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const document of manifest.documents) {
    for (const finding of applySuppressions(document.chunk.text, checkPaths(document.chunk, uri, files, settings.language))) {
      const severity = settings.severities[finding.code] ?? finding.severity;
      if (severity === 'off') continue;
      diagnostics.push({
        range: manifest.lines.rangeOf(document.start + finding.start, document.start + finding.end),
        severity: SEVERITIES[severity],
        code: finding.code,
        source: 'podwright',
        message: finding.message,
      });
    }
  }
  return diagnostics;
}

const SEVERITIES = { error: 1, warning: 2, information: 3, hint: 4 } as const;

export type { Manifest } from './document/manifest';
export type { FileProbe, FileKind } from './kustomize/paths';
export type { PatchKind } from './kustomize/patchFiles';
export type { FileRole } from './helm/fileRole';
export type { FileAccess } from './helm/chartFiles';
export { diskFiles, layeredFiles } from './helm/chartFiles';
export { pathOfUri };
export type { ModelData } from './schema/model';
export type { EditorFeatures, ServiceSettings } from './settings';
export type { SelectedWorkload, SelectorLens, SelectorLensWords } from './codeLens/selectorLens';
export type { IndexedObject, PortableObject, WorkspaceIndex } from './workspace/workspaceIndex';
export type { CustomSchemas, CustomSchemaResult, CustomSchemaProblem } from './customSchemas';
export type { Refusal } from './navigation/rename';
