// What each kustomization field does, in our own words (English and Korean), keyed by dotted path.
// Nested fields shared by several parents (a target selector, generator options) are written once
// under their last key and found by `fieldDoc` when the full path has no entry of its own.
import type { Language } from '../settings';

type Doc = readonly [en: string, ko: string];

const DOCS: Readonly<Record<string, Doc>> = {
  apiVersion: [
    '`kustomize.config.k8s.io/v1beta1` for a Kustomization, `kustomize.config.k8s.io/v1alpha1` for a Component. Optional: kustomize reads a file without it as a Kustomization.',
    'Kustomization은 `kustomize.config.k8s.io/v1beta1`, Component는 `kustomize.config.k8s.io/v1alpha1`입니다. 생략하면 kustomize는 Kustomization으로 읽습니다.',
  ],
  kind: [
    '`Kustomization` (the default) or `Component`, a reusable piece that overlays include under `components`.',
    '`Kustomization`(기본값) 또는 오버레이가 `components`로 가져다 쓰는 재사용 조각인 `Component`입니다.',
  ],
  metadata: [
    'A name for the kustomization itself; it is not applied to any resource.',
    'kustomization 자체의 이름입니다. 어떤 리소스에도 적용되지 않습니다.',
  ],
  resources: [
    'Files and folders (each with its own kustomization) whose objects this kustomization builds on, relative to this file; remote URLs are allowed.',
    '이 kustomization이 바탕으로 삼는 파일과 폴더(각자 kustomization이 있는)입니다. 이 파일 기준 상대 경로이며 원격 URL도 쓸 수 있습니다.',
  ],
  components: [
    'Folders holding a `kind: Component` kustomization whose changes are applied on top of the resources.',
    '리소스 위에 변경을 적용하는 `kind: Component` kustomization이 있는 폴더입니다.',
  ],
  crds: [
    'Files of CustomResourceDefinitions whose OpenAPI schemas tell kustomize how to merge and name-reference custom resources.',
    'kustomize가 커스텀 리소스를 병합하고 이름을 참조하는 방법을 알려 주는 CustomResourceDefinition 파일입니다.',
  ],
  bases: ['Deprecated: list these folders under `resources`.', '더 이상 쓰지 않습니다. 이 폴더들을 `resources`에 적으세요.'],
  namespace: [
    'Sets the namespace of every namespaced object, and of the subjects of RoleBindings that name a ServiceAccount.',
    '네임스페이스를 쓰는 모든 오브젝트의 네임스페이스를 이 값으로 바꿉니다.',
  ],
  namePrefix: [
    'Prepended to the name of every object; references to those names (volumes, env, selectors of Services…) follow.',
    '모든 오브젝트 이름 앞에 붙습니다. 그 이름을 참조하는 곳(볼륨, env 등)도 함께 바뀝니다.',
  ],
  nameSuffix: [
    'Appended to the name of every object; references follow.',
    '모든 오브젝트 이름 뒤에 붙습니다. 참조하는 곳도 함께 바뀝니다.',
  ],
  commonLabels: [
    'Deprecated: adds labels to every object and also to selectors and pod templates, which changes immutable Deployment selectors. Use `labels` (with `includeSelectors` when wanted).',
    '더 이상 쓰지 않습니다. 모든 오브젝트와 셀렉터, 파드 템플릿에 레이블을 붙여 바꿀 수 없는 Deployment 셀렉터까지 바뀝니다. `labels`(필요하면 `includeSelectors`)를 쓰세요.',
  ],
  labels: [
    'Labels to add: `pairs`, and whether they also go into selectors (`includeSelectors`) and pod templates (`includeTemplates`).',
    '붙일 레이블입니다. `pairs`와 셀렉터(`includeSelectors`), 파드 템플릿(`includeTemplates`)에도 넣을지를 적습니다.',
  ],
  'labels.pairs': ['The label keys and values to add.', '붙일 레이블 키와 값입니다.'],
  'labels.includeSelectors': [
    'Also add the labels to selectors (default false). A Deployment selector cannot change after creation.',
    '셀렉터에도 레이블을 넣습니다(기본 false). Deployment 셀렉터는 만든 뒤 바꿀 수 없습니다.',
  ],
  'labels.includeTemplates': [
    'Also add the labels to pod templates (default false; implied by includeSelectors).',
    '파드 템플릿에도 레이블을 넣습니다(기본 false, includeSelectors이면 함께 적용).',
  ],
  'labels.fields': ['Further places (field specs) to write the labels to.', '레이블을 더 써 넣을 곳(필드 지정)입니다.'],
  commonAnnotations: ['Annotations added to every object.', '모든 오브젝트에 붙일 애너테이션입니다.'],
  images: [
    'Changes the images of containers: every image whose name is `name` gets the new name, tag or digest.',
    '컨테이너 이미지를 바꿉니다. 이름이 `name`인 모든 이미지에 새 이름, 태그 또는 다이제스트를 씁니다.',
  ],
  'images.name': [
    'The image name as the resources write it, without tag or digest (`nginx`, `ghcr.io/org/app`).',
    '리소스에 적힌 이미지 이름입니다. 태그와 다이제스트는 빼고 적습니다(`nginx`, `ghcr.io/org/app`).',
  ],
  'images.newName': [
    'The name to use instead (a registry or repository), without tag.',
    '대신 쓸 이름(레지스트리나 저장소)입니다. 태그는 빼고 적습니다.',
  ],
  'images.newTag': [
    'The tag to use. Quote numbers: `newTag: "1.20"`, since YAML reads 1.20 as 1.2.',
    '쓸 태그입니다. 숫자는 따옴표로 감싸세요(`newTag: "1.20"`). YAML은 1.20을 1.2로 읽습니다.',
  ],
  'images.digest': [
    'A digest (`sha256:` and 64 hex digits) pinning the image; it takes the place of the tag.',
    '이미지를 고정하는 다이제스트(`sha256:`과 16진수 64자)입니다. 태그 대신 쓰입니다.',
  ],
  'images.tagSuffix': ['Appended to the existing tag.', '기존 태그 뒤에 붙습니다.'],
  replicas: [
    'Sets the replica count of the named Deployments, StatefulSets and ReplicaSets.',
    '이름이 같은 Deployment, StatefulSet, ReplicaSet의 레플리카 수를 정합니다.',
  ],
  'replicas.name': ['The workload name before any prefix or suffix.', '접두사·접미사를 붙이기 전의 워크로드 이름입니다.'],
  'replicas.count': ['The number of replicas.', '레플리카 수입니다.'],
  patches: [
    'Patches to apply: a file (`path`) or inline text (`patch`), strategic merge or JSON 6902, optionally only to the objects `target` selects.',
    '적용할 패치입니다. 파일(`path`)이나 직접 쓴 내용(`patch`)이며, 전략적 병합이나 JSON 6902 형식입니다. `target`으로 대상 오브젝트를 고를 수 있습니다.',
  ],
  'patches.path': ['A patch file, relative to this kustomization.', '이 kustomization 기준 상대 경로의 패치 파일입니다.'],
  'patches.patch': ['The patch written inline, as a YAML string.', 'YAML 문자열로 직접 쓴 패치입니다.'],
  'patches.target': [
    'Which objects the patch applies to; without it, the object the patch names.',
    '패치를 적용할 오브젝트입니다. 없으면 패치에 적힌 오브젝트에 적용합니다.',
  ],
  'patches.options': [
    '`allowNameChange` and `allowKindChange` let the patch rename or change the kind of its target.',
    '`allowNameChange`, `allowKindChange`는 패치가 대상의 이름이나 kind를 바꾸도록 허용합니다.',
  ],
  patchesStrategicMerge: [
    'Deprecated: list these files under `patches` as `- path: file.yaml`.',
    '더 이상 쓰지 않습니다. `patches`에 `- path: file.yaml`로 적으세요.',
  ],
  patchesJson6902: [
    'Deprecated: list these under `patches` (same `path`/`patch` and `target`).',
    '더 이상 쓰지 않습니다. `patches`에 같은 `path`/`patch`, `target`으로 적으세요.',
  ],
  configMapGenerator: [
    'ConfigMaps generated from files, env files and literals; their names get a hash of the content, and references follow.',
    '파일, env 파일, 리터럴로 만드는 ConfigMap입니다. 이름 뒤에 내용의 해시가 붙고 참조도 함께 바뀝니다.',
  ],
  secretGenerator: [
    'Secrets generated from files, env files and literals, named with a content hash like configMapGenerator.',
    '파일, env 파일, 리터럴로 만드는 Secret입니다. configMapGenerator처럼 이름에 내용 해시가 붙습니다.',
  ],
  'secretGenerator.type': ['The Secret type (default `Opaque`).', 'Secret 타입입니다(기본 `Opaque`).'],
  name: ['The name.', '이름입니다.'],
  behavior: [
    '`create` (default) a new one, or `replace` or `merge` into one of the same name from a base.',
    '새로 만들거나(`create`, 기본값) 베이스의 같은 이름을 `replace`(대체) 또는 `merge`(병합)합니다.',
  ],
  files: [
    'Files whose contents become data keys; `key=path` names the key.',
    '내용이 데이터 키가 되는 파일입니다. `key=경로`로 키 이름을 정합니다.',
  ],
  literals: ['`KEY=value` pairs.', '`KEY=value` 쌍입니다.'],
  envs: ['Env files (`KEY=value` lines) whose entries become data keys.', '항목이 데이터 키가 되는 env 파일(`KEY=value` 줄)입니다.'],
  env: ['Deprecated: use `envs`.', '더 이상 쓰지 않습니다. `envs`를 쓰세요.'],
  options: ['Options for this generator, overriding generatorOptions.', '이 생성기의 옵션입니다. generatorOptions보다 우선합니다.'],
  generatorOptions: [
    'Options for every generated ConfigMap and Secret: labels, annotations, `disableNameSuffixHash`, `immutable`.',
    '생성하는 모든 ConfigMap과 Secret의 옵션입니다. 레이블, 애너테이션, `disableNameSuffixHash`, `immutable`.',
  ],
  disableNameSuffixHash: [
    'Keep the plain name, without the content hash (rollouts then do not follow content changes).',
    '내용 해시 없이 이름 그대로 둡니다(내용이 바뀌어도 롤아웃되지 않습니다).',
  ],
  immutable: ['Mark the generated objects immutable.', '생성한 오브젝트를 바꿀 수 없게 표시합니다.'],
  generators: [
    'Generator plugin configurations or kustomizations whose output is added.',
    '출력이 추가되는 생성기 플러그인 설정이나 kustomization입니다.',
  ],
  transformers: ['Transformer plugin configurations applied to the resources.', '리소스에 적용할 변환기 플러그인 설정입니다.'],
  validators: ['Validator plugin configurations run over the result.', '결과를 검사할 검증기 플러그인 설정입니다.'],
  configurations: [
    'Files of transformer configurations (where names and labels are in custom kinds).',
    '변환기 설정 파일입니다(커스텀 kind의 이름과 레이블 위치).',
  ],
  replacements: [
    "Copies a value from one object's field (`source`) into fields of other objects (`targets`).",
    '한 오브젝트의 필드 값(`source`)을 다른 오브젝트들의 필드(`targets`)에 복사합니다.',
  ],
  vars: ['Deprecated: use `replacements`.', '더 이상 쓰지 않습니다. `replacements`를 쓰세요.'],
  openapi: [
    'An OpenAPI schema (`path`) or Kubernetes `version` to merge with.',
    '병합에 쓸 OpenAPI 스키마(`path`)나 Kubernetes `version`입니다.',
  ],
  helmCharts: [
    'Helm charts inflated into resources (needs `kustomize build --enable-helm`).',
    '리소스로 펼칠 Helm 차트입니다(`kustomize build --enable-helm`가 필요합니다).',
  ],
  helmGlobals: [
    'Where charts (`chartHome`) and Helm configuration (`configHome`) live.',
    '차트(`chartHome`)와 Helm 설정(`configHome`)의 위치입니다.',
  ],
  helmChartInflationGenerator: ['Deprecated: use `helmCharts`.', '더 이상 쓰지 않습니다. `helmCharts`를 쓰세요.'],
  buildMetadata: [
    'Annotations kustomize adds to the output: `originAnnotations`, `transformerAnnotations`, `managedByLabel`.',
    'kustomize가 출력에 붙이는 정보입니다: `originAnnotations`, `transformerAnnotations`, `managedByLabel`.',
  ],
  sortOptions: [
    'Output order: `legacy` (by kind, namespaces first) or `fifo` (as listed).',
    '출력 순서입니다. `legacy`(kind 순, 네임스페이스 먼저) 또는 `fifo`(적은 순서).',
  ],
  target: [
    'Which objects: by group, version, kind, name, namespace, label or annotation selector.',
    '대상 오브젝트를 group, version, kind, name, namespace, 레이블·애너테이션 셀렉터로 고릅니다.',
  ],
  path: ['A file, relative to this kustomization.', '이 kustomization 기준 상대 경로의 파일입니다.'],
};

/** The words for a field, from its full path or, failing that, its own key. */
export function fieldDoc(keys: readonly string[], language: Language): string | undefined {
  const doc = DOCS[keys.join('.')] ?? DOCS[keys[keys.length - 1] ?? ''];
  return doc ? doc[language === 'ko' ? 1 : 0] : undefined;
}
