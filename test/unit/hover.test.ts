import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { caret, newService } from '../helpers/service';

const service = newService();

function hover(textWithCaret: string, language: 'en' | 'ko' = 'en'): string | undefined {
  const { text, position } = caret(textWithCaret);
  service.configure({ language });
  const manifest = service.parse(`file:///h${Math.random()}.yaml`, text);
  const result = service.doHover(manifest, position);
  service.configure({ language: 'en' });
  if (!result) return undefined;
  const contents = result.contents as { kind: string; value: string };
  assert.equal(contents.kind, 'markdown');
  return contents.value;
}

const POD = (container: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n${container}`;

describe('hover on keys', () => {
  it('shows path, type, required, allowed values, default, versions and description', () => {
    const text = hover(POD('      image: nginx\n      imagePull|Policy: Always\n'));
    assert.ok(text);
    assert.match(text, /\*\*imagePullPolicy\*\* `string` · optional/);
    assert.match(text, /`spec\.containers\[0\]\.imagePullPolicy`/);
    assert.match(text, /Allowed values: `Always` · `IfNotPresent` · `Never`/);
    assert.match(text, /Default: `Always`/, 'untagged image defaults to Always');
    assert.match(text, /Kubernetes: 1\.28–1\.36/);
    assert.match(text, /Official description:\* Image pull policy/);
    assert.match(text, /kubernetes\.io\/docs\/reference\/kubernetes-api\/workload-resources\/pod-v1\/#Container/);
  });

  it('computes the pull-policy default from the image tag', () => {
    const text = hover(POD('      image: nginx:1.27\n      imagePull|Policy: Always\n'));
    assert.match(text ?? '', /Default: `IfNotPresent`/);
  });

  it('marks required fields', () => {
    assert.match(hover(POD('      image: nginx\n      ports:\n        - container|Port: 80\n')) ?? '', /`integer` · required/);
  });

  it('explains containerPort in plain language, in English and Korean', () => {
    const en = hover(POD('      image: nginx\n      ports:\n        - container|Port: 8080\n'));
    assert.ok(en && en.length > 0);
    const ko = hover(POD('      image: nginx\n      ports:\n        - container|Port: 8080\n'), 'ko');
    assert.ok(ko);
    assert.match(ko, /[가-힣]/, 'Korean explanation present');
    assert.notEqual(en, ko);
  });

  it('shows versions for newer fields', () => {
    const text = hover(POD('      image: nginx\n      restartPolicy|Rules: []\n'));
    assert.match(text ?? '', /since 1\.34/);
  });

  it('works in pod templates of workloads', () => {
    const text = hover(
      'apiVersion: batch/v1\nkind: CronJob\nspec:\n  schedule: "* * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restart|Policy: Never\n',
    );
    assert.match(text ?? '', /`spec\.jobTemplate\.spec\.template\.spec\.restartPolicy`/);
  });

  it('says nothing for unknown keys and unmodelled documents', () => {
    assert.equal(hover(POD('      ima|ges: nginx\n')), undefined);
    assert.equal(hover('name: CI\non:\n  pu|sh: {}\n'), undefined);
  });

  it('keeps documents apart', () => {
    const text = hover(
      'apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: 1\n---\napiVersion: v1\nkind: Pod\nspec:\n  restart|Policy: Always\n',
    );
    assert.match(text ?? '', /`spec\.restartPolicy`/);
  });
});

describe('hover on values', () => {
  it('explains an enum value', () => {
    assert.match(
      hover(POD('      image: nginx\n      imagePullPolicy: IfNot|Present\n')) ?? '',
      /`IfNotPresent` means that kubelet pulls if the image isn't present/,
    );
  });

  it('computes quantities', () => {
    assert.match(hover(POD('      resources:\n        limits:\n          cpu: 50|0m\n')) ?? '', /0\.5/);
    assert.match(hover(POD('      resources:\n        limits:\n          memory: 128|Mi\n')) ?? '', /134,217,728/);
  });

  it('splits an image reference and gives the implied pull policy', () => {
    const text = hover(POD('      image: regis|try.example.com:5000/team/app:1.2\n'));
    assert.match(text ?? '', /`registry\.example\.com:5000`/);
    assert.match(text ?? '', /`team\/app`/);
    assert.match(text ?? '', /`1\.2`/);
    assert.match(text ?? '', /`IfNotPresent`/);
    assert.match(hover(POD('      image: ng|inx\n')) ?? '', /`Always`/);
  });
});
