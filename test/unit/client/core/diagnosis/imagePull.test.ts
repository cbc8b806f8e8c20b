import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyPullError } from '../../../../../client/src/core/diagnosis/imagePull';
import type { Container, Node, Pod } from '../../../../../client/src/core/kube/kubeTypes';
import { container, diagnoseBoth, evidenceIncludes, only, pod, podEvent, status, waiting } from './diagFixtures';

function pulling(image: string, extra: Partial<Container> = {}, reason = 'ImagePullBackOff'): Pod {
  const c = container('app', image, extra);
  if (!('imagePullPolicy' in extra)) delete c.imagePullPolicy;
  return pod('app', [c], [status('app', waiting(reason, `Back-off pulling image "${image}"`), { image, imageID: '', containerID: '' })], {
    phase: 'Pending',
    falseConditions: ['Ready', 'ContainersReady'],
  });
}

function pullEvents(p: Pod, image: string, failure: string) {
  return [
    podEvent(p, 'Pulling', `Pulling image "${image}"`, { type: 'Normal', container: 'app', secondsAgo: 70 }),
    podEvent(p, 'Failed', `Failed to pull image "${image}": ${failure}`, { container: 'app', secondsAgo: 60 }),
    podEvent(p, 'Failed', 'Error: ErrImagePull', { container: 'app', secondsAgo: 60 }),
    podEvent(p, 'BackOff', `Back-off pulling image "${image}"`, { type: 'Normal', container: 'app', secondsAgo: 10, count: 4 }),
    podEvent(p, 'Failed', 'Error: ImagePullBackOff', { container: 'app', secondsAgo: 10, count: 4 }),
  ];
}

const NOT_FOUND_MYAPP =
  'rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/myapp:latest": failed to resolve reference "docker.io/library/myapp:latest": docker.io/library/myapp:latest: not found';
const DENIED_SPRING =
  'rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/library/spring-server:0.1.0": failed to resolve reference "docker.io/library/spring-server:0.1.0": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed';

describe('diagnosis: image pulls', () => {
  it('an untagged local image without imagePullPolicy: explains the implied Always policy and offers IfNotPresent', () => {
    const p = pulling('myapp');
    const [d, ...rest] = diagnoseBoth({ pod: p, events: pullEvents(p, 'myapp', NOT_FOUND_MYAPP) });
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'image-pull-local-image');
    assert.equal(d.container, 'app');
    assert.deepEqual(d.manifestTarget, { path: ['spec', 'containers', 0, 'image'], specPath: ['containers', 0, 'image'] });
    assert.deepEqual(d.quickFix, {
      kind: 'add-imagePullPolicy',
      container: 'app',
      value: 'IfNotPresent',
      target: { path: ['spec', 'containers', 0, 'imagePullPolicy'], specPath: ['containers', 0, 'imagePullPolicy'], missing: true },
    });
    evidenceIncludes(d, 'docker.io/library/myapp:latest: not found');
    assert.match(d.likelyCause, /Always/);
    assert.match(d.whatToChange, /imagePullPolicy: IfNotPresent/);
  });

  it('a tagged local image that Docker Hub has never heard of, with IfNotPresent already set: says to load it into the cluster, no policy fix', () => {
    const p = pulling('spring-server:0.1.0', { imagePullPolicy: 'IfNotPresent' }, 'ErrImagePull');
    const d = only(diagnoseBoth({ pod: p, events: pullEvents(p, 'spring-server:0.1.0', DENIED_SPRING) }), 'image-pull-local-image');
    assert.equal(d.quickFix, undefined);
    assert.match(d.whatToChange, /load/);
    evidenceIncludes(d, 'pull access denied');
  });

  it('a typo in the tag of an official image is "not found", pointing at the image', () => {
    const failure =
      'rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:1.277": failed to resolve reference "docker.io/library/nginx:1.277": docker.io/library/nginx:1.277: not found';
    const p = pulling('nginx:1.277');
    const d = only(diagnoseBoth({ pod: p, events: pullEvents(p, 'nginx:1.277', failure) }), 'image-pull-not-found');
    assert.deepEqual(d.manifestTarget?.path, ['spec', 'containers', 0, 'image']);
    assert.equal(d.quickFix, undefined);
    evidenceIncludes(d, 'nginx:1.277: not found');
  });

  it('a private registry refusing an anonymous pull: unauthorized, mentions imagePullSecrets', () => {
    const image = 'ghcr.io/acme/private-api:1.4.0';
    const failure = `rpc error: code = Unknown desc = failed to pull and unpack image "${image}": failed to resolve reference "${image}": failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Aacme%2Fprivate-api%3Apull&service=ghcr.io: 401 Unauthorized`;
    const p = pulling(image);
    const d = only(diagnoseBoth({ pod: p, events: pullEvents(p, image, failure) }), 'image-pull-unauthorized');
    assert.match(d.likelyCause, /no `imagePullSecrets`/);
    assert.match(d.whatToChange, /spec\.imagePullSecrets/);
    evidenceIncludes(d, '401 Unauthorized');
  });

  it('with a pull secret present, an unauthorized pull blames the secret instead', () => {
    const p = pulling('registry.example.com/team/api:2.0');
    p.spec!.imagePullSecrets = [{ name: 'regcred' }];
    const failure =
      'rpc error: code = Unknown desc = failed to pull and unpack image "registry.example.com/team/api:2.0": failed to resolve reference "registry.example.com/team/api:2.0": pull access denied, repository does not exist or may require authorization: authorization failed: no basic auth credentials';
    const d = only(
      diagnoseBoth({ pod: p, events: pullEvents(p, 'registry.example.com/team/api:2.0', failure) }),
      'image-pull-unauthorized',
    );
    assert.match(d.likelyCause, /do not grant access/);
  });

  it('an image without a build for the node platform (arm64-only on amd64)', () => {
    const image = 'docker.io/jeongchanmin/spring-server:0.1.2';
    const node: Node = { metadata: { name: 'worker-1' }, status: { nodeInfo: { architecture: 'amd64', operatingSystem: 'linux' } } };
    const containerd = `rpc error: code = NotFound desc = failed to pull and unpack image "${image}": no match for platform in manifest: not found`;
    const p = pulling(image);
    const d = only(diagnoseBoth({ pod: p, events: pullEvents(p, image, containerd), node }), 'image-pull-wrong-platform');
    assert.match(d.whatToChange, /--platform linux\/amd64/);
    const docker = 'Error response from daemon: no matching manifest for linux/amd64 in the manifest list entries';
    assert.equal(classifyPullError(docker), 'platform');
    const q = pulling(image);
    assert.equal(
      only(diagnoseBoth({ pod: q, events: pullEvents(q, image, docker) }), 'image-pull-wrong-platform').code,
      'image-pull-wrong-platform',
    );
  });

  it('a registry that cannot be reached is a pull failure naming the registry', () => {
    const image = 'registry.internal.example:5000/shop/api:1.0';
    const failure = `rpc error: code = Unknown desc = failed to pull and unpack image "${image}": failed to resolve reference "${image}": failed to do request: Head "https://registry.internal.example:5000/v2/shop/api/manifests/1.0": dial tcp: lookup registry.internal.example on 10.96.0.10:53: no such host`;
    const p = pulling(image);
    const d = only(diagnoseBoth({ pod: p, events: pullEvents(p, image, failure) }), 'image-pull-failed');
    assert.match(d.whatHappened, /registry\.internal\.example:5000/);
    evidenceIncludes(d, 'no such host');
  });

  it('an image name that cannot be parsed is InvalidImageName', () => {
    const p = pulling('MyApp:latest', {}, 'InvalidImageName');
    p.status!.containerStatuses![0].state = waiting(
      'InvalidImageName',
      'Failed to apply default image tag "MyApp:latest": couldn\'t parse image name "MyApp:latest": invalid reference format: repository name must be lowercase',
    );
    const d = only(diagnoseBoth({ pod: p, events: [] }), 'image-invalid-name');
    evidenceIncludes(d, 'repository name must be lowercase');
  });
});
