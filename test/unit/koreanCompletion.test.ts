// With the language set to Korean, completion details and documentation are ours in Korean; the
// official Kubernetes summaries and enum notes stay English under a Korean heading.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CompletionItem } from 'vscode-languageserver-types';
import { caret, newService } from '../helpers/service';
import { englishWords } from './koreanProse';

const service = newService();

function complete(textWithCaret: string, language: 'en' | 'ko' = 'ko'): CompletionItem[] {
  const { text, position } = caret(textWithCaret);
  service.configure({ language });
  const manifest = service.parse(`file:///kc${Math.random()}.yaml`, text);
  const items = service.doComplete(manifest, position).items;
  service.configure({ language: 'en' });
  return items;
}

function find(items: readonly CompletionItem[], label: string): CompletionItem {
  const found = items.find((i) => i.label === label);
  assert.ok(found, `no completion ${label}`);
  return found;
}

function documentation(item: CompletionItem): string {
  const doc = item.documentation;
  return typeof doc === 'string' ? doc : (doc?.value ?? '');
}

const POD_HEAD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n';
const KIND_NAMES = new Set(service.model.kinds.map((k) => k.kind));

/**
 * The part of a detail that is our wording. Key items start with the field's type (an API name,
 * `integer 또는 string` for int-or-string); enum values and numeric ports carry a field name.
 */
function ourDetail(item: CompletionItem): string {
  return (item.detail ?? '').replace(/^(integer 또는 string|[A-Za-z][\w[\]]*)( · |$)/, '');
}

const CONTEXTS: readonly string[] = [
  `${POD_HEAD}  - name: web\n    image: nginx:1.27\n    |`,
  `${POD_HEAD}  - |`,
  'apiVersion: v1\nkind: Pod\nspec:\n  |',
  `${POD_HEAD}  - name: web\n    ports:\n      |`,
  `${POD_HEAD}  - name: web\n    livenessProbe:\n      |`,
  `${POD_HEAD}  - name: web\n    livenessProbe:\n      httpGet:\n        |`,
  `${POD_HEAD}  - name: web\n    imagePullPolicy: |`,
  'apiVersion: v1\nkind: Pod\nspec:\n  restartPolicy: |',
  `${POD_HEAD}  - name: web\n    ports:\n      - containerPort: 80\n        protocol: |`,
  `${POD_HEAD}  - name: web\n    resources:\n      limits:\n        |`,
  'apiVersion: v1\nkind: Pod\nspec:\n  nodeSelector:\n    |',
  'apiVersion: v1\nkind: Pod\nmetadata:\n  annotations:\n    |',
  `${POD_HEAD}  - name: web\n    volumeMounts:\n      - name: |\n  volumes:\n    - name: cache\n      emptyDir: {}\n`,
  `${POD_HEAD}  - name: web\n    ports:\n      - name: http\n        containerPort: 8080\n    livenessProbe:\n      httpGet:\n        port: |`,
  'apiVersion: v1\nkind: Pod\nmetadata:\n  annotations:\n    kubectl.kubernetes.io/default-container: |\nspec:\n  containers:\n    - name: app\n',
  '|',
  'apiVersion: v1\n|',
  'apiVersion: apps/v1\nkind: Deployment\nspec:\n  |',
  'apiVersion: apps/v1\nkind: Deployment\nspec:\n  strategy:\n    rollingUpdate:\n      |',
  'apiVersion: batch/v1\nkind: CronJob\nspec:\n  |',
];

describe('Korean completions: no English prose of ours', () => {
  for (const fixture of CONTEXTS) {
    it(`is Korean throughout: ${fixture.slice(Math.max(0, fixture.indexOf('|') - 30), fixture.indexOf('|')).replace(/\n/g, '⏎')}`, () => {
      const items = complete(fixture);
      assert.ok(items.length > 0, 'some completions');
      for (const item of items) {
        const detail = englishWords(ourDetail(item)).filter((word) => !KIND_NAMES.has(word));
        assert.deepEqual(detail, [], `${item.label}: ${item.detail ?? ''}`);
        assert.deepEqual(englishWords(documentation(item)), [], `${item.label}: ${documentation(item)}`);
      }
    });
  }
});

describe('Korean completions: wording', () => {
  it('marks required fields and names int-or-string in Korean', () => {
    assert.equal(find(complete(`${POD_HEAD}  - |`), 'image').detail, 'string · 필수');
    assert.equal(
      find(complete(`${POD_HEAD}  - name: web\n    livenessProbe:\n      httpGet:\n        |`), 'port').detail,
      'integer 또는 string · 필수',
    );
    assert.equal(find(complete('apiVersion: v1\n|'), 'kind').detail, 'string · 필수');
  });

  it('documents a field with our Korean explanation, then the official summary under its heading', () => {
    const item = find(complete(`${POD_HEAD}  - name: web\n    |`), 'imagePullPolicy');
    assert.equal(documentation(item), 'kubelet이 언제 이미지를 받아올지 정합니다.\n\n*공식 설명:* Image pull policy.');
  });

  it('documents a field without a Korean explanation by its official summary alone', () => {
    // terminationMessagePath has no Korean explanation: only the official summary is there to show.
    const korean = documentation(find(complete(`${POD_HEAD}  - name: web\n    |`), 'terminationMessagePath'));
    const official = documentation(find(complete(`${POD_HEAD}  - name: web\n    |`, 'en'), 'terminationMessagePath'));
    assert.ok(official.length > 0);
    assert.equal(korean, `*공식 설명:* ${official}`);
  });

  it("sets an enum value's official note apart", () => {
    const item = find(complete(`${POD_HEAD}  - name: web\n    imagePullPolicy: |`), 'IfNotPresent');
    assert.equal(
      documentation(item),
      "*공식 설명:* `IfNotPresent` means that kubelet pulls if the image isn't present on disk. Container will fail if the image isn't present and the pull fails.",
    );
  });

  it('titles skeletons in Korean', () => {
    assert.equal(find(complete('|'), 'Pod (v1)').detail, '새 Pod 매니페스트');
    assert.equal(find(complete('|'), 'Deployment (apps/v1)').detail, '새 Deployment 매니페스트');
  });

  it('describes well-known map keys in Korean', () => {
    const resources = complete(`${POD_HEAD}  - name: web\n    resources:\n      limits:\n        |`);
    assert.deepEqual(
      resources.map((i) => [i.label, i.detail]),
      [
        ['cpu', 'CPU 코어: 500m = 코어 절반'],
        ['memory', '바이트: 128Mi, 1Gi'],
        ['ephemeral-storage', '로컬 디스크: 1Gi'],
      ],
    );
    const nodes = complete('apiVersion: v1\nkind: Pod\nspec:\n  nodeSelector:\n    |');
    assert.equal(find(nodes, 'kubernetes.io/os').detail, 'linux 또는 windows');
    assert.equal(find(nodes, 'kubernetes.io/hostname').detail, '이름으로 고르는 노드 하나');
    assert.equal(find(nodes, 'topology.kubernetes.io/zone').detail, '가용 영역');
    const annotations = complete('apiVersion: v1\nkind: Pod\nmetadata:\n  annotations:\n    |');
    assert.equal(find(annotations, 'kubectl.kubernetes.io/default-container').detail, 'kubectl logs/exec가 기본으로 쓰는 컨테이너');
  });

  it('describes references in Korean', () => {
    const volumes = complete(
      `${POD_HEAD}  - name: web\n    volumeMounts:\n      - name: |\n  volumes:\n    - name: cache\n      emptyDir: {}\n`,
    );
    assert.equal(find(volumes, 'cache').detail, '이 파드의 볼륨');
    const ports = complete(
      `${POD_HEAD}  - name: web\n    ports:\n      - name: http\n        containerPort: 8080\n    livenessProbe:\n      httpGet:\n        port: |`,
    );
    assert.equal(find(ports, 'http').detail, '컨테이너 포트 8080');
    const containers = complete(
      'apiVersion: v1\nkind: Pod\nmetadata:\n  annotations:\n    kubectl.kubernetes.io/default-container: |\nspec:\n  containers:\n    - name: app\n',
    );
    assert.equal(find(containers, 'app').detail, '이 파드의 컨테이너');
  });
});

describe('English completions keep their wording', () => {
  it('words details and documentation as before', () => {
    assert.equal(find(complete(`${POD_HEAD}  - |`, 'en'), 'image').detail, 'string · required');
    assert.equal(find(complete('|', 'en'), 'Pod (v1)').detail, 'New Pod manifest');
    assert.equal(documentation(find(complete(`${POD_HEAD}  - name: web\n    |`, 'en'), 'imagePullPolicy')), 'Image pull policy.');
    assert.equal(
      find(complete(`${POD_HEAD}  - name: web\n    resources:\n      limits:\n        |`, 'en'), 'cpu').detail,
      'CPU cores: 500m = half a core',
    );
    assert.equal(
      find(
        complete(`${POD_HEAD}  - name: web\n    volumeMounts:\n      - name: |\n  volumes:\n    - name: cache\n      emptyDir: {}\n`, 'en'),
        'cache',
      ).detail,
      'volume of this pod',
    );
    assert.equal(
      documentation(find(complete(`${POD_HEAD}  - name: web\n    imagePullPolicy: |`, 'en'), 'IfNotPresent')),
      "`IfNotPresent` means that kubelet pulls if the image isn't present on disk. Container will fail if the image isn't present and the pull fails.",
    );
  });
});
