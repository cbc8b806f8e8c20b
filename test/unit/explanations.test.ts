import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { explainedFieldKeys, explanationFor } from '../../server/src/service/schema/explanations/index';
import { loadModel } from '../../server/src/service/schema/loadModel';
import { shortTypeName, TypeModel } from '../../server/src/service/schema/model';
import { distDir } from '../helpers/service';

const data = loadModel(distDir);
const model = new TypeModel(data);
const typeIdsByShortName = new Map<string, string[]>();
for (const typeId of [...Object.keys(data.types), ...Object.keys(data.loadMoreTypes?.() ?? {})]) {
  const short = shortTypeName(typeId);
  typeIdsByShortName.set(short, [...(typeIdsByShortName.get(short) ?? []), typeId]);
}
const keys = explainedFieldKeys();
const hangul = /[\uac00-\ud7a3]/;

function split(key: string): { owner: string; field: string } {
  const dot = key.indexOf('.');
  return { owner: key.slice(0, dot), field: key.slice(dot + 1) };
}

/** Rough sentence count: a full stop, question or exclamation mark followed by a space or the end. */
function sentences(text: string): number {
  return (text.match(/[.!?](?=\s|$)/g) ?? []).length;
}

describe('field explanations', () => {
  it('cover at least 60 fields', () => {
    assert.ok(keys.length >= 60, `only ${keys.length} explained fields`);
  });

  it('name only real types and fields of the model', () => {
    for (const key of keys) {
      const { owner, field } = split(key);
      if (owner === '*') {
        const kindsWithField = model.kinds.filter((k) => model.field(k.type, field) !== undefined);
        assert.ok(kindsWithField.length > 0, `${key}: no modelled kind has a field ${field}`);
        for (const kind of kindsWithField) {
          assert.ok(explanationFor(kind.type, field, 'en', true), `${key} does not reach ${kind.kind}`);
        }
        continue;
      }
      const typeIds = typeIdsByShortName.get(owner) ?? [];
      assert.ok(typeIds.length > 0, `${key}: no type named ${owner} in the model`);
      assert.ok(
        typeIds.some((id) => model.field(id, field) !== undefined),
        `${key}: ${owner} has no field ${field}`,
      );
    }
  });

  it('have both English and Korean text for every key', () => {
    for (const key of keys) {
      const { owner, field } = split(key);
      const typeId = owner === '*' ? 'io.k8s.api.core.v1.Pod' : (typeIdsByShortName.get(owner)?.[0] ?? owner);
      const en = explanationFor(typeId, field, 'en', owner === '*');
      const ko = explanationFor(typeId, field, 'ko', owner === '*');
      assert.ok(en, `${key} has no English text`);
      assert.ok(ko, `${key} has no Korean text`);
      assert.ok(!hangul.test(en), `${key}: English text contains Korean`);
      assert.ok(hangul.test(ko), `${key}: Korean text is not in Korean`);
    }
  });

  it('are short markdown without headings or HTML', () => {
    for (const key of keys) {
      const { owner, field } = split(key);
      const typeId = owner === '*' ? 'io.k8s.api.apps.v1.Deployment' : (typeIdsByShortName.get(owner)?.[0] ?? owner);
      for (const language of ['en', 'ko'] as const) {
        const text = explanationFor(typeId, field, language, owner === '*') ?? '';
        const count = sentences(text);
        assert.ok(count >= 2 && count <= 5, `${key} (${language}) has ${count} sentences`);
        assert.ok(!/^\s*#/m.test(text), `${key} (${language}) has a heading`);
        assert.ok(!/<\/?[a-z][^>]*>/i.test(text), `${key} (${language}) has HTML`);
        assert.equal((text.match(/`/g) ?? []).length % 2, 0, `${key} (${language}) has an unclosed code span`);
      }
    }
  });

  it('apply the root-kind entries to every modelled kind and nowhere else', () => {
    for (const kind of model.kinds) {
      assert.ok(model.isKindType(kind.type), kind.kind);
      assert.ok(explanationFor(kind.type, 'apiVersion', 'en', true), `${kind.kind}.apiVersion`);
      assert.ok(explanationFor(kind.type, 'kind', 'ko', true), `${kind.kind}.kind`);
    }
    // ObjectFieldSelector.apiVersion (in env valueFrom.fieldRef) means something else.
    assert.equal(model.isKindType('io.k8s.api.core.v1.ObjectFieldSelector'), false);
    assert.equal(explanationFor('io.k8s.api.core.v1.ObjectFieldSelector', 'apiVersion', 'en', false), undefined);
    assert.equal(explanationFor('io.k8s.api.core.v1.Container', 'noSuchField', 'en'), undefined);
  });

  it('answer in the language asked for', () => {
    const en = explanationFor('io.k8s.api.core.v1.Container', 'image', 'en');
    const ko = explanationFor('io.k8s.api.core.v1.Container', 'image', 'ko');
    assert.ok(en && ko);
    assert.notEqual(en, ko);
    assert.ok(hangul.test(ko));
  });

  it("address the mistakes in the learners' notes", () => {
    const core = 'io.k8s.api.core.v1.';
    const cases: [string, string, RegExp][] = [
      // containerPort does not open anything: reaching nginx needs a port-forward or a Service
      [`${core}ContainerPort`, 'containerPort', /port-forward/],
      [`${core}ContainerPort`, 'containerPort', /1024/],
      // an untagged local image is pulled from a registry and fails
      [`${core}Container`, 'image', /ErrImagePull/],
      [`${core}Container`, 'imagePullPolicy', /IfNotPresent/],
      // `name:` at the top level instead of under metadata
      ['io.k8s.api.core.v1.Pod', 'metadata', /`name:`/],
      // exec with bash in an image that only has sh
      [`${core}Container`, 'tty', /`sh`/],
      // two containers of one Pod on the same port
      [`${core}PodSpec`, 'containers', /localhost/],
      // memory written as 128mb
      [`${core}ResourceRequirements`, 'limits', /128mb/],
      // a tag in the container name
      [`${core}Container`, 'name', /:latest/],
      // a Service pointed at its own port or the node port instead of the one the app listens on
      [`${core}ServicePort`, 'targetPort', /containerPort/],
      [`${core}ServicePort`, 'nodePort', /30000[–~]32767/],
      // a Service selector copied from the Deployment's labels instead of the Pod template's
      [`${core}ServiceSpec`, 'selector', /template\.metadata\.labels/],
      [`${core}ServiceSpec`, 'clusterIP', /`None`/],
      // a Secret value written in plain text under data, or trusted to be encrypted
      [`${core}Secret`, 'data', /base64 -d/],
      [`${core}Secret`, 'data', /stringData/],
      [`${core}Secret`, 'type', /tls\.crt/],
      // a number left unquoted in a ConfigMap
      [`${core}ConfigMap`, 'data', /"8080"/],
      // an Ingress backend given the container port
      ['io.k8s.api.networking.v1.IngressServiceBackend', 'port', /targetPort/],
      ['io.k8s.api.networking.v1.HTTPIngressPath', 'pathType', /\/apis/],
      // ReadWriteMany asked of a disk that offers only ReadWriteOnce
      [`${core}PersistentVolumeClaimSpec`, 'accessModes', /ReadWriteMany/],
      [`${core}PersistentVolumeClaimSpec`, 'storageClassName', /WaitForFirstConsumer/],
      // a namespace taken for a network boundary
      [`${core}Namespace`, 'metadata', /NetworkPolicy/],
      // an autoscaler on Pods without requests, and a Deployment that keeps resetting its replicas
      ['io.k8s.api.autoscaling.v2.MetricTarget', 'averageUtilization', /`resources\.requests`/],
      ['io.k8s.api.autoscaling.v2.MetricTarget', 'averageUtilization', /unknown/],
      ['io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerSpec', 'scaleTargetRef', /`replicas`/],
      ['io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerSpec', 'scaleTargetRef', /`replicas`/],
    ];
    for (const [typeId, field, pattern] of cases) {
      for (const language of ['en', 'ko'] as const) {
        const text = explanationFor(typeId, field, language, model.isKindType(typeId)) ?? '';
        assert.match(text, pattern, `${shortTypeName(typeId)}.${field} (${language})`);
      }
    }
  });

  it("say the point in each language's own words", () => {
    const core = 'io.k8s.api.core.v1.';
    const cases: [string, string, { en: RegExp; ko: RegExp }][] = [
      // base64 is not encryption
      [`${core}Secret`, 'data', { en: /not encryption/, ko: /암호화가 아니/ }],
      // a selector that matches nothing leaves the Service without endpoints
      [`${core}ServiceSpec`, 'selector', { en: /no endpoints/, ko: /엔드포인트가 없/ }],
      // `None` makes a headless Service
      [`${core}ServiceSpec`, 'clusterIP', { en: /headless/, ko: /헤드리스/ }],
      // an Ingress does nothing without a controller
      [
        'io.k8s.api.networking.v1.IngressSpec',
        'ingressClassName',
        { en: /without an ingress controller/, ko: /인그레스 컨트롤러가 설치되어 있지 않으면/ },
      ],
      // the path reaches the app unchanged
      ['io.k8s.api.networking.v1.HTTPIngressPath', 'path', { en: /unchanged/, ko: /바뀌지 않은 채/ }],
      // utilization is a share of the requests, not of the limits or the node
      [
        'io.k8s.api.autoscaling.v2.MetricTarget',
        'averageUtilization',
        { en: /percentage of what the Pods \*request\*/, ko: /요청량\* 대비 백분율/ },
      ],
    ];
    for (const [typeId, field, patterns] of cases) {
      for (const language of ['en', 'ko'] as const) {
        const text = explanationFor(typeId, field, language, model.isKindType(typeId)) ?? '';
        assert.match(text, patterns[language], `${shortTypeName(typeId)}.${field} (${language})`);
      }
    }
  });
});
