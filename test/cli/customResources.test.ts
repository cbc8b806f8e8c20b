// `podwright check` with custom resources, run as a user runs it (`node dist/cli.js` in a child
// process): schemas from `--schemas` files and folders, and CRDs that sit among the files checked.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GADGETS_OPENAPI_FILE, WIDGET_CRD_FILE, widgetCrdText } from '../helpers/customResources';
import { distDir } from '../helpers/service';

const cli = join(distDir, 'cli.js');

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

interface JsonProblem {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  message: string;
}

function run(...args: string[]): Run {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function runJson(...args: string[]): { run: Run; problems: JsonProblem[] } {
  const result = run('check', '--format', 'json', ...args);
  return { run: result, problems: JSON.parse(result.stdout) as JsonProblem[] };
}

const short = (p: JsonProblem): [string, number, number, string] => [p.code, p.line, p.column, p.message];

// Line 8 (1-based): `replicaz`, a misspelt field of the Widget's spec.
const WIDGET = `apiVersion: shop.example.com/v1
kind: Widget
metadata:
  name: blue
spec:
  size: small
  color: "#0000ff"
  replicaz: 3
`;

const GADGET = `apiVersion: gadgets.example.io/v1
kind: Gadget
metadata:
  name: knife
spec:
  function: cutt
`;

let dir = '';
const file = (...names: string[]): string => join(dir, ...names);

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'podwright-cli-crd-'));
  writeFileSync(file('widget.yaml'), WIDGET);
  writeFileSync(file('gadget.yaml'), GADGET);
  mkdirSync(file('schemas', 'shop'), { recursive: true });
  copyFileSync(WIDGET_CRD_FILE, file('schemas', 'shop', 'widgets.yaml'));
  copyFileSync(GADGETS_OPENAPI_FILE, file('schemas', 'gadgets.json'));
  writeFileSync(file('schemas', 'README.md'), 'not a schema');
  // A repository that ships its CRD next to its custom resources; the resource comes first.
  mkdirSync(file('repo'));
  writeFileSync(file('repo', 'a-widget.yaml'), WIDGET);
  writeFileSync(file('repo', 'z-crds.yaml'), `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: unrelated\n---\n${widgetCrdText()}`);
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('podwright check --schemas', () => {
  it('checks a custom resource against a CRD file', () => {
    const { run: result, problems } = runJson('--schemas', WIDGET_CRD_FILE, file('widget.yaml'));
    assert.equal(result.status, 1);
    assert.equal(result.stderr, '');
    assert.deepEqual(problems.map(short), [['unknown-field', 8, 3, 'Unknown field `replicaz` in Widget.spec: did you mean `replicas`?']]);
    assert.equal(problems[0]?.file, file('widget.yaml'));
    assert.equal(problems[0]?.endColumn, 11);
  });

  it('without the schema the custom resource is not judged', () => {
    const { run: result, problems } = runJson(file('widget.yaml'));
    assert.equal(result.status, 0);
    assert.deepEqual(problems, []);
  });

  it('reads a folder of schemas (subfolders, YAML and JSON, other files ignored), repeatable and as --schemas=', () => {
    const { run: result, problems } = runJson(`--schemas=${file('schemas')}`, file('widget.yaml'), file('gadget.yaml'));
    assert.equal(result.stderr, '');
    assert.deepEqual(problems.map(short), [
      ['unknown-field', 8, 3, 'Unknown field `replicaz` in Widget.spec: did you mean `replicas`?'],
      ['invalid-enum', 6, 13, '`cutt` is not a valid `function`; use one of `open`, `cut`, `measure`. Did you mean `cut`?'],
    ]);
    const twice = runJson(
      '--schemas',
      file('schemas', 'gadgets.json'),
      '--schemas',
      file('schemas', 'shop'),
      file('gadget.yaml'),
      file('widget.yaml'),
    );
    assert.deepEqual(
      twice.problems.map((p) => p.code),
      ['invalid-enum', 'unknown-field'],
    );
  });

  it('words custom resource findings in Korean with --language ko', () => {
    const { problems } = runJson('--language', 'ko', '--schemas', WIDGET_CRD_FILE, file('widget.yaml'));
    assert.deepEqual(
      problems.map((p) => p.message),
      ['Widget.spec에는 `replicaz` 필드가 없습니다. `replicas` 필드를 쓰려던 것인가요?'],
    );
  });

  it('a missing schema path is an input problem (exit 2), and the check still runs', () => {
    const missing = file('no-such-schemas');
    const result = run('check', '--schemas', missing, file('widget.yaml'));
    assert.equal(result.status, 2);
    assert.equal(result.stderr, `podwright: ${missing}: no such file or directory\n`);
    assert.equal(result.stdout, '0 errors, 0 warnings in 1 file\n');
  });

  it('a broken schema is a warning naming the place in the file; the rest of it is used', () => {
    const broken = file('broken-crd.yaml');
    writeFileSync(
      broken,
      widgetCrdText().replace('type: integer\n                  format: int32', 'type: intger\n                  format: int32'),
    );
    const result = run('check', '--schemas', broken, file('widget.yaml'));
    assert.equal(result.status, 1, 'the Widget still has its unknown field');
    assert.equal(
      result.stderr,
      `podwright: warning: ${broken}: spec.versions[0].schema.openAPIV3Schema.properties.spec.properties.replicas.type: \`type: intger\` is not an OpenAPI type: did you mean \`integer\`? The types are string, integer, number, boolean, object and array; the API server rejects this schema.\n`,
    );
  });

  it('a file named as a schema that holds none says so', () => {
    const result = run('check', '--schemas', file('widget.yaml'), file('widget.yaml'));
    assert.equal(result.status, 0);
    assert.equal(
      result.stderr,
      `podwright: warning: ${file('widget.yaml')}: no CustomResourceDefinition or OpenAPI document with schemas found in this file\n`,
    );
  });

  it('a schema file that is not valid YAML is an input problem', () => {
    const bad = file('bad.yaml');
    writeFileSync(bad, 'kind: [unclosed\n');
    const result = run('check', '--schemas', bad, file('widget.yaml'));
    assert.equal(result.status, 2);
    assert.match(
      result.stderr,
      new RegExp(`^podwright: ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: YAML error at line \\d+, column \\d+: `),
    );
  });

  it('--help documents --schemas', () => {
    const result = run('--help');
    assert.match(result.stdout, /--schemas FILE_OR_DIR +custom resource schemas to check against \(repeatable\)/);
    assert.match(result.stdout, /CustomResourceDefinitions among the files checked make their custom resources known/);
  });
});

describe('podwright check: CRDs among the files checked', () => {
  it('make their kinds known to every file of the run, whatever the order', () => {
    const { run: result, problems } = runJson(file('repo'));
    assert.equal(result.status, 1);
    assert.deepEqual(
      problems.map((p) => [p.file, ...short(p)]),
      [[file('repo', 'a-widget.yaml'), 'unknown-field', 8, 3, 'Unknown field `replicaz` in Widget.spec: did you mean `replicas`?']],
    );
  });

  it('a broken CRD among them is reported on the CRD itself', () => {
    const brokenRepo = file('broken-repo');
    mkdirSync(brokenRepo);
    writeFileSync(
      join(brokenRepo, 'crd.yaml'),
      widgetCrdText().replace('type: integer\n                  format: int32', 'type: intger\n                  format: int32'),
    );
    const { problems } = runJson(brokenRepo);
    assert.deepEqual(
      problems.map((p) => [p.code, p.line, p.column]),
      [['invalid-crd-schema', 48, 19]],
    );
  });
});
