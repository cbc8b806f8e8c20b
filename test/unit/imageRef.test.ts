import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { impliedPullPolicy, parseImageReference, type ImageReference } from '../../server/src/service/util/imageRef';
import { imageMessages } from '../../server/src/service/validation/messages/images';

function ref(text: string): ImageReference {
  const parsed = parseImageReference(text);
  if (!parsed.ok) throw new Error(`${text}: ${imageMessages.en.problem(parsed.issue)}`);
  return parsed.ref;
}

function problem(text: string): { problem: string; suggestion?: string } {
  const parsed = parseImageReference(text);
  if (parsed.ok) throw new Error(`${text} parsed as valid`);
  // Worded as the invalid-image diagnostic words it in English.
  const problem = imageMessages.en.problem(parsed.issue);
  return parsed.suggestion === undefined ? { problem } : { problem, suggestion: parsed.suggestion };
}

describe('parseImageReference', () => {
  it('splits registry, repository, tag and digest', () => {
    assert.deepEqual(ref('nginx'), { repository: 'nginx' });
    assert.deepEqual(ref('nginx:1.14.2'), { repository: 'nginx', tag: '1.14.2' });
    assert.deepEqual(ref('alicek106/ubuntu:curl'), { repository: 'alicek106/ubuntu', tag: 'curl' });
    assert.deepEqual(ref('docker.io/jeongchanmin/spring-server:latest'), {
      registry: 'docker.io',
      repository: 'jeongchanmin/spring-server',
      tag: 'latest',
    });
    assert.deepEqual(ref('localhost:5000/app'), { registry: 'localhost:5000', repository: 'app' });
    assert.deepEqual(ref('localhost/app:v1'), { registry: 'localhost', repository: 'app', tag: 'v1' });
    const digest = `sha256:${'a'.repeat(64)}`;
    assert.deepEqual(ref(`nginx@${digest}`), { repository: 'nginx', digest });
    assert.deepEqual(ref(`ghcr.io/org/app:1.0@${digest}`), { registry: 'ghcr.io', repository: 'org/app', tag: '1.0', digest });
    assert.deepEqual(ref('my_repo/a__b/c-d.e:V1_x'), { repository: 'my_repo/a__b/c-d.e', tag: 'V1_x' });
  });

  it('explains two colons and suggests the slash', () => {
    const p = problem('alicek106:rr-test:curl');
    assert.equal(p.suggestion, 'alicek106/rr-test:curl');
    assert.match(p.problem, /2 ':' in its name/);
    assert.doesNotMatch(p.problem, /after the last '\/'/, 'this image has no slash to count from');
    assert.match(problem('docker.io/alicek106:rr-test:curl').problem, /2 ':' after the last '\/'/);
    assert.match(p.problem, /\[registry\/\]repository\[:tag\]\[@digest\]/);
  });

  it('rejects spaces, upper case, empty and other malformed references', () => {
    assert.match(problem('nginx :1.0').problem, /spaces/);
    assert.equal(problem('nginx :1.0').suggestion, 'nginx:1.0');
    assert.equal(problem(' nginx').suggestion, 'nginx');
    assert.match(problem('Nginx:1.0').problem, /lower case/);
    assert.equal(problem('Nginx:1.0').suggestion, 'nginx:1.0');
    assert.equal(problem('Alice/App').suggestion, 'alice/app');
    assert.match(problem('').problem, /empty/);
    assert.equal(problem('https://docker.io/nginx').suggestion, 'docker.io/nginx');
    assert.equal(problem('nginx:').suggestion, 'nginx');
    assert.match(problem('nginx:-bad').problem, /not a valid tag/);
    assert.match(problem(`nginx:${'x'.repeat(129)}`).problem, /not a valid tag/);
    assert.match(problem('nginx@sha256:xyz').problem, /digest/);
    assert.match(problem('registry:abc/app').problem, /not a port number/);
    assert.equal(problem('a//b').suggestion, 'a/b');
    assert.match(problem('app-/x').problem, /not a valid repository name part/);
  });
});

describe('impliedPullPolicy', () => {
  it('is Always for latest or no tag, IfNotPresent otherwise', () => {
    assert.equal(impliedPullPolicy(ref('spring-server')), 'Always');
    assert.equal(impliedPullPolicy(ref('nginx:latest')), 'Always');
    assert.equal(impliedPullPolicy(ref('nginx:1.26.4')), 'IfNotPresent');
    assert.equal(impliedPullPolicy(ref(`nginx@sha256:${'0'.repeat(64)}`)), 'IfNotPresent');
  });
});
