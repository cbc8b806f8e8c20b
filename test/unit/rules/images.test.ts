import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { applyFix, diagnostics, fixesOf, rangeOf, withCode, yaml } from '../../helpers/diagnostics';

const chatPod = yaml`
  apiVersion: v1
  kind: Pod

  metadata:
    name: chat-pod

  spec:
    containers:
      - name: chat-container
        image: spring-server
        ports:
          - containerPort: 8080
`;

describe('implicit-always-pull', () => {
  it('explains the ErrImagePull of an untagged local image (the seed notes)', () => {
    const found = withCode(chatPod, 'implicit-always-pull');
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d?.severity, DiagnosticSeverity.Information);
    assert.deepEqual(d?.range, rangeOf(chatPod, 'spring-server'));
    assert.match(d?.message ?? '', /`spring-server` has no tag/);
    assert.match(d?.message ?? '', /ErrImagePull/);
    assert.match(d?.message ?? '', /imagePullPolicy: IfNotPresent/);
  });

  it('inserts imagePullPolicy as a sibling of image with the same indentation (preferred fix)', () => {
    const [d] = withCode(chatPod, 'implicit-always-pull');
    const fixes = fixesOf(d);
    assert.equal(fixes[0]?.title, 'Add `imagePullPolicy: IfNotPresent`');
    assert.equal(fixes[0]?.preferred, true);
    const fixed = applyFix(chatPod, d);
    assert.match(fixed, /\n {6}image: spring-server\n {6}imagePullPolicy: IfNotPresent\n {6}ports:\n/);
    assert.deepEqual(diagnostics(fixed), []);
  });

  it('offers a version tag as the other fix, replacing latest', () => {
    const text = chatPod.replace('image: spring-server', 'image: spring-server:latest');
    const [d] = withCode(text, 'implicit-always-pull');
    assert.match(d?.message ?? '', /uses the `latest` tag/);
    const title = fixesOf(d)[1]?.title ?? '';
    assert.match(title, /^Pin a version tag: `spring-server:1\.0`/);
    const fixed = applyFix(text, d, title);
    assert.match(fixed, /image: spring-server:1\.0\n/);
    assert.deepEqual(withCode(fixed, 'implicit-always-pull'), []);
  });

  it('inserts into a flow map inline', () => {
    const text = yaml`
      apiVersion: v1
      kind: Pod
      metadata: {name: p}
      spec:
        containers: [{name: app, image: app, ports: [{containerPort: 80}]}]
    `;
    const fixed = applyFix(text, withCode(text, 'implicit-always-pull')[0]);
    assert.match(fixed, /\{name: app, image: app, imagePullPolicy: IfNotPresent, ports/);
    assert.deepEqual(diagnostics(fixed), []);
  });

  it('is quiet with a pinned tag, a digest or an explicit policy', () => {
    for (const image of ['spring-server:0.1.2', `nginx@sha256:${'ab'.repeat(32)}`]) {
      assert.deepEqual(withCode(chatPod.replace('spring-server', image), 'implicit-always-pull'), [], image);
    }
    const explicit = chatPod.replace('image: spring-server', 'image: spring-server\n        imagePullPolicy: Always');
    assert.deepEqual(withCode(explicit, 'implicit-always-pull'), []);
  });
});

describe('invalid-image', () => {
  const sidecar = yaml`
    apiVersion: v1
    kind: Pod
    metadata:
      name: my-nginx-pod
    spec:
      containers:
      - name: my-nginx-container
        image: nginx:1.27
      - name: ubuntu-sidecar-container
        image: alicek106:rr-test:curl
        command: ["tail"]
        args: ["-f", "/dev/null"]
  `;

  it('explains the two-colon image of the seed notes and fixes it', () => {
    const found = withCode(sidecar, 'invalid-image');
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d?.severity, DiagnosticSeverity.Error);
    assert.deepEqual(d?.range, rangeOf(sidecar, 'alicek106:rr-test:curl'));
    assert.match(d?.message ?? '', /\[registry\/\]repository\[:tag\]\[@digest\]/);
    assert.match(d?.message ?? '', /Did you mean `alicek106\/rr-test:curl`\?/);
    assert.deepEqual(withCode(sidecar, 'implicit-always-pull'), [], 'an invalid image gets one diagnostic, not two');
    const fixed = applyFix(sidecar, d);
    assert.match(fixed, /image: alicek106\/rr-test:curl\n/);
    assert.deepEqual(diagnostics(fixed), []);
  });

  it('keeps quotes when fixing and reports upper case and spaces', () => {
    const quoted = sidecar.replace('alicek106:rr-test:curl', '"Alice/Web:1.0"');
    const [d] = withCode(quoted, 'invalid-image');
    assert.deepEqual(d?.range, rangeOf(quoted, '"Alice/Web:1.0"'));
    assert.match(d?.message ?? '', /lower case/);
    assert.match(applyFix(quoted, d), /image: "alice\/web:1\.0"\n/);

    const spaced = sidecar.replace('alicek106:rr-test:curl', "'nginx 1.27'");
    const [s] = withCode(spaced, 'invalid-image');
    assert.match(s?.message ?? '', /contains spaces/);
  });

  it('reports an empty image and has no fix for it', () => {
    const empty = sidecar.replace('alicek106:rr-test:curl', '""');
    const [d] = withCode(empty, 'invalid-image');
    assert.deepEqual(d?.range, rangeOf(empty, '""'));
    assert.match(d?.message ?? '', /the image is empty/);
    assert.deepEqual(fixesOf(d), []);
  });

  it('does not throw on odd YAML', () => {
    const text = yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: d}
      spec:
        template:
          spec:
            containers:
              - image: {repo: nginx}
              - image: 12
              - image:
              - *undefined_alias
    `;
    assert.deepEqual(diagnostics(text).filter((d) => d.code === 'internal-error' || d.code === 'invalid-image'), []);
  });
});
