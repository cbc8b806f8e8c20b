// Completion and hover on the kinds beside Pods, one family at a time (caret fixtures: `|` marks the
// cursor): what a new user types in a Service, a ConfigMap, an Ingress, a PVC, an HPA and RBAC.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CompletionItem } from 'vscode-languageserver-types';
import { hoverText } from '../../helpers/lspClient';
import { caret, newService } from '../../helpers/service';

const service = newService();

function complete(textWithCaret: string): CompletionItem[] {
  const { text, position } = caret(textWithCaret);
  return service.doComplete(service.parse(`file:///kinds/${Math.random()}.yaml`, text), position).items;
}

function labels(textWithCaret: string): string[] {
  return complete(textWithCaret).map((i) => i.label);
}

function hover(textWithCaret: string, language: 'en' | 'ko' = 'en'): string {
  const { text, position } = caret(textWithCaret);
  const svc = newService();
  svc.configure({ language });
  return hoverText(svc.doHover(svc.parse(`file:///kinds/${Math.random()}.yaml`, text), position));
}

describe('kind families: completion', () => {
  it('Service: spec keys, type values, port keys', () => {
    const head = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n';
    const spec = labels(`${head}  |`);
    for (const key of ['type', 'selector', 'ports', 'clusterIP', 'externalTrafficPolicy'])
      assert.ok(spec.includes(key), `${key} in ${spec.join(', ')}`);
    assert.deepEqual(labels(`${head}  type: |`).sort(), ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort']);
    const port = labels(`${head}  ports:\n    - port: 80\n      |`);
    for (const key of ['targetPort', 'protocol', 'name', 'nodePort']) assert.ok(port.includes(key), `${key} in ${port.join(', ')}`);
    assert.ok(!port.includes('port'), 'port is already there');
  });

  it('ConfigMap and Secret: top-level keys, Secret types', () => {
    const cm = labels('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n|');
    for (const key of ['data', 'binaryData', 'immutable']) assert.ok(cm.includes(key), `${key} in ${cm.join(', ')}`);
    assert.ok(!cm.includes('spec'), 'a ConfigMap has no spec');
    const secret = labels('apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n|');
    for (const key of ['data', 'stringData', 'type']) assert.ok(secret.includes(key), `${key} in ${secret.join(', ')}`);
  });

  it('Ingress: rule, path and backend keys, pathType values', () => {
    const head =
      'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: i\nspec:\n  rules:\n    - host: a.example.com\n      http:\n        paths:\n          - path: /\n';
    assert.deepEqual(labels(`${head}            pathType: |`).sort(), ['Exact', 'ImplementationSpecific', 'Prefix']);
    const backend = labels(`${head}            backend:\n              service:\n                |`);
    assert.deepEqual(backend.sort(), ['name', 'port']);
  });

  it('PersistentVolumeClaim: spec keys and access modes', () => {
    const head = 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\nspec:\n';
    const spec = labels(`${head}  |`);
    for (const key of ['accessModes', 'resources', 'storageClassName', 'volumeMode'])
      assert.ok(spec.includes(key), `${key} in ${spec.join(', ')}`);
  });

  it('HorizontalPodAutoscaler v2 and RBAC: spec and rule keys', () => {
    const hpa = labels('apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: h\nspec:\n  |');
    for (const key of ['scaleTargetRef', 'minReplicas', 'maxReplicas', 'metrics', 'behavior'])
      assert.ok(hpa.includes(key), `${key} in ${hpa.join(', ')}`);
    const rule = labels('apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: r\nrules:\n  - apiGroups: [""]\n    |');
    for (const key of ['resources', 'verbs', 'resourceNames']) assert.ok(rule.includes(key), `${key} in ${rule.join(', ')}`);
  });

  it('offers every served kind for `kind:` under its apiVersion', () => {
    const kinds = labels('apiVersion: networking.k8s.io/v1\nkind: |');
    for (const kind of ['Ingress', 'IngressClass', 'NetworkPolicy']) assert.ok(kinds.includes(kind), `${kind} in ${kinds.join(', ')}`);
  });
});

describe('kind families: hover', () => {
  it('explains Service fields in plain words, in English and Korean', () => {
    const text =
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: NodePort\n  ports:\n    - port: 80\n      target|Port: 8080\n';
    const en = hover(text);
    assert.match(en, /\*\*targetPort\*\*/);
    assert.match(en, /containerPort/);
    assert.match(hover(text, 'ko'), /[\uAC00-\uD7A3]/);
    assert.match(hover('apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ty|pe: NodePort\n'), /30000/);
  });

  it("says base64 is not encryption on a Secret's data", () => {
    assert.match(hover('apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nda|ta:\n  password: aHVudGVyMg==\n'), /not encryption/i);
  });

  it('shows the official description on fields without a plain-language explanation', () => {
    const text = hover(
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: n\nspec:\n  podSelector: {}\n  policy|Types: [Ingress]\n',
    );
    assert.match(text, /\*\*policyTypes\*\*/);
    assert.match(text, /Ingress/);
  });
});
