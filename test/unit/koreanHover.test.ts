// With the language set to Korean, hovers speak Korean: labels, default-value notes, quantity
// amounts and image breakdowns. Only the official Kubernetes text (marked as such) stays English.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultedFields, defaultFor } from '../../server/src/service/schema/facts/defaults';
import { caret, newService } from '../helpers/service';
import { englishWords } from './koreanProse';

const service = newService();

function hover(textWithCaret: string, language: 'en' | 'ko' = 'ko'): string {
  const { text, position } = caret(textWithCaret);
  service.configure({ language });
  const manifest = service.parse(`file:///kh${Math.random()}.yaml`, text);
  const result = service.doHover(manifest, position);
  service.configure({ language: 'en' });
  assert.ok(result, `no hover for ${textWithCaret}`);
  return (result.contents as { value: string }).value;
}

const POD = (container: string, spec = '') =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n${spec}  containers:\n    - name: web\n${container}`;
const JOB = (spec: string) => `apiVersion: batch/v1\nkind: Job\nspec:\n${spec}  template:\n    spec:\n      restartPolicy: Never\n`;
const DEPLOYMENT = (strategy: string) => `apiVersion: apps/v1\nkind: Deployment\nspec:\n  strategy:\n${strategy}`;

/** Hovers a learner meets, on keys and on values. */
const HOVERS: readonly string[] = [
  POD('      na|me: web\n      image: nginx\n'),
  POD('      image: ng|inx\n'),
  POD('      image: nginx:1.|27\n'),
  POD('      image: registry.example.com:5000/team/a|pp@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n'),
  POD('      image: nginx:latest\n      imagePullPolicy: IfNot|Present\n'),
  POD('      ima|ge: nginx\n'),
  POD('      image: nginx\n      imagePull|Policy: Always\n'),
  POD('      image: nginx:1.27\n      imagePull|Policy: Always\n'),
  POD('      image: nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n      imagePull|Policy: Always\n'),
  POD('      image: Not/Valid\n      imagePull|Policy: Always\n'),
  POD('      imagePull|Policy: Always\n'),
  POD('      ports:\n        - container|Port: 80\n          protocol: TCP\n'),
  POD('      ports:\n        - containerPort: 80\n          proto|col: TCP\n'),
  POD('      ports:\n        - containerPort: 80\n          protocol: U|DP\n'),
  POD('      resources:\n        limits:\n          cpu: 50|0m\n'),
  POD('      resources:\n        limits:\n          cpu: 2|50m\n'),
  POD('      resources:\n        limits:\n          cpu: |1\n'),
  POD('      resources:\n        limits:\n          cpu: |2\n'),
  POD('      resources:\n        limits:\n          cpu: 1|m\n'),
  POD('      resources:\n        limits:\n          memory: 128|Mi\n'),
  POD('      resources:\n        limits:\n          memory: 1|G\n'),
  POD('      resources:\n        limits:\n          memory: |1\n'),
  POD('      resources:\n        limits:\n          memory: 5|12\n'),
  POD('      resources:\n        limits:\n          memory: 128Mi\n        reque|sts:\n          cpu: 100m\n'),
  POD('      livenessProbe:\n        httpGet:\n          pa|th: /healthz\n          port: 8080\n'),
  POD('      livenessProbe:\n        httpGet:\n          path: /healthz\n          sche|me: HTTP\n          port: 8080\n'),
  POD('      livenessProbe:\n        periodSec|onds: 10\n'),
  POD('      livenessProbe:\n        timeoutSec|onds: 1\n'),
  POD('      livenessProbe:\n        successThre|shold: 1\n'),
  POD('      livenessProbe:\n        failureThre|shold: 3\n'),
  POD('      livenessProbe:\n        initialDelay|Seconds: 5\n'),
  POD('      livenessProbe:\n        httpGet:\n          po|rt: http\n'),
  POD('      image: nginx\n', '  restart|Policy: Always\n'),
  POD('      image: nginx\n', '  restartPolicy: Ne|ver\n'),
  POD('      image: nginx\n', '  serviceAccount|Name: app\n'),
  POD('      image: nginx\n', '  dns|Policy: ClusterFirst\n'),
  POD('      image: nginx\n', '  volumes:\n    - name: cfg\n      configMap:\n        name: cfg\n        default|Mode: 0644\n'),
  POD('      image: nginx\n', '  volumes:\n    - name: s\n      secret:\n        secretName: s\n        default|Mode: 0644\n'),
  POD('      image: nginx\n', '  volumes:\n    - name: p\n      projected:\n        default|Mode: 0644\n'),
  POD('      image: nginx\n', '  volumes:\n    - name: scratch\n      empty|Dir: {}\n'),
  POD('      image: nginx\n', '  volumes:\n    - name: scratch\n      emptyDir:\n        med|ium: Memory\n        sizeLimit: 1Gi\n'),
  POD('      image: nginx\n', '  volumes:\n    - name: scratch\n      emptyDir:\n        sizeLimit: 1|Gi\n'),
  POD('      image: nginx\n', '  volumes:\n    - name: h\n      hostPath:\n        path: /data\n        ty|pe: Directory\n'),
  JOB('  backoff|Limit: 4\n'),
  JOB('  backoffLimitPerIndex: 1\n  backoff|Limit: 4\n'),
  JOB('  podReplacement|Policy: Failed\n'),
  JOB('  podFailurePolicy:\n    rules: []\n  podReplacement|Policy: Failed\n'),
  DEPLOYMENT('    rollingUpdate:\n      max|Surge: 1\n'),
  DEPLOYMENT('    rollingUpdate:\n      maxUn|available: 1\n'),
  DEPLOYMENT('    ty|pe: Recreate\n'),
  'apiVersion: v1\nkind: ReplicationController\nspec:\n  sel|ector:\n    app: web\n  template:\n    metadata:\n      labels:\n        app: web\n',
  'apiVersion: apps/v1\nkind: StatefulSet\nspec:\n  podManagement|Policy: Parallel\n',
];

describe('Korean hovers: no English prose of ours', () => {
  for (const fixture of HOVERS) {
    it(`is Korean throughout: ${fixture.slice(fixture.lastIndexOf('|') - 20, fixture.lastIndexOf('|') + 12).replace(/\n/g, '⏎')}`, () => {
      const text = hover(fixture);
      assert.deepEqual(englishWords(text), [], text);
    });
  }
});

/** The line of a hover that starts with `prefix`. */
function line(text: string, prefix: string): string | undefined {
  return text.split('\n').find((l) => l.startsWith(prefix));
}

const DIGEST = 'sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';

describe('Korean hovers: default-value notes', () => {
  const cases: readonly (readonly [string, string])[] = [
    [POD('      image: nginx\n      imagePull|Policy: Always\n'), '기본값: `Always` (이미지에 태그가 없어 `latest`로 취급되므로)  '],
    [POD('      image: nginx:latest\n      imagePull|Policy: Always\n'), '기본값: `Always` (이미지 태그가 `latest`이므로)  '],
    [POD('      image: nginx:1.27\n      imagePull|Policy: Always\n'), '기본값: `IfNotPresent` (이미지 태그가 `1.27`이므로)  '],
    [
      POD(`      image: nginx@${DIGEST}\n      imagePull|Policy: Always\n`),
      '기본값: `IfNotPresent` (이미지를 다이제스트로 고정했으므로)  ',
    ],
    [POD('      image: Not/Valid\n      imagePull|Policy: Always\n'), '기본값: `IfNotPresent` (이미지 참조를 해석할 수 없으므로)  '],
    [POD('      imagePull|Policy: Always\n'), '기본값: `IfNotPresent` (이미지에 태그가 없거나 태그가 `latest`이면 `Always`)  '],
    [
      POD('      image: nginx\n', '  restart|Policy: Always\n'),
      '기본값: `Always` (`Job`과 `CronJob`은 `Always`를 받지 않으므로 `OnFailure`나 `Never`를 써야 합니다)  ',
    ],
    [
      POD('      image: nginx\n', '  serviceAccount|Name: app\n'),
      '기본값: `default` (파드가 만들어질 때 API 서버가 채우며, 템플릿에서는 비어 있습니다)  ',
    ],
    [
      POD('      image: nginx\n', '  volumes:\n    - name: cfg\n      configMap:\n        name: cfg\n        default|Mode: 0644\n'),
      '기본값: `420` (8진수 0644: 누구나 읽을 수 있고 쓰기는 소유자만 가능)  ',
    ],
    [
      POD('      image: nginx\n', '  volumes:\n    - name: s\n      secret:\n        secretName: s\n        default|Mode: 0644\n'),
      '기본값: `420` (8진수 0644: 누구나 읽을 수 있고 쓰기는 소유자만 가능)  ',
    ],
    [POD('      livenessProbe:\n        successThre|shold: 1\n'), '기본값: `1` (`livenessProbe`와 `startupProbe`는 1만 받습니다)  '],
    [
      POD('      image: nginx\n', '  volumes:\n    - name: scratch\n      empty|Dir: {}\n'),
      '기본값: `{}` (소스를 지정하지 않은 볼륨은 `emptyDir`이 됩니다)  ',
    ],
    [
      POD('      image: nginx\n', '  volumes:\n    - name: scratch\n      emptyDir:\n        med|ium: Memory\n'),
      '기본값: `""` (노드의 저장 공간을 씁니다. `"Memory"`로 하면 메모리 기반 tmpfs를 씁니다)  ',
    ],
    [
      POD('      image: nginx\n', '  volumes:\n    - name: h\n      hostPath:\n        path: /data\n        ty|pe: Directory\n'),
      '기본값: `""` (마운트하기 전에 경로를 확인하지 않습니다)  ',
    ],
    [
      POD('      resources:\n        limits:\n          memory: 128Mi\n        reque|sts:\n          cpu: 100m\n'),
      '기본값: `{memory: 128Mi}` (파드를 만들 때 `limits`에서 복사됩니다)  ',
    ],
    [JOB('  backoffLimitPerIndex: 1\n  backoff|Limit: 4\n'), '기본값: `2147483647` (`backoffLimitPerIndex`를 지정했으므로)  '],
    [JOB('  podReplacement|Policy: Failed\n'), '기본값: `TerminatingOrFailed` (Kubernetes 1.29부터)  '],
    [
      JOB('  podFailurePolicy:\n    rules: []\n  podReplacement|Policy: Failed\n'),
      '기본값: `Failed` (`podFailurePolicy`를 지정했으므로)  ',
    ],
    [DEPLOYMENT('    rollingUpdate:\n      max|Surge: 1\n'), '기본값: `25%` (파드 수로 바꿀 때 올림)  '],
    [DEPLOYMENT('    rollingUpdate:\n      maxUn|available: 1\n'), '기본값: `25%` (파드 수로 바꿀 때 내림)  '],
    [
      'apiVersion: v1\nkind: ReplicationController\nspec:\n  sel|ector:\n    app: web\n  template:\n    metadata:\n      labels:\n        app: web\n',
      '기본값: `{app: web}` (`template.metadata.labels`에서 복사됩니다)  ',
    ],
  ];
  for (const [fixture, expected] of cases) {
    it(`words the note in Korean: ${expected.slice(0, 40)}`, () => {
      assert.equal(line(hover(fixture), '기본값:'), expected);
    });
  }

  it('keeps the English notes as they were', () => {
    assert.equal(
      line(hover(POD('      image: nginx\n      imagePull|Policy: Always\n'), 'en'), 'Default:'),
      'Default: `Always` (because the image has no tag, which means latest)  ',
    );
    assert.equal(
      line(
        hover(
          POD('      image: nginx\n', '  volumes:\n    - name: cfg\n      configMap:\n        name: cfg\n        default|Mode: 0644\n'),
          'en',
        ),
        'Default:',
      ),
      'Default: `420` (octal 0644: everyone may read, only the owner may write)  ',
    );
  });
});

describe('Korean hovers: values', () => {
  const quantities: readonly (readonly [string, string, string])[] = [
    ['cpu: 50|0m', '**값:** `500m` = 0.5 CPU (코어 절반)', '**Value:** `500m` = 0.5 CPU (half a core)'],
    ['cpu: 2|50m', '**값:** `250m` = 0.25 CPU (250밀리코어)', '**Value:** `250m` = 0.25 CPU (250 millicores)'],
    ['cpu: 1|m', '**값:** `1m` = 0.001 CPU (1밀리코어)', '**Value:** `1m` = 0.001 CPU (1 millicore)'],
    ['cpu: |1', '**값:** `1` = 1 CPU (1코어)', '**Value:** `1` = 1 CPU (one core)'],
    ['cpu: 1.|5', '**값:** `1.5` = 1.5 CPU (1.5코어)', '**Value:** `1.5` = 1.5 CPU (1.5 cores)'],
    ['memory: 128|Mi', '**값:** `128Mi` = 134,217,728바이트 (128 MiB)', '**Value:** `128Mi` = 134,217,728 bytes (128 MiB)'],
    ['memory: 1|G', '**값:** `1G` = 1,000,000,000바이트 (1 GB, 953.67 MiB)', '**Value:** `1G` = 1,000,000,000 bytes (1 GB, 953.67 MiB)'],
    ['memory: |1', '**값:** `1` = 1바이트', '**Value:** `1` = 1 byte'],
  ];
  for (const [entry, ko, en] of quantities) {
    it(`words ${entry.replace('|', '')} in Korean and keeps the English`, () => {
      const fixture = POD(`      resources:\n        limits:\n          ${entry}\n`);
      assert.equal(hover(fixture), ko);
      assert.equal(hover(fixture, 'en'), en);
    });
  }

  it("sets an enum value's official note apart under its heading", () => {
    const fixture = POD('      image: nginx\n      imagePullPolicy: IfNot|Present\n');
    const note =
      "means that kubelet pulls if the image isn't present on disk. Container will fail if the image isn't present and the pull fails.";
    assert.equal(hover(fixture), `**값:** \`IfNotPresent\`\n\n---\n\n*공식 설명:* \`IfNotPresent\` ${note}`);
    assert.equal(hover(fixture, 'en'), `\`IfNotPresent\` ${note}`);
  });

  it('breaks an image down in Korean', () => {
    assert.equal(
      hover(POD('      image: ng|inx\n')),
      '레지스트리: docker.io (기본값인 Docker Hub)  \n저장소: `nginx`  \n태그: 없음 (`latest`로 취급)  \n지정하지 않았을 때의 이미지 풀 정책: `Always`',
    );
    assert.equal(
      hover(POD('      image: registry.example.com:5000/team/a|pp:1.2\n      imagePullPolicy: Always\n')),
      '레지스트리: `registry.example.com:5000`  \n저장소: `team/app`  \n태그: `1.2`  \n이미지 풀 정책: `Always`',
    );
  });

  it('names an int-or-string type in Korean in the key header', () => {
    const text = hover(POD('      livenessProbe:\n        httpGet:\n          po|rt: http\n'));
    assert.equal(text.split('\n')[0], '**port** `integer 또는 string` · 필수');
    assert.equal(
      hover(POD('      livenessProbe:\n        httpGet:\n          po|rt: http\n'), 'en').split('\n')[0],
      '**port** `integer or string` · required',
    );
  });
});

describe('Korean default notes: the whole table', () => {
  // Owners that reach every branch of the sibling-dependent entries.
  const owners: readonly unknown[] = [
    {},
    { name: 'v' },
    { image: 'nginx' },
    { image: 'nginx:latest' },
    { image: 'nginx:1.27' },
    { image: `nginx@${DIGEST}` },
    { image: 'Not/Valid' },
    { backoffLimitPerIndex: 1 },
    { podFailurePolicy: { rules: [] } },
    { limits: { cpu: '1' } },
    { template: { metadata: { labels: { app: 'web' } } } },
  ];

  it('has a Korean note wherever there is an English one, with the same value', () => {
    let notes = 0;
    for (const { typeId, field } of defaultedFields()) {
      for (const owner of owners) {
        const en = defaultFor(typeId, field, owner, 'en');
        const ko = defaultFor(typeId, field, owner, 'ko');
        assert.equal(ko?.value, en?.value, `${typeId}.${field}`);
        if (en?.note === undefined) {
          assert.equal(ko?.note, undefined);
          continue;
        }
        notes++;
        assert.match(ko?.note ?? '', /[가-힣]/, `${typeId}.${field}: ${en.note}`);
        assert.deepEqual(englishWords(ko?.note ?? ''), [], `${typeId}.${field}: ${ko?.note ?? ''}`);
      }
    }
    assert.ok(notes >= 15, `only ${notes} notes reached`);
  });
});
