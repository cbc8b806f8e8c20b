// The fields of a kustomization (Kustomization kustomize.config.k8s.io/v1beta1 and Component
// v1alpha1), written by us from kustomize's documented fields. Structure only; the words for each
// field live in fieldDocs.ts, keyed by the field's dotted path (`images.newTag`).

/** How a field's value is shaped; `paths` lists name files or folders relative to the kustomization. */
export type KustomizeType =
  | { readonly t: 'string'; readonly values?: readonly string[] }
  | { readonly t: 'bool' }
  | { readonly t: 'int' }
  | { readonly t: 'any' }
  /** A map with free keys (labels, annotations): string values. */
  | { readonly t: 'stringMap' }
  | { readonly t: 'object'; readonly fields: FieldTable }
  | { readonly t: 'list'; readonly items: KustomizeType; readonly paths?: PathKind };

/** What a listed path must be: a file, a folder (bases, components), either (resources), or a file or `name=file` (generators). */
export type PathKind = 'file' | 'dir' | 'fileOrDir' | 'generatorFile' | 'envFile';

export interface KustomizeField {
  readonly type: KustomizeType;
  /** The field that replaces this deprecated one. */
  readonly replacedBy?: string;
}

export type FieldTable = Readonly<Record<string, KustomizeField>>;

const str: KustomizeType = { t: 'string' };
const bool: KustomizeType = { t: 'bool' };
const stringMap: KustomizeType = { t: 'stringMap' };
const strings: KustomizeType = { t: 'list', items: str };
const f = (type: KustomizeType, replacedBy?: string): KustomizeField => (replacedBy ? { type, replacedBy } : { type });
const obj = (fields: FieldTable): KustomizeType => ({ t: 'object', fields });
const listOf = (fields: FieldTable): KustomizeType => ({ t: 'list', items: obj(fields) });
const pathList = (paths: PathKind): KustomizeType => ({ t: 'list', items: str, paths });

/** A patch's target selector (patches, replacements, labels' fieldSpecs share most of it). */
const selector: FieldTable = {
  group: f(str),
  version: f(str),
  kind: f(str),
  name: f(str),
  namespace: f(str),
  labelSelector: f(str),
  annotationSelector: f(str),
};

const fieldSpec: FieldTable = {
  path: f(str),
  group: f(str),
  version: f(str),
  kind: f(str),
  create: f(bool),
};

const generatorOptions: FieldTable = {
  labels: f(stringMap),
  annotations: f(stringMap),
  disableNameSuffixHash: f(bool),
  immutable: f(bool),
};

const generator: FieldTable = {
  name: f(str),
  namespace: f(str),
  behavior: f({ t: 'string', values: ['create', 'replace', 'merge'] }),
  files: f(pathList('generatorFile')),
  literals: f(strings),
  envs: f(pathList('envFile')),
  env: f(str, 'envs'),
  options: f(obj(generatorOptions)),
};

const replacementOptions: FieldTable = { delimiter: f(str), index: f({ t: 'int' }), create: f(bool) };
const replacementSelector: FieldTable = { ...selector, fieldPath: f(str), options: f(obj(replacementOptions)) };

const kustomizationFields: FieldTable = {
  apiVersion: f(str),
  kind: f(str),
  metadata: f(obj({ name: f(str), namespace: f(str), labels: f(stringMap), annotations: f(stringMap) })),
  resources: f(pathList('fileOrDir')),
  components: f(pathList('dir')),
  crds: f(pathList('file')),
  bases: f(pathList('dir'), 'resources'),
  namespace: f(str),
  namePrefix: f(str),
  nameSuffix: f(str),
  commonLabels: f(stringMap, 'labels'),
  labels: f({
    t: 'list',
    items: obj({
      pairs: f(stringMap),
      includeSelectors: f(bool),
      includeTemplates: f(bool),
      fields: f({ t: 'list', items: obj(fieldSpec) }),
    }),
  }),
  commonAnnotations: f(stringMap),
  images: f(listOf({ name: f(str), newName: f(str), newTag: f(str), digest: f(str), tagSuffix: f(str) })),
  replicas: f(listOf({ name: f(str), count: f({ t: 'int' }) })),
  patches: f(
    listOf({
      path: f(str),
      patch: f(str),
      target: f(obj(selector)),
      options: f(obj({ allowNameChange: f(bool), allowKindChange: f(bool) })),
    }),
  ),
  patchesStrategicMerge: f(pathList('file'), 'patches'),
  patchesJson6902: f(listOf({ path: f(str), patch: f(str), target: f(obj(selector)) }), 'patches'),
  configMapGenerator: f({ t: 'list', items: obj(generator) }),
  secretGenerator: f({ t: 'list', items: obj({ ...generator, type: f(str) }) }),
  generatorOptions: f(obj(generatorOptions)),
  generators: f(strings),
  transformers: f(strings),
  validators: f(strings),
  configurations: f(pathList('file')),
  replacements: f(
    listOf({
      path: f(str),
      source: f(obj(replacementSelector)),
      targets: f(
        listOf({
          select: f(obj(selector)),
          reject: f({ t: 'list', items: obj(selector) }),
          fieldPaths: f(strings),
          options: f(obj(replacementOptions)),
        }),
      ),
    }),
  ),
  vars: f(
    listOf({
      name: f(str),
      objref: f(obj({ apiVersion: f(str), group: f(str), version: f(str), kind: f(str), name: f(str), namespace: f(str) })),
      fieldref: f(obj({ fieldpath: f(str) })),
    }),
    'replacements',
  ),
  openapi: f(obj({ path: f(str), version: f(str) })),
  helmCharts: f(
    listOf({
      name: f(str),
      version: f(str),
      repo: f(str),
      releaseName: f(str),
      namespace: f(str),
      nameTemplate: f(str),
      valuesFile: f(str),
      additionalValuesFiles: f(strings),
      valuesInline: f({ t: 'any' }),
      valuesMerge: f({ t: 'string', values: ['merge', 'override', 'replace'] }),
      includeCRDs: f(bool),
      skipHooks: f(bool),
      skipTests: f(bool),
      apiVersions: f(strings),
      kubeVersion: f(str),
      devel: f(bool),
    }),
  ),
  helmGlobals: f(obj({ chartHome: f(str), configHome: f(str) })),
  helmChartInflationGenerator: f({ t: 'any' }, 'helmCharts'),
  buildMetadata: f({ t: 'list', items: { t: 'string', values: ['originAnnotations', 'transformerAnnotations', 'managedByLabel'] } }),
  sortOptions: f(
    obj({
      order: f({ t: 'string', values: ['legacy', 'fifo'] }),
      legacySortOptions: f(obj({ orderFirst: f(strings), orderLast: f(strings) })),
    }),
  ),
};

export const KUSTOMIZATION: KustomizeType = obj(kustomizationFields);

/** The field at a dotted path of keys (list indexes skipped), or undefined. */
export function fieldAt(keys: readonly string[]): { field: KustomizeField; type: KustomizeType } | undefined {
  let type: KustomizeType = KUSTOMIZATION;
  let field: KustomizeField | undefined;
  for (const key of keys) {
    while (type.t === 'list') type = type.items;
    if (type.t !== 'object') return undefined;
    field = type.fields[key];
    if (!field) return undefined;
    type = field.type;
  }
  return field ? { field, type } : undefined;
}

/** The object type whose keys are written at `keys` (list items entered), or undefined when free or scalar. */
export function objectAt(keys: readonly string[]): FieldTable | undefined {
  let type: KustomizeType = KUSTOMIZATION;
  for (const key of keys) {
    while (type.t === 'list') type = type.items;
    if (type.t !== 'object') return undefined;
    const field = type.fields[key];
    if (!field) return undefined;
    type = field.type;
  }
  while (type.t === 'list') type = type.items;
  return type.t === 'object' ? type.fields : undefined;
}
