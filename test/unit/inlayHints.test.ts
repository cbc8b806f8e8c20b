// Inlay hints: what the API server will do where the manifest is silent or terse, in English and Korean.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { InlayHint } from 'vscode-languageserver-types';
import type { Language } from '../../server/src/service/settings';
import { newService } from '../helpers/service';
import { englishWords } from './koreanProse';

const WHOLE = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };

function hints(text: string, language: Language = 'en', range = WHOLE): InlayHint[] {
  const service = newService();
  service.configure({ language });
  return service.getInlayHints(service.parse(`file:///hints${Math.random()}.yaml`, text), range);
}

/** `label @ line:character` of each hint, and the text the hint follows. */
function where(text: string, found: InlayHint[]): string[] {
  const lines = text.split('\n');
  const label = (h: InlayHint): string => (typeof h.label === 'string' ? h.label : h.label.map((part) => part.value).join(''));
  return found.map((h) => `${label(h)} after ${JSON.stringify(lines[h.position.line]?.slice(0, h.position.character).trim())}`);
}

function tooltip(hint: InlayHint | undefined): string {
  const value = hint?.tooltip;
  return typeof value === 'string' ? value : (value?.value ?? '');
}

const pod = (containers: string): string => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n${containers}`;

describe('inlay hints: imagePullPolicy the API server sets', () => {
  it('Always after an untagged or :latest image, IfNotPresent after a tagged or pinned one', () => {
    const text = pod(
      [
        '  - name: a',
        '    image: nginx',
        '  - name: b',
        '    image: nginx:latest',
        '  - name: c',
        '    image: registry.example.com:5000/team/app:1.4.2',
        '  - name: d',
        `    image: nginx@sha256:${'a'.repeat(64)}`,
        '',
      ].join('\n'),
    );
    assert.deepEqual(where(text, hints(text)), [
      'imagePullPolicy: Always after "image: nginx"',
      'imagePullPolicy: Always after "image: nginx:latest"',
      'imagePullPolicy: IfNotPresent after "image: registry.example.com:5000/team/app:1.4.2"',
      `imagePullPolicy: IfNotPresent after "image: nginx@sha256:${'a'.repeat(64)}"`,
    ]);
  });

  it('nothing where imagePullPolicy is written, and in every workload kind and init container', () => {
    const text = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      'spec:',
      '  selector: {matchLabels: {app: web}}',
      '  template:',
      '    metadata: {labels: {app: web}}',
      '    spec:',
      '      initContainers:',
      '        - {name: init, image: busybox:1.36}',
      '      containers:',
      '        - name: web',
      '          image: nginx',
      '          imagePullPolicy: IfNotPresent',
      '',
    ].join('\n');
    assert.deepEqual(where(text, hints(text)), ['imagePullPolicy: IfNotPresent after "- {name: init, image: busybox:1.36"']);
  });

  it('says why, in English and in Korean', () => {
    const text = pod('  - name: a\n    image: nginx\n');
    const [en] = hints(text, 'en');
    const [ko] = hints(text, 'ko');
    assert.equal(en?.label, 'imagePullPolicy: Always');
    assert.equal(ko?.label, 'imagePullPolicy: Always');
    assert.equal(
      tooltip(en),
      'Not written here: the API server sets `imagePullPolicy: Always` (because the image has no tag, which means latest).',
    );
    assert.equal(
      tooltip(ko),
      '여기에 쓰지 않았으므로 API 서버가 `imagePullPolicy: Always`로 정합니다(이미지에 태그가 없어 `latest`로 취급되므로).',
    );
    assert.deepEqual(englishWords(tooltip(ko)), []);
    assert.equal(en?.paddingLeft, true);
  });
});

describe('inlay hints: quantities', () => {
  const resources = pod(
    [
      '  - name: a',
      '    image: nginx:1.27',
      '    imagePullPolicy: IfNotPresent',
      '    resources:',
      '      requests: {cpu: 500m, memory: 128Mi}',
      '      limits:',
      '        cpu: 1500m',
      '        memory: 1Gi',
      '        ephemeral-storage: 2G',
      '        hugepages-2Mi: 64Mi',
      '',
    ].join('\n'),
  );

  it('millicores as CPU, binary sizes in decimal units, decimal sizes in binary units', () => {
    assert.deepEqual(where(resources, hints(resources)), [
      '= 0.5 CPU after "requests: {cpu: 500m"',
      '≈ 134 MB after "requests: {cpu: 500m, memory: 128Mi"',
      '= 1.5 CPU after "cpu: 1500m"',
      '≈ 1.07 GB after "memory: 1Gi"',
      '≈ 1.86 GiB after "ephemeral-storage: 2G"',
      '≈ 67.1 MB after "hugepages-2Mi: 64Mi"',
    ]);
  });

  it('leaves plain numbers of cores and small values alone; reads byte counts; exact conversions say =', () => {
    const text = pod(
      [
        '  - name: a',
        '    image: nginx:1.27',
        '    imagePullPolicy: Always',
        '    resources:',
        '      limits: {cpu: 2, memory: 134217728}',
        '      requests: {cpu: "0.5", memory: 1000Ki}',
        '',
      ].join('\n'),
    );
    assert.deepEqual(where(text, hints(text)), [
      '= 128 MiB after "limits: {cpu: 2, memory: 134217728"',
      '= 1.024 MB after "requests: {cpu: \\"0.5\\", memory: 1000Ki"',
    ]);
  });

  it('quantities outside containers: emptyDir sizeLimit, PVC storage, ResourceQuota', () => {
    const text = [
      'apiVersion: v1',
      'kind: ResourceQuota',
      'metadata: {name: q}',
      'spec:',
      '  hard: {requests.cpu: 250m, limits.memory: 512Mi, pods: 10}',
      '---',
      'apiVersion: v1',
      'kind: PersistentVolumeClaim',
      'metadata: {name: data}',
      'spec:',
      '  accessModes: [ReadWriteOnce]',
      '  resources: {requests: {storage: 10Gi}}',
      '',
    ].join('\n');
    assert.deepEqual(
      hints(text).map((h) => h.label),
      ['= 0.25 CPU', '≈ 537 MB', '≈ 10.7 GB'],
    );
  });

  it('tooltips read the amount in words, in English and in Korean', () => {
    const en = hints(resources, 'en');
    const ko = hints(resources, 'ko');
    assert.equal(tooltip(en[0]), '`500m` is 0.5 CPU (half a core).');
    assert.equal(tooltip(en[1]), '`128Mi` is 134,217,728 bytes (128 MiB).');
    assert.equal(tooltip(ko[0]), '`500m`은 0.5 CPU (코어 절반)입니다.');
    assert.equal(tooltip(ko[1]), '`128Mi`는 134,217,728바이트 (128 MiB)입니다.');
    for (const hint of ko) assert.deepEqual(englishWords(tooltip(hint)), [], tooltip(hint));
  });
});

describe('inlay hints: Service ports', () => {
  const service = [
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    '  name: web',
    'spec:',
    '  selector: {app: web}',
    '  ports:',
    '    - port: 80',
    '    - port: 443',
    '      targetPort: https',
    '      protocol: TCP',
    '    - name: dns',
    '      port: 53',
    '      protocol: UDP',
    '',
  ].join('\n');

  it('protocol TCP and targetPort = port where they are left out', () => {
    assert.deepEqual(where(service, hints(service)), [
      'protocol: TCP after "- port: 80"',
      'targetPort: 80 after "- port: 80"',
      'targetPort: 53 after "port: 53"',
    ]);
  });

  it('explains in English and Korean', () => {
    const [protocolEn, targetEn] = hints(service, 'en');
    const [protocolKo, targetKo] = hints(service, 'ko');
    assert.equal(tooltip(protocolEn), 'Not written here: the API server sets `protocol: TCP`.');
    assert.equal(
      tooltip(targetEn),
      'Not written here: `targetPort` defaults to the value of `port`, so traffic goes to port 80 of the selected pods.',
    );
    assert.equal(tooltip(protocolKo), '여기에 쓰지 않았으므로 API 서버가 `protocol: TCP`로 정합니다.');
    assert.match(tooltip(targetKo), /80번 포트로 트래픽이 갑니다/);
    assert.deepEqual(englishWords(tooltip(targetKo)), []);
  });
});

describe('inlay hints: the range asked for, and documents that are not manifests', () => {
  it('only hints inside the range', () => {
    const text = pod('  - name: a\n    image: nginx\n  - name: b\n    image: redis\n');
    const secondOnly = hints(text, 'en', { start: { line: 8, character: 0 }, end: { line: 9, character: 100 } });
    assert.deepEqual(where(text, secondOnly), ['imagePullPolicy: Always after "image: redis"']);
  });

  it('nothing for YAML that is not a Kubernetes object', () => {
    assert.deepEqual(hints('services:\n  web:\n    image: nginx\n    mem_limit: 128Mi\n'), []);
  });

  it('a half-typed document gets what can be read of it', () => {
    const text = pod('  - name: a\n    image: nginx\n    resources: {limits: {cpu: 250m');
    assert.ok(hints(text).length >= 1);
  });
});
