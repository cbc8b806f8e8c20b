import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { applyFix, diagnose, fixesOf, rangeOf, textAt, withCode, yaml } from '../../helpers/ruleHarness';

function problems(text: string): Diagnostic[] {
  return diagnose(text).filter((d) => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning);
}

/** Applies the preferred fix of the first finding with `code` until none is left (at most `max` times). */
function fixAll(text: string, code: string, max = 10): string {
  let out = text;
  for (let i = 0; i < max; i++) {
    const d = withCode(out, code).find((f) => fixesOf(f).length > 0);
    if (!d) return out;
    out = applyFix(
      out,
      d,
      Math.max(
        0,
        fixesOf(d).findIndex((f) => f.preferred),
      ),
    );
  }
  return out;
}

const secret = (...body: string[]) => yaml('apiVersion: v1', 'kind: Secret', 'metadata:', '  name: db', ...body);
const configMap = (...body: string[]) => yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: app', ...body);

describe('not-base64', () => {
  it('reports plain text in a Secret and moves it to a new stringData, quoting a number', () => {
    const text = secret('type: Opaque', 'data:', '  username: admin', '  port: 5432', '  host: ZGIuZXhhbXBsZS5jb20=');
    const found = withCode(text, 'not-base64');
    assert.deepEqual(found.map(rangeOf), [
      [6, 12, 6, 17],
      [7, 8, 7, 12],
    ]);
    assert.equal(found[0]?.severity, DiagnosticSeverity.Error);
    assert.equal(
      found[0]?.message,
      '`username` must be base64-encoded, but it is not base64: its length is not a multiple of 4, as base64 padded with `=` always is. A Secret\'s `data` holds base64-encoded values, and the API server rejects the whole Secret ("illegal base64 data at input byte …"). Put plain text under `stringData`: Kubernetes encodes it for you.',
    );
    assert.match(found[1]?.message ?? '', /^`port` must be base64-encoded, but it is the number 5432, not base64 text\./);
    assert.deepEqual(
      fixesOf(found[0]).map((f) => [f.title, f.preferred ?? false]),
      [
        ['Move to `stringData` as plain text', true],
        ['Encode the value as base64', false],
      ],
    );
    // type-mismatch leaves base64 fields to this rule.
    assert.deepEqual(withCode(text, 'type-mismatch'), []);
    const fixed = fixAll(text, 'not-base64');
    assert.equal(
      fixed,
      secret('type: Opaque', 'data:', '  host: ZGIuZXhhbXBsZS5jb20=', 'stringData:', '  username: admin', '  port: "5432"'),
    );
    assert.deepEqual(problems(fixed), []);
  });

  it('renames `data` to `stringData` when the entry is its only one, and appends to an existing stringData', () => {
    const only = secret('data:', '  password: my password');
    const [d] = withCode(only, 'not-base64');
    assert.ok(d);
    const fixed = applyFix(only, d);
    assert.equal(fixed, secret('stringData:', '  password: my password'));
    assert.deepEqual(problems(fixed), []);

    const existing = secret('stringData:', '  user: admin', 'data:', '  token: not base64!', '  ca.crt: Y2E=');
    const [t] = withCode(existing, 'not-base64');
    assert.ok(t);
    const moved = applyFix(existing, t);
    assert.equal(moved, secret('stringData:', '  user: admin', '  token: not base64!', 'data:', '  ca.crt: Y2E='));
    assert.deepEqual(problems(moved), []);
  });

  it('offers to encode the value instead, and repairs base64 broken over plain lines', () => {
    const text = secret('data:', '  password: s3cr3t!');
    const [d] = withCode(text, 'not-base64');
    assert.ok(d);
    assert.equal(applyFix(text, d, 1), secret('data:', '  password: czNjcjN0IQ=='));

    const wrapped = secret('data:', '  ca.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t', '    Ck1JSUMvakNDQWVhZ0F3SUJBZ0lCQURBTkJna3Foa2lH');
    const [w] = withCode(wrapped, 'not-base64');
    assert.ok(w);
    assert.deepEqual(rangeOf(w), [5, 10, 6, 48]);
    assert.match(w.message, /it contains a space/);
    assert.deepEqual(
      fixesOf(w).map((f) => f.title),
      ['Join the base64 text and fix its padding'],
    );
    const joined = applyFix(wrapped, w);
    assert.equal(joined, secret('data:', '  ca.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUMvakNDQWVhZ0F3SUJBZ0lCQURBTkJna3Foa2lH'));
    assert.deepEqual(problems(joined), []);
  });

  it('checks ConfigMap binaryData and other base64 fields such as caBundle', () => {
    const text = configMap('data:', '  mode: fast', 'binaryData:', '  readme: hello world');
    const [d] = withCode(text, 'not-base64');
    assert.ok(d);
    assert.match(d.message, /A ConfigMap's `binaryData` holds base64-encoded values/);
    const fixed = applyFix(text, d);
    // The emptied `binaryData:` goes with its only entry.
    assert.equal(fixed, configMap('data:', '  mode: fast', '  readme: hello world'));
    assert.deepEqual(problems(fixed), []);

    const hook = yaml(
      'apiVersion: admissionregistration.k8s.io/v1',
      'kind: ValidatingWebhookConfiguration',
      'metadata:',
      '  name: hook',
      'webhooks:',
      '  - name: hook.example.com',
      '    admissionReviewVersions: ["v1"]',
      '    sideEffects: None',
      '    clientConfig:',
      '      url: https://hook.example.com/validate',
      '      caBundle: |',
      '        -----BEGIN CERTIFICATE-----',
      '        MIIBszCCAVmgAwIBAgIU',
      '        -----END CERTIFICATE-----',
    );
    const [c] = withCode(hook, 'not-base64');
    assert.ok(c);
    assert.deepEqual(rangeOf(c), [10, 16, 13, 33]);
    assert.match(c.message, /^`caBundle` must be base64-encoded, but it is not base64: it contains '-'/);
    assert.deepEqual(
      fixesOf(c).map((f) => [f.title, f.preferred ?? false]),
      [['Encode the value as base64', false]],
    );
    assert.deepEqual(problems(applyFix(hook, c)), []);
  });

  it('accepts base64 with line breaks in a block, padding, and empty values', () => {
    const text = secret('data:', '  a: YQ==', '  b: YWI=', '  c: YWJj', '  d: ""', '  e:', '  f: |', '    YWJj', '    ZGVm');
    assert.deepEqual(withCode(text, 'not-base64'), []);
  });

  it('speaks Korean', () => {
    const [d] = withCode(secret('data:', '  password: admin'), 'not-base64', { language: 'ko' });
    assert.match(
      d?.message ?? '',
      /^`password` 값은 base64로 인코딩되어 있어야 하는데, base64 형식이 아닙니다\. 길이가 4의 배수가 아닙니다/,
    );
    assert.deepEqual(
      fixesOf(d).map((f) => f.title),
      ['평문으로 `stringData`에 옮기기', '값을 base64로 인코딩하기'],
    );
  });
});

describe('invalid-data-key', () => {
  it('reports keys that cannot be file names and renames them', () => {
    const text = configMap('data:', '  app config.yaml: |', '    key: value', '  ..data: x', '  "conf/nginx.conf": "server {}"');
    const found = withCode(text, 'invalid-data-key');
    assert.deepEqual(
      found.map((d) => textAt(text, d)),
      ['app config.yaml', '..data', '"conf/nginx.conf"'],
    );
    assert.equal(
      found[0]?.message,
      "`app config.yaml` is not a valid key in a ConfigMap's `data`: it contains a space, which is not allowed. Keys use only letters, digits, '-', '_' and '.' (they become file names when the ConfigMap is mounted), at most 253 characters. For example `app-config.yaml`.",
    );
    assert.match(found[1]?.message ?? '', /it cannot start with `\.\.`/);
    let fixed = text;
    for (const d of [...found].reverse()) fixed = applyFix(fixed, d);
    assert.equal(fixed, configMap('data:', '  app-config.yaml: |', '    key: value', '  data: x', '  "conf-nginx.conf": "server {}"'));
    assert.deepEqual(problems(fixed), []);
  });

  it('reports a key in both data and binaryData, on the later one', () => {
    const text = configMap('data:', '  logo.png: none', 'binaryData:', '  logo.png: iVBORw0KGgo=');
    const [d] = withCode(text, 'invalid-data-key');
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [7, 2, 7, 10]);
    assert.match(d.message, /is a key in both `data` and `binaryData`/);
    assert.equal(d.relatedInformation?.[0]?.location.range.start.line, 5);
  });

  it('checks Secret stringData keys too, and stays silent on valid keys', () => {
    const text = secret('stringData:', '  "db password": x', '  .env: "A=1"', '  tls.crt: ""', '  KEY_NAME-1.2: y');
    assert.deepEqual(
      withCode(text, 'invalid-data-key').map((d) => textAt(text, d)),
      ['"db password"'],
    );
  });

  it('speaks Korean', () => {
    const [d] = withCode(configMap('data:', '  "a b": x'), 'invalid-data-key', { language: 'ko' });
    assert.match(
      d?.message ?? '',
      /^`a b`는 ConfigMap의 `data`에 쓸 수 있는 키가 아닙니다\. 쓸 수 없는 문자가 들어 있습니다: 공백\. .*\(ConfigMap을 마운트하면/,
    );
    assert.equal(fixesOf(d)[0]?.title, '`a-b`로 이름 바꾸기');
  });
});

describe('secret-missing-key', () => {
  it('reports a TLS Secret without tls.crt and renames the near miss', () => {
    const text = secret('type: kubernetes.io/tls', 'data:', '  tls.cert: Y2VydA==', '  tls.key: a2V5');
    const [d] = withCode(text, 'secret-missing-key');
    assert.ok(d);
    assert.equal(textAt(text, d), 'kubernetes.io/tls');
    assert.equal(
      d.message,
      'A Secret of type `kubernetes.io/tls` must have `tls.crt` in `data` or `stringData`; the API server rejects it without. Did you mean `tls.cert`?',
    );
    const fixed = applyFix(text, d);
    assert.match(fixed, /\n {2}tls\.crt: Y2VydA==\n/);
    assert.deepEqual(problems(fixed), []);
  });

  it('knows each built-in type, counts stringData, and needs one of username and password', () => {
    assert.equal(withCode(secret('type: kubernetes.io/dockerconfigjson', 'data: {}'), 'secret-missing-key').length, 1);
    assert.equal(withCode(secret('type: kubernetes.io/ssh-auth', 'stringData:', '  ssh-privatekey: ""'), 'secret-missing-key').length, 1);
    assert.equal(withCode(secret('type: kubernetes.io/basic-auth', 'stringData:', '  password: x'), 'secret-missing-key').length, 0);
    assert.match(
      withCode(secret('type: kubernetes.io/basic-auth'), 'secret-missing-key')[0]?.message ?? '',
      /at least one of `username` or `password`/,
    );
    assert.equal(
      withCode(secret('type: kubernetes.io/tls', 'stringData:', '  tls.crt: a', '  tls.key: b'), 'secret-missing-key').length,
      0,
    );
    assert.equal(withCode(secret('type: kubernetes.io/service-account-token'), 'secret-missing-key').length, 1);
    assert.equal(withCode(secret('type: example.com/custom'), 'secret-missing-key').length, 0);
  });

  it('speaks Korean', () => {
    const [d] = withCode(secret('type: kubernetes.io/tls', 'stringData:', '  tls.crt: a'), 'secret-missing-key', { language: 'ko' });
    assert.equal(
      d?.message,
      '`kubernetes.io/tls` 타입의 Secret에는 `data`나 `stringData`에 `tls.key` 키가 있어야 합니다. 없으면 API 서버가 거부합니다.',
    );
  });
});

describe('ConfigMap data, label and annotation values that are not text (type-mismatch)', () => {
  it('reports each number or boolean once, on the value, and quotes it as written', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: app',
      '  labels:',
      '    version: 2',
      '  annotations:',
      '    example.com/replicas: 3',
      'data:',
      '  port: 8080',
      '  debug: true',
      '  ratio: 1.10',
      '  verbose: yes',
      '  empty:',
      '  name: shop',
    );
    const found = withCode(text, 'type-mismatch');
    assert.deepEqual(
      found.map((d) => textAt(text, d)),
      ['2', '3', '8080', 'true', '1.10', 'yes'],
    );
    assert.equal(found[2]?.message, '`port` must be a string, but it is the number 8080. Kubernetes rejects it; put it in quotes.');
    assert.deepEqual(
      fixesOf(found[2]).map((f) => f.title),
      ['Quote the value: "8080"'],
    );
    // Nothing else speaks about them: one finding per value.
    assert.deepEqual(
      diagnose(text).filter((d) => d.code !== 'type-mismatch'),
      [],
    );
    let fixed = text;
    for (const d of [...found].reverse()) fixed = applyFix(fixed, d);
    assert.match(fixed, /\n {2}port: "8080"\n {2}debug: "true"\n {2}ratio: "1\.10"\n {2}verbose: "yes"\n/);
    assert.deepEqual(problems(fixed), []);
  });

  it('quotes a Secret stringData number the same way', () => {
    const text = secret('stringData:', '  PORT: 5432');
    const [d] = withCode(text, 'type-mismatch');
    assert.ok(d);
    assert.deepEqual(problems(applyFix(text, d)), []);
  });
});
