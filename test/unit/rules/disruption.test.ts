import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { applyFix, diagnose, fixesOf, rangeOf, textAt, withCode, yaml } from '../../helpers/ruleHarness';

const budget = (...spec: string[]): string =>
  yaml(
    'apiVersion: policy/v1',
    'kind: PodDisruptionBudget',
    'metadata:',
    '  name: web',
    'spec:',
    ...spec.map((line) => `  ${line}`),
    '  selector:',
    '    matchLabels:',
    '      app: web',
  );

describe('pdb-spec', () => {
  it('rejects minAvailable and maxUnavailable together, with a fix to drop either', () => {
    const text = budget('minAvailable: 2', 'maxUnavailable: 1');
    const [d, ...rest] = withCode(text, 'pdb-spec');
    assert.equal(rest.length, 0);
    assert.equal(d?.severity, DiagnosticSeverity.Error);
    assert.deepEqual(rangeOf(d), [6, 2, 6, 16]);
    assert.equal(
      d?.message,
      '`minAvailable` and `maxUnavailable` cannot both be set: a budget says how many pods must stay up or how many may be down, not both. Kubernetes rejects it; keep one.',
    );
    assert.deepEqual(
      d?.relatedInformation?.map((r) => [r.message, r.location.range.start.line]),
      [['the `minAvailable`', 5]],
    );
    assert.deepEqual(
      fixesOf(d).map((f) => f.title),
      ['Remove `maxUnavailable`', 'Remove `minAvailable`'],
    );
    for (const index of [0, 1]) {
      const fixed = applyFix(text, d, index);
      assert.deepEqual(diagnose(fixed), []);
    }
    assert.doesNotMatch(applyFix(text, d, 0), /maxUnavailable/);
  });

  it('unquotes a quoted number, which Kubernetes reads as a percentage', () => {
    const text = budget('minAvailable: "2"');
    const [d] = withCode(text, 'pdb-spec');
    assert.equal(textAt(text, d), '"2"');
    assert.equal(
      d?.message,
      '`"2"` is a string, so Kubernetes reads `minAvailable` as a percentage and rejects it for lacking `%`: write the number without quotes (`2`) or a percentage such as `50%`.',
    );
    const fixed = applyFix(text, d);
    assert.match(fixed, /\n {2}minAvailable: 2\n/);
    assert.deepEqual(diagnose(fixed), []);
  });

  it('checks percentages', () => {
    const spaced = budget('maxUnavailable: 50 %');
    const [s] = withCode(spaced, 'pdb-spec');
    assert.match(s?.message ?? '', /^`50 %` is neither a whole number nor a percentage such as `50%`/);
    assert.deepEqual(diagnose(applyFix(spaced, s)), []);
    const fraction = budget('minAvailable: "0.5"');
    assert.deepEqual(fixesOf(withCode(fraction, 'pdb-spec')[0]), []);
    const over = budget('maxUnavailable: 120%');
    assert.equal(
      withCode(over, 'pdb-spec')[0]?.message,
      "`120%` is more than 100%: `maxUnavailable` counts pods out of all the budget's pods.",
    );
    const negative = budget('minAvailable: -1');
    assert.equal(withCode(negative, 'pdb-spec')[0]?.message, '`minAvailable` is -1, but it cannot be negative.');
    assert.deepEqual(withCode(budget('minAvailable: 100%'), 'pdb-spec'), []);
    assert.deepEqual(withCode(budget('maxUnavailable: 0'), 'pdb-spec'), []);
  });

  it('speaks Korean when the language is Korean', () => {
    const korean = (text: string) => withCode(text, 'pdb-spec', { language: 'ko' });
    const [b] = korean(budget('minAvailable: 2', 'maxUnavailable: 1'));
    assert.equal(
      b?.message,
      '`minAvailable`과 `maxUnavailable`은 함께 쓸 수 없습니다. 버짓은 살아 있어야 할 파드 수나 내려가도 되는 파드 수 중 하나만 정합니다. Kubernetes는 둘 다 쓴 버짓을 거부하니 하나만 남기세요.',
    );
    assert.deepEqual(
      fixesOf(b).map((f) => f.title),
      ['`maxUnavailable` 지우기', '`minAvailable` 지우기'],
    );
    assert.deepEqual(
      b?.relatedInformation?.map((r) => r.message),
      ['`minAvailable` 값'],
    );
    const [q] = korean(budget('minAvailable: "2"'));
    assert.equal(
      q?.message,
      '`"2"` 값은 문자열이어서 Kubernetes가 `minAvailable` 값을 백분율로 읽고, `%`가 없다며 거부합니다. 따옴표 없이 숫자로 쓰거나(`2`) `50%` 같은 백분율로 쓰세요.',
    );
    assert.deepEqual(
      fixesOf(q).map((f) => f.title),
      ['`2`로 바꾸기'],
    );
  });
});
