import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { applyFix, diagnostics, fixesOf, rangeIn, withCode, yaml } from '../../helpers/diagnostics';
import { withCode as withCodeIn } from '../../helpers/ruleHarness';

const korean = (text: string, code: string) => withCodeIn(text, code, { language: 'ko' });

const pod = (requests: string, limits: string) => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: app}
  spec:
    containers:
      - name: app
        image: app:1.0
        resources:
          requests:
            ${requests}
          limits:
            ${limits}
`;

describe('invalid-quantity', () => {
  it('reports units Kubernetes does not know and fixes them', () => {
    const text = pod('memory: 128mb', 'cpu: 0.5cpu');
    const found = withCode(text, 'invalid-quantity');
    assert.equal(found.length, 2);
    const [memory, cpu] = found;
    assert.equal(memory?.severity, DiagnosticSeverity.Error);
    assert.deepEqual(memory?.range, rangeIn(text, 'memory: 128mb', '128mb'));
    assert.match(memory?.message ?? '', /`128mb` is not a valid quantity for `memory`\. Did you mean `128Mi`\?/);
    assert.deepEqual(
      fixesOf(memory).map((f) => f.title),
      ['Change to `128Mi`'],
    );
    assert.match(cpu?.message ?? '', /Did you mean `500m`\?/);
    const fixed = applyFix(applyFix(text, memory), cpu);
    assert.match(fixed, /memory: 128Mi\n/);
    assert.match(fixed, /cpu: 500m\n/);
    assert.deepEqual(diagnostics(fixed), []);
  });

  it('has no fix when the intent is unclear', () => {
    const text = pod('cpu: lots', 'cpu: "2"');
    const [d] = withCode(text, 'invalid-quantity');
    assert.deepEqual(d?.range, rangeIn(text, 'cpu: lots', 'lots'));
    assert.match(d?.message ?? '', /CPU is counted in cores/);
    assert.deepEqual(fixesOf(d), []);
  });

  it('warns that m on memory means milli, not mega', () => {
    const text = pod('memory: 128m', 'memory: 1Gi');
    const [d] = withCode(text, 'invalid-quantity');
    assert.equal(d?.severity, DiagnosticSeverity.Warning);
    assert.match(d?.message ?? '', /`128m` means 0\.128 bytes: the suffix `m` is milli/);
    assert.match(applyFix(text, d), /memory: 128Mi\n/);
  });

  it('checks emptyDir sizeLimit and pod overhead too, and negative amounts', () => {
    const text = yaml`
      apiVersion: v1
      kind: Pod
      metadata: {name: app}
      spec:
        overhead: {cpu: -1}
        containers: [{name: app, image: "app:1.0"}]
        volumes:
          - name: scratch
            emptyDir:
              sizeLimit: 1gb
    `;
    const found = withCode(text, 'invalid-quantity');
    assert.equal(found.length, 2);
    assert.match(found[0]?.message ?? '', /negative/);
    assert.deepEqual(found[1]?.range, rangeIn(text, 'sizeLimit: 1gb', '1gb'));
    assert.match(applyFix(text, found[1]), /sizeLimit: 1Gi\n/);
  });

  it('speaks Korean when the language is Korean', () => {
    const text = pod('{memory: 128mb, cpu: lots, nvidia.com/gpu: "0.5", ephemeral-storage: 128m}', '{cpu: "-1", example.com/widget: 1 x}');
    const found = korean(text, 'invalid-quantity');
    assert.deepEqual(
      found.map((d) => d.range),
      withCode(text, 'invalid-quantity').map((d) => d.range),
    );
    assert.deepEqual(
      found.map((d) => d.message),
      [
        '`128mb`는 `memory`에 쓸 수 있는 올바른 수량이 아닙니다. `128Mi`를 쓰려던 것인가요? 크기에는 `128Mi`, `1Gi` 같은 2진 접미사(또는 `128M`, `1G` 같은 10진 접미사)를 씁니다. `mb`, `gb`는 Kubernetes가 아는 단위가 아닙니다.',
        '`lots`는 `cpu`에 쓸 수 있는 올바른 수량이 아닙니다. CPU는 코어 단위로 셉니다: `1`, `0.5`, `500m`(밀리코어).',
        '`0.5`는 소수입니다. `nvidia.com/gpu` 같은 확장 리소스는 정수 단위로 셉니다.',
        '`128m`은 0.128바이트라는 뜻입니다. 접미사 `m`은 메가가 아니라 밀리(1000분의 1)입니다. `128Mi`(메비바이트)를 쓰려던 것인가요?',
        '`-1`은 음수입니다. 리소스 양은 0 이상이어야 합니다.',
        '`1 x`는 `example.com/widget`에 쓸 수 있는 올바른 수량이 아닙니다. 숫자를 쓰고, 필요하면 `k`나 `Ki` 같은 접미사를 붙이세요.',
      ],
    );
    assert.deepEqual(
      fixesOf(found[0]).map((f) => f.title),
      ['`128Mi`로 바꾸기'],
    );
  });

  it('accepts every quantity form', () => {
    const text = pod(
      '{cpu: 250m, memory: 128Mi, ephemeral-storage: 1G, nvidia.com/gpu: 1}',
      '{cpu: 1, memory: 1e9, ephemeral-storage: 2Gi, nvidia.com/gpu: "1"}',
    );
    assert.deepEqual(diagnostics(text), []);
  });
});

describe('limit-below-request', () => {
  it('reports a limit lower than its request, pointing at the request', () => {
    const text = pod('{cpu: 500m, memory: 1Gi}', '{cpu: "1", memory: 512Mi}');
    const found = withCode(text, 'limit-below-request');
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d?.severity, DiagnosticSeverity.Error);
    assert.deepEqual(d?.range, rangeIn(text, 'memory: 512Mi', '512Mi'));
    assert.deepEqual(d?.relatedInformation?.[0]?.location.range, rangeIn(text, 'memory: 1Gi', '1Gi'));
    assert.match(d?.message ?? '', /The `memory` limit `512Mi` is lower than its request `1Gi`/);
    assert.match(applyFix(text, d), /memory: 1Gi\}\n$/);
  });

  it('compares across units (1G is less than 1Gi; 900m is less than 1 core)', () => {
    const text = pod('{cpu: 1, memory: 1Gi}', '{cpu: 900m, memory: 1G}');
    const found = withCode(text, 'limit-below-request');
    assert.equal(found.length, 2);
    assert.match(found[0]?.message ?? '', /0\.9 CPU \(900 millicores\) against 1 CPU \(one core\)/);
    assert.match(found[1]?.message ?? '', /1,000,000,000 bytes .* against 1,073,741,824 bytes \(1 GiB\)/);
  });

  it('speaks Korean when the language is Korean, describing amounts in Korean', () => {
    const text = pod('{cpu: 1, memory: 768Mi}', '{cpu: 900m, memory: 512Mi}');
    const [cpu, memory] = korean(text, 'limit-below-request');
    const rejects = ' Kubernetes는 이를 거부합니다. 제한은 요청 이상이어야 합니다. 제한을 올리거나 요청을 낮추세요.';
    assert.equal(
      cpu?.message,
      `\`cpu\`의 제한(limit) \`900m\`이 요청(request) \`1\`보다 낮습니다. 제한은 0.9 CPU (900밀리코어), 요청은 1 CPU (1코어)입니다.${rejects}`,
    );
    assert.equal(memory?.message, `\`memory\`의 제한(limit) \`512Mi\`가 요청(request) \`768Mi\`보다 낮습니다.${rejects}`);
    assert.deepEqual(
      memory?.relatedInformation?.map((r) => r.message),
      ['`memory`의 요청(request)'],
    );
    assert.deepEqual(
      fixesOf(memory).map((f) => f.title),
      ['제한을 요청과 같은 값(768Mi)으로 설정하기'],
    );
    assert.match(applyFix(text, memory), /memory: 768Mi\}\n$/);
  });

  it('accepts equal or higher limits, and requests without limits', () => {
    assert.deepEqual(withCode(pod('{cpu: 500m, memory: 1Gi}', '{cpu: "0.5", memory: 1024Mi}'), 'limit-below-request'), []);
    assert.deepEqual(withCode(pod('{cpu: 500m}', '{memory: 1Gi}'), 'limit-below-request'), []);
  });

  it('does not throw on odd YAML', () => {
    const text = pod('[memory, 1Gi]', '{memory: {a: 1}, cpu: null, ? [x] : y}');
    assert.deepEqual(
      diagnostics(text).filter((d) => d.code === 'internal-error' || d.code === 'limit-below-request'),
      [],
    );
  });
});
