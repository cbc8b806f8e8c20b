// Kustomizations as people write them (test/fixtures/kustomize/shop: a base, a component and two
// overlays that `kubectl kustomize` builds) must be silent; the mistakes of broken/ must each be
// caught on their line. Files are read from disk through the server's own probe.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createPodLanguageService, type PodLanguageService } from '../../../server/src/service/index';
import { loadModel } from '../../../server/src/service/schema/loadModel';
import { diskProbe } from '../../../server/src/fileSystem';
import { applyFix } from '../../helpers/ruleHarness';
import { caret } from '../../helpers/service';
import { distDir, fixturesDir } from '../../helpers/service';

const model = loadModel(distDir);

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = join(folder, name);
    return statSync(full).isDirectory() ? filesUnder(full) : /\.ya?ml$/.test(name) ? [full] : [];
  });
}

/** Indexes every file of a tree first (as the server's walk does), then checks each. */
function checkTree(folder: string, language: 'en' | 'ko' = 'en'): { service: PodLanguageService; found: Map<string, Diagnostic[]> } {
  const service = createPodLanguageService({ model, files: diskProbe });
  service.configure({ language });
  service.setWorkspaceRoots([pathToFileURL(folder).href]);
  const files = filesUnder(folder);
  for (const file of files) service.indexFile(pathToFileURL(file).href, readFileSync(file, 'utf8'));
  const found = new Map<string, Diagnostic[]>();
  for (const file of files) {
    const uri = pathToFileURL(file).href;
    const diagnostics = service.doValidation(uri, service.parse(uri, readFileSync(file, 'utf8')));
    if (diagnostics.length > 0) found.set(relative(folder, file), diagnostics);
  }
  return { service, found };
}

const summary = (found: Map<string, Diagnostic[]>): string[] =>
  [...found].flatMap(([file, list]) => list.map((d) => `${file}:${d.range.start.line + 1} ${String(d.code)}`)).sort();

describe('kustomization checks', () => {
  it('a base, a component and overlays as written in the wild get no findings at all', () => {
    const { found } = checkTree(join(fixturesDir, 'kustomize', 'shop'));
    assert.deepEqual(summary(found), []);
  });

  it('catches each mistake of the broken overlay on its own line', () => {
    const { found } = checkTree(join(fixturesDir, 'kustomize', 'broken'));
    assert.deepEqual(summary(found), [
      'base/kustomization.yaml:3 kustomize-missing-path',
      'overlay/deployment-patch.yaml:13 invalid-quantity',
      'overlay/deployment-patch.yaml:6 unknown-field',
      'overlay/kustomization.yaml:10 kustomize-image',
      'overlay/kustomization.yaml:11 kustomize-image',
      'overlay/kustomization.yaml:13 kustomize-image',
      'overlay/kustomization.yaml:14 kustomize-image',
      'overlay/kustomization.yaml:17 kustomize-type',
      'overlay/kustomization.yaml:20 kustomize-missing-path',
      'overlay/kustomization.yaml:21 kustomize-deprecated',
      'overlay/kustomization.yaml:25 kustomize-value',
      'overlay/kustomization.yaml:27 kustomize-missing-path',
      'overlay/kustomization.yaml:7 kustomize-unknown-field',
    ]);
    const overlay = found.get(join('overlay', 'kustomization.yaml')) ?? [];
    const deprecated = overlay.find((d) => d.code === 'kustomize-deprecated');
    assert.equal(deprecated?.severity, 3, 'a deprecated field is information, not an error');
    const typo = overlay.find((d) => d.code === 'kustomize-unknown-field');
    assert.match(typo?.message ?? '', /did you mean `namePrefix`/);
  });

  it('offers the did-you-mean rename as a quick fix', () => {
    const service = createPodLanguageService({ model });
    const text = 'resources:\n  - app.yaml\nnamespase: shop\n';
    const uri = 'file:///work/app/kustomization.yaml';
    const manifest = service.parse(uri, text);
    const [diagnostic] = service.doValidation(uri, manifest).filter((d) => d.code === 'kustomize-unknown-field');
    assert.ok(diagnostic);
    assert.equal(applyFix(text, diagnostic), 'resources:\n  - app.yaml\nnamespace: shop\n');
  });

  it('never reports remote resources, globs, or a folder that holds a kustomization', () => {
    const { found } = checkTree(join(fixturesDir, 'kustomize', 'broken'));
    const overlay = found.get(join('overlay', 'kustomization.yaml')) ?? [];
    for (const line of [4, 5, 6]) assert.ok(!overlay.some((d) => d.range.start.line + 1 === line), `line ${line}`);
  });

  it('checks a Component and a kustomization without apiVersion and kind alike', () => {
    const service = createPodLanguageService({ model });
    const component =
      'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Component\npatches:\n  - target:\n      kind: Deployment\n    patch: x\n    targte: {}\n';
    const uri = 'file:///work/c/kustomization.yaml';
    const codes = service.doValidation(uri, service.parse(uri, component)).map((d) => `${d.range.start.line + 1} ${String(d.code)}`);
    assert.deepEqual(codes.sort(), ['1 kustomize-kind', '7 kustomize-unknown-field']);
    const bare = 'namePrefix: dev-\ncommonAnnotations:\n  owner: team-a\n';
    const bareUri = 'file:///work/d/kustomization.yml';
    assert.deepEqual(service.doValidation(bareUri, service.parse(bareUri, bare)), []);
  });

  it('forms seen in the wild are silent: a leading ---, inline strategic merge patches, one-space indents, openapi, helmCharts', () => {
    const service = createPodLanguageService({ model });
    const texts = [
      '---\n\ngenerators:\n  - sops-secrets.yaml\n',
      'openapi:\n  path: rollout-schema.json\npatchesStrategicMerge:\n  - |-\n    apiVersion: argoproj.io/v1alpha1\n    kind: Rollout\n    metadata:\n      name: api\n',
      'configMapGenerator:\n- name: scripts\n  namespace: load\n  literals:\n  - HOST="/rootfs/etc"\ngeneratorOptions:\n disableNameSuffixHash: true\n',
      'helmCharts:\n  - name: csr-approver\n    repo: https://charts.example.com\n    version: 1.2.10\n    releaseName: csr\n    includeCRDs: false\n    valuesInline:\n      replicas: 2\n',
      'patchesJson6902:\n  - path: job-name.yaml\n    target:\n      group: batch\n      version: v1\n      kind: Job\n      name: notify-\n',
    ];
    for (const [i, text] of texts.entries()) {
      const uri = `file:///wild/${i}/kustomization.yaml`;
      const found = service.doValidation(uri, service.parse(uri, text)).filter((d) => d.code !== 'kustomize-deprecated');
      assert.deepEqual(found, [], text);
    }
  });

  it("a Flux Kustomization in a file named kustomization.yaml is another tool's object, not a kustomization", () => {
    const service = createPodLanguageService({ model });
    const flux =
      'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\n  namespace: flux-system\nspec:\n  interval: 10m\n  path: ./apps\n  prune: true\n  sourceRef:\n    kind: GitRepository\n    name: flux-system\n';
    const uri = 'file:///flux/clusters/prod/kustomization.yaml';
    const codes = service.doValidation(uri, service.parse(uri, flux)).map((d) => String(d.code));
    assert.ok(!codes.some((c) => c.startsWith('kustomize-')), codes.join(', '));
  });

  it('speaks Korean when asked', () => {
    const { found } = checkTree(join(fixturesDir, 'kustomize', 'broken'), 'ko');
    const overlay = found.get(join('overlay', 'kustomization.yaml')) ?? [];
    const typo = overlay.find((d) => d.code === 'kustomize-unknown-field');
    assert.match(typo?.message ?? '', /필드가 없습니다/);
    const missing = overlay.find((d) => d.code === 'kustomize-missing-path');
    assert.match(missing?.message ?? '', /없습니다/);
  });
});

describe('kustomization completion and hover', () => {
  const service = createPodLanguageService({ model });
  const uri = 'file:///work/e/kustomization.yaml';

  it('completes top-level fields not yet present, deprecated ones last', () => {
    const { text, position } = caret('resources:\n  - a.yaml\nna|\n');
    const items = service.doComplete(service.parse(uri, text), position, uri).items;
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('namePrefix') && labels.includes('namespace') && labels.includes('images'));
    assert.ok(!labels.includes('resources'), 'present keys are not offered again');
    const bases = items.find((i) => i.label === 'bases');
    assert.ok(bases && (bases.sortText ?? '') > (items.find((i) => i.label === 'namespace')?.sortText ?? ''));
  });

  it('completes the keys of an image override and the values of behavior', () => {
    const keys = caret('images:\n  - name: nginx\n    n|\n');
    const labels = service.doComplete(service.parse(uri, keys.text), keys.position, uri).items.map((i) => i.label);
    assert.deepEqual(labels.filter((l) => l.startsWith('new')).sort(), ['newName', 'newTag']);
    assert.ok(!labels.includes('name'));
    const value = caret('configMapGenerator:\n  - name: x\n    behavior: |\n');
    const values = service.doComplete(service.parse(uri, value.text), value.position, uri).items.map((i) => i.label);
    assert.deepEqual(values, ['create', 'replace', 'merge']);
  });

  it('completes the kinds and apiVersions of a kustomization', () => {
    const kind = caret('kind: |\n');
    assert.deepEqual(
      service.doComplete(service.parse(uri, kind.text), kind.position, uri).items.map((i) => i.label),
      ['Kustomization', 'Component'],
    );
    const version = caret('apiVersion: |\n');
    assert.ok(
      service
        .doComplete(service.parse(uri, version.text), version.position, uri)
        .items.some((i) => i.label === 'kustomize.config.k8s.io/v1beta1'),
    );
  });

  it('hovers a field with its description, in Korean too', () => {
    const { text, position } = caret('images:\n  - name: nginx\n    new|Tag: "1.27"\n');
    const hover = service.doHover(service.parse(uri, text), position, uri);
    const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.match(value, /newTag/);
    assert.match(value, /Quote numbers/);
    const korean = createPodLanguageService({ model });
    korean.configure({ language: 'ko' });
    const koHover = korean.doHover(korean.parse(uri, text), position, uri);
    const koValue = koHover && typeof koHover.contents === 'object' && 'value' in koHover.contents ? koHover.contents.value : '';
    assert.match(koValue, /따옴표/);
  });
});
