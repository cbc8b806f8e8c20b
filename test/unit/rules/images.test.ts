import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { applyFix, diagnostics, fixesOf, rangeOf, withCode, yaml } from '../../helpers/diagnostics';
import { withCode as withCodeIn } from '../../helpers/ruleHarness';
import { parseImageReference } from '../../../server/src/service/util/imageRef';
import { imageMessages } from '../../../server/src/service/validation/messages/images';

const korean = (text: string, code: string) => withCodeIn(text, code, { language: 'ko' });

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
    assert.equal(fixes[0]?.title, 'Add imagePullPolicy: IfNotPresent', 'a quick-fix title is plain text: no backticks');
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
    assert.deepEqual(
      diagnostics(text).filter((d) => d.code === 'internal-error' || d.code === 'invalid-image'),
      [],
    );
  });
});

describe('image diagnostics in Korean', () => {
  const HANGUL = /[\uAC00-\uD7A3]/;

  it('explains the implicit Always pull of an untagged image, with Korean fix titles and the same edits', () => {
    const [d] = korean(chatPod, 'implicit-always-pull');
    assert.equal(
      d?.message,
      '`spring-server`는 태그가 없고 `imagePullPolicy`도 지정되지 않아서, Kubernetes는 `Always`를 사용합니다. ' +
        '즉 kubelet이 컨테이너가 시작될 때마다 레지스트리에서 이미지를 받아옵니다. ' +
        '그래서 로컬에서만 빌드한 이미지는 ErrImagePull / ImagePullBackOff로 실패합니다. ' +
        '로컬에 있는 이미지를 쓰려면 `imagePullPolicy: IfNotPresent`를 지정하거나, 버전 태그를 고정하세요.',
    );
    assert.deepEqual(
      fixesOf(d).map((f) => f.title),
      ['imagePullPolicy: IfNotPresent 추가하기', '버전 태그 고정하기: `spring-server:1.0` (실제 이미지 버전으로 바꿔 쓰세요)'],
    );
    assert.deepEqual(
      fixesOf(d).map((f) => f.edits),
      fixesOf(withCode(chatPod, 'implicit-always-pull')[0]).map((f) => f.edits),
    );
    const latest = korean(chatPod.replace('image: spring-server', 'image: spring-server:latest'), 'implicit-always-pull')[0];
    assert.match(latest?.message ?? '', /^`spring-server:latest`는 `latest` 태그를 쓰고 `imagePullPolicy`도 지정되지 않아서/);
  });

  it('explains an invalid image and offers the corrected one', () => {
    const sidecar = yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: my-nginx-pod
      spec:
        containers:
        - name: ubuntu-sidecar-container
          image: alicek106:rr-test:curl
    `;
    const [d] = korean(sidecar, 'invalid-image');
    assert.equal(
      d?.message,
      "`alicek106:rr-test:curl`은 올바른 이미지 참조가 아닙니다. 이름에 ':'가 2개 있지만, ':' 뒤에는 태그만 옵니다(사용자나 조직과 저장소 이름 사이는 '/'로 구분합니다). " +
        '이미지는 `[registry/]repository[:tag][@digest]` 형식으로 씁니다(예: `nginx:1.27`, `docker.io/alice/app:1.0`). ' +
        '`alicek106/rr-test:curl`을 쓰려던 것인가요? kubelet이 InvalidImageName 오류로 거부합니다.',
    );
    assert.deepEqual(
      fixesOf(d).map((f) => f.title),
      ['이미지를 `alicek106/rr-test:curl`로 바꾸기'],
    );
    const [empty] = korean(sidecar.replace('alicek106:rr-test:curl', '""'), 'invalid-image');
    assert.equal(
      empty?.message,
      '``는 올바른 이미지 참조가 아닙니다. 이미지가 비어 있습니다. 이미지는 `[registry/]repository[:tag][@digest]` 형식으로 씁니다(예: `nginx:1.27`, `docker.io/alice/app:1.0`). kubelet이 InvalidImageName 오류로 거부합니다.',
    );
  });

  it('words every kind of image problem in Korean, without the English reason', () => {
    const images = [
      'registry:abc/app',
      'bad_host.example.com:5000/app',
      'a//b',
      'Nginx:1.0',
      'app-/x',
      `${'a'.repeat(256)}`,
      ' ',
      'nginx :1.0',
      ' nginx',
      'https://docker.io/nginx',
      'a@b@c',
      'alicek106:rr-test:curl',
      ':1.0',
      'nginx:',
      'nginx:-bad',
      'nginx@sha256:xyz',
    ];
    const kinds = new Set<string>();
    for (const image of images) {
      const parsed = parseImageReference(image);
      assert.equal(parsed.ok, false, image);
      if (parsed.ok) continue;
      kinds.add(parsed.issue.kind);
      const pod = yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers: [{name: app, image: ${JSON.stringify(image)}}]
      `;
      const [d] = korean(pod, 'invalid-image');
      const message = d?.message ?? '';
      assert.ok(HANGUL.test(message), image);
      const englishReason = imageMessages.en.problem(parsed.issue).split('; an image is written')[0] ?? '';
      assert.ok(!message.includes(englishReason), `${image}: ${message}`);
    }
    assert.equal(kinds.size, images.length, 'each sample shows a different kind of problem');
  });
});
