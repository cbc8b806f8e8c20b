// The client's decisions that need no editor to check: crash handling, Red Hat YAML interplay,
// Kubernetes document detection and the version list. Imported from the client's own modules.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { CrashPolicy } from '../../../client/src/ui/languageServer/crashPolicy';
import { globToRegExp } from '../../../client/src/ui/languageServer/interop/glob';
import {
  podwrightStepsBack,
  redHatServesKubernetes,
  type RedHatYamlState,
} from '../../../client/src/ui/languageServer/interop/redHatYamlPolicy';
import { looksLikeKubernetes } from '../../../client/src/ui/languageServer/kubernetesDocument';
import { kubernetesVersionsFrom } from '../../../client/src/ui/languageServer/kubernetesVersions';
import { extensionPath } from '../helpers';

const MINUTE = 60_000;
const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n';
const redHat = (overrides: Partial<RedHatYamlState> = {}): RedHatYamlState => ({
  installed: true,
  completion: true,
  hover: true,
  schemas: {},
  kubernetesSchemaProvider: false,
  ...overrides,
});
const doc = (relativePath: string, text = POD) => ({ relativePath, head: text, looksLikeKubernetes: looksLikeKubernetes(text) });

describe('crash policy', () => {
  it('restarts quietly at first, tells the user on the third crash, gives up on the fifth', () => {
    const policy = new CrashPolicy(3 * MINUTE, 3, 5);
    const decisions = [0, 1, 2, 3, 4].map((i) => policy.crashed(i * 1000));
    assert.deepEqual(
      decisions.map((d) => d.restart),
      [true, true, true, true, false],
    );
    assert.deepEqual(
      decisions.map((d) => d.notify),
      [false, false, true, false, true],
    );
  });

  it('forgets crashes older than the window and after a manual restart', () => {
    const policy = new CrashPolicy(3 * MINUTE, 3, 5);
    policy.crashed(0);
    policy.crashed(1000);
    assert.equal(policy.crashed(4 * MINUTE).crashes, 1, 'the first two are outside the window');
    policy.crashed(4 * MINUTE + 1);
    policy.reset();
    assert.equal(policy.crashed(4 * MINUTE + 2).crashes, 1);
  });
});

describe('Red Hat YAML interplay', () => {
  it('steps back in auto mode only where Red Hat YAML applies a Kubernetes schema', () => {
    const withSchema = redHat({ schemas: { kubernetes: ['k8s/**/*.yaml'] } });
    assert.equal(podwrightStepsBack('auto', 'completion', withSchema, doc('k8s/apps/pod.yaml')), true);
    assert.equal(podwrightStepsBack('auto', 'completion', withSchema, doc('other/pod.yaml')), false);
    assert.equal(
      podwrightStepsBack('auto', 'hover', redHat(), doc('k8s/pod.yaml')),
      false,
      'no schema: Red Hat offers no Kubernetes completion',
    );
  });

  it('never steps back without Red Hat YAML, or with showBoth, or when its feature is off', () => {
    const everywhere = { schemas: { kubernetes: '*.yaml' } };
    assert.equal(podwrightStepsBack('auto', 'completion', redHat({ ...everywhere, installed: false }), doc('pod.yaml')), false);
    assert.equal(podwrightStepsBack('preferRedHat', 'completion', redHat({ installed: false }), doc('pod.yaml')), false);
    assert.equal(podwrightStepsBack('showBoth', 'completion', redHat(everywhere), doc('pod.yaml')), false);
    assert.equal(podwrightStepsBack('auto', 'hover', redHat({ ...everywhere, hover: false }), doc('pod.yaml')), false);
    assert.equal(podwrightStepsBack('auto', 'completion', redHat({ ...everywhere, hover: false }), doc('pod.yaml')), true);
  });

  it('preferRedHat leaves completion and hover to Red Hat YAML everywhere', () => {
    assert.equal(podwrightStepsBack('preferRedHat', 'hover', redHat(), doc('anything.yaml', 'a: 1\n')), true);
  });

  it('reads schema URLs, modelines and the Kubernetes extension as Kubernetes schemas', () => {
    const url = 'https://raw.githubusercontent.com/yannh/kubernetes-json-schema/master/v1.33.0-standalone-strict/all.json';
    assert.equal(redHatServesKubernetes(redHat({ schemas: { [url]: '/*.yaml' } }), doc('pod.yaml')), true);
    assert.equal(
      redHatServesKubernetes(redHat({ schemas: { 'https://json.schemastore.org/github-workflow.json': '*.yaml' } }), doc('pod.yaml')),
      false,
    );
    assert.equal(redHatServesKubernetes(redHat(), doc('pod.yaml', `# yaml-language-server: $schema=${url}\n${POD}`)), true);
    assert.equal(
      redHatServesKubernetes(
        redHat({ schemas: { kubernetes: '*.yaml' } }),
        doc('pod.yaml', `# yaml-language-server: $schema=./my.schema.json\n${POD}`),
      ),
      false,
      'a modeline wins over yaml.schemas',
    );
    assert.equal(redHatServesKubernetes(redHat({ kubernetesSchemaProvider: true }), doc('pod.yaml')), true);
    assert.equal(redHatServesKubernetes(redHat({ kubernetesSchemaProvider: true }), doc('values.yaml', 'replicaCount: 2\n')), false);
  });

  it('matches the glob shapes people write in yaml.schemas', () => {
    assert.ok(globToRegExp('k8s/**/*.yaml').test('k8s/a/b/pod.yaml'));
    assert.ok(globToRegExp('k8s/**/*.yaml').test('k8s/pod.yaml'));
    assert.ok(!globToRegExp('*.yaml').test('k8s/pod.yaml'));
    assert.ok(globToRegExp('{pod,deploy}*.{yaml,yml}').test('deployment.yml'));
    assert.ok(globToRegExp('pod-?.yaml').test('pod-1.yaml'));
    assert.ok(!globToRegExp('pod.yaml').test('podXyaml'));
  });
});

describe('Kubernetes documents and versions', () => {
  it('recognises manifests by top-level apiVersion and kind, in any document of a file', () => {
    assert.equal(looksLikeKubernetes('apiVersion: v1\nmetadata:\n  name: web\n'), false, 'kind is required too');
    assert.equal(looksLikeKubernetes(POD), true);
    assert.equal(looksLikeKubernetes('name: CI\non: push\n---\napiVersion: apps/v1\nkind: Deployment\n'), true);
    assert.equal(looksLikeKubernetes('spec:\n  apiVersion: v1\n  kind: Pod\n'), false, 'nested keys do not count');
  });

  it("takes the version list from the setting's enum, newest first, default 1.36", () => {
    const versions = kubernetesVersionsFrom(JSON.parse(fs.readFileSync(extensionPath('package.json'), 'utf8')));
    assert.equal(versions.all[0], '1.36');
    assert.equal(versions.all.at(-1), '1.28');
    assert.equal(versions.all.length, 9);
    assert.equal(versions.defaultVersion, '1.36');
  });
});
