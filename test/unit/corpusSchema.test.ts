// Independent cross-check of the corpus: every valid manifest must also satisfy the official
// Kubernetes definitions of its version, validated by ajv with unknown properties forbidden. Our
// own type model is not involved, so a mistake cannot hide in both places at once.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseAllDocuments } from 'yaml';
import { corpusFiles } from '../helpers/corpus';
import { defaultSchemaVersion, KubernetesSchema } from '../helpers/openapiSchema';

const schemas = new Map<string, KubernetesSchema>();
function schemaFor(version: string | undefined): KubernetesSchema {
  const key = version ?? defaultSchemaVersion;
  let schema = schemas.get(key);
  if (!schema) schemas.set(key, (schema = new KubernetesSchema(key)));
  return schema;
}

/** The documents of a file as plain data; YAML errors fail the caller's test. */
function documentsOf(text: string): unknown[] {
  return parseAllDocuments(text).map((doc) => {
    assert.deepEqual(
      doc.errors.map((e) => e.message),
      [],
      'the file is valid YAML',
    );
    return doc.toJS() as unknown;
  });
}

describe('valid corpus against the official Kubernetes definitions (ajv, no unknown properties)', () => {
  for (const file of corpusFiles('valid')) {
    it(file.name, () => {
      const schema = schemaFor(file.kubernetesVersion);
      const documents = documentsOf(file.text);
      assert.ok(documents.length > 0);
      documents.forEach((document, index) => {
        const result = schema.check(document);
        assert.ok(result.valid, `document ${index + 1} against Kubernetes ${schema.version}:\n  ${result.errors.join('\n  ')}`);
      });
    });
  }
});

// The mistakes the official definitions can see on their own; the others (names, images, selectors…)
// are beyond a JSON Schema.
const SCHEMA_VISIBLE = ['unknown-field', 'misplaced-field', 'type-mismatch', 'wrong-api-version', 'unavailable-in-version'];

describe('broken corpus: what the official definitions can see, they reject too', () => {
  for (const file of corpusFiles('broken')) {
    if (!file.expected.some((pair) => SCHEMA_VISIBLE.includes(pair.slice(0, pair.lastIndexOf('@'))))) continue;
    if (parseAllDocuments(file.text).some((doc) => doc.errors.length > 0)) continue;
    it(file.name, () => {
      const schema = schemaFor(file.kubernetesVersion);
      const rejected = documentsOf(file.text).some((document) => !schema.check(document).valid);
      assert.ok(rejected, `expected ${file.expected.join(', ')}, but Kubernetes ${schema.version}'s definitions accept the file`);
    });
  }
});

describe('the cross-check itself can fail', () => {
  const pod = (container: Record<string, unknown>, extra: Record<string, unknown> = {}): unknown => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'p' },
    spec: { containers: [{ name: 'c', image: 'nginx:1.27.3', ...container }], ...extra },
  });

  it('accepts a minimal Pod', () => {
    assert.deepEqual(schemaFor(undefined).check(pod({})), { valid: true, errors: [] });
  });

  it('rejects an unknown property deep in a Pod', () => {
    const result = schemaFor(undefined).check(pod({ images: 'nginx' }));
    assert.equal(result.valid, false);
    assert.ok(
      result.errors.some((e) => e.includes('/spec/containers/0') && e.includes('"images"')),
      result.errors.join('\n'),
    );
  });

  it('rejects a string where an integer is needed, and a missing required field', () => {
    assert.equal(schemaFor(undefined).check(pod({ ports: [{ containerPort: '80' }] })).valid, false);
    assert.equal(schemaFor(undefined).check(pod({ ports: [{ name: 'http' }] })).valid, false);
  });

  it('rejects a kind under the wrong apiVersion', () => {
    const result = schemaFor(undefined).check({ apiVersion: 'apps/v1', kind: 'Pod', metadata: { name: 'p' } });
    assert.equal(result.valid, false);
  });

  it('knows which fields a version lacks (image volumes arrived in 1.31)', () => {
    const withImageVolume = pod({}, { volumes: [{ name: 'v', image: { reference: 'registry.example.com/data:1.0' } }] });
    assert.equal(schemaFor('1.31').check(withImageVolume).valid, true);
    assert.equal(schemaFor('1.30').check(withImageVolume).valid, false);
  });
});
