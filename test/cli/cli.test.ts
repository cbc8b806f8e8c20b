// The command line as a user runs it: `node dist/cli.js check …` in a real child process, with real
// files in a temporary directory, asserting on stdout, stderr and the exit status.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distDir, fixturesDir } from '../helpers/service';

const cli = join(distDir, 'cli.js');

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function run(...args: string[]): Run {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
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

function runJson(...args: string[]): { run: Run; problems: JsonProblem[] } {
  const result = run('check', '--format', 'json', ...args);
  return { run: result, problems: JSON.parse(result.stdout) as JsonProblem[] };
}

/** A stack trace has lines like "    at fn (file.js:1:2)". */
function assertNoStackTrace(text: string): void {
  assert.doesNotMatch(text, /^\s+at .+:\d+:\d+\)?$/m, text);
}

const CLEAN_POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27.3
`;

// A YAML syntax error at line 4, column 9 (1-based): a second `: ` inside a plain value.
const SYNTAX_ERROR_POD = `apiVersion: v1
kind: Pod
metadata:
  name: web: two
spec:
  containers:
    - name: web
      image: nginx:1.27.3
`;

// Tab indentation on line 6, column 1.
const TABBED_POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: tabs\nspec:\n\tcontainers: []\n';

let dir = '';
const file = (name: string): string => join(dir, name);

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'podwright-cli-'));
  writeFileSync(file('clean.yaml'), CLEAN_POD);
  writeFileSync(file('syntax.yaml'), SYNTAX_ERROR_POD);
  writeFileSync(file('tabs.yml'), TABBED_POD);
  writeFileSync(file('multi.yaml'), `${CLEAN_POD}---\n${SYNTAX_ERROR_POD}`);
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('podwright check: text output', () => {
  it('prints nothing but the summary and exits 0 for a clean manifest', () => {
    const result = run('check', file('clean.yaml'));
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, '0 errors, 0 warnings in 1 file\n');
    assert.equal(result.stderr, '');
  });

  it('prints compiler-style lines with 1-based positions and exits 1 on an error', () => {
    const result = run('check', file('syntax.yaml'));
    assert.equal(result.status, 1);
    const lines = result.stdout.trimEnd().split('\n');
    assert.ok(
      lines.some((line) => new RegExp(`^${escape(file('syntax.yaml'))}:4:9: error yaml-syntax: \\S`).test(line)),
      result.stdout,
    );
    assert.match(lines[lines.length - 1] ?? '', /^[1-9]\d* errors?, \d+ warnings? in 1 file$/);
  });

  it('counts errors and warnings over several files in the summary', () => {
    const inputs = [file('syntax.yaml'), file('tabs.yml'), file('clean.yaml')];
    const result = run('check', ...inputs);
    assert.equal(result.status, 1);
    assert.match(result.stdout, new RegExp(`^${escape(file('tabs.yml'))}:6:1: error tab-indent: `, 'm'));
    const { problems } = runJson(...inputs);
    const errors = problems.filter((p) => p.severity === 'error').length;
    const warnings = problems.filter((p) => p.severity === 'warning').length;
    assert.ok(errors >= 2);
    assert.ok(
      result.stdout.endsWith(`\n${errors} errors, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'} in 3 files\n`),
      result.stdout,
    );
    assert.equal(result.stdout.trimEnd().split('\n').length, problems.length + 1, 'one line per problem plus the summary');
  });

  it('reports lines of later documents as lines of the file', () => {
    const result = run('check', file('multi.yaml'));
    const cleanLines = CLEAN_POD.split('\n').length - 1;
    // The second document starts after the first document and its `---` line.
    assert.match(result.stdout, new RegExp(`^${escape(file('multi.yaml'))}:${cleanLines + 1 + 4}:9: error yaml-syntax: `, 'm'));
  });

  it('exits 0 when the only findings are information', () => {
    const untagged = file('untagged.yaml');
    writeFileSync(untagged, CLEAN_POD.replace('nginx:1.27.3', 'spring-server'));
    const result = run('check', untagged);
    assert.equal(result.status, 0, result.stdout);
    assert.match(result.stdout, new RegExp(`^${escape(untagged)}:8:14: information implicit-always-pull: `, 'm'));
    assert.match(result.stdout, /0 errors, 0 warnings in 1 file\n$/);
  });
});

describe('podwright check --format json', () => {
  it('prints one JSON array of problems with 1-based lines and columns', () => {
    const { run: result, problems } = runJson(file('syntax.yaml'), file('clean.yaml'));
    assert.equal(result.status, 1);
    assert.ok(problems.length > 0);
    for (const p of problems) {
      assert.deepEqual(Object.keys(p), ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message']);
      assert.equal(p.file, file('syntax.yaml'), 'the clean file has no problems');
    }
    const problem = problems.find((p) => p.code === 'yaml-syntax');
    assert.equal(problem?.severity, 'error');
    assert.deepEqual([problem?.line, problem?.column, problem?.endLine], [4, 9, 4]);
    assert.ok((problem?.endColumn ?? 0) > 9, 'the range covers the text at fault');
    assert.ok((problem?.message ?? '').length > 0);
  });

  it('prints an empty array and exits 0 for clean input', () => {
    const { run: result, problems } = runJson(file('clean.yaml'));
    assert.equal(result.status, 0);
    assert.deepEqual(problems, []);
  });
});

describe('podwright check on directories', () => {
  it('finds no error or warning in the valid corpus checked as one folder (the README quick start: npm start)', () => {
    // Checked together, the files see each other: a Namespace's Pod Security labels reach the pods in it.
    const result = run('check', join(fixturesDir, 'corpus', 'valid'));
    assert.equal(result.status, 0, result.stdout);
    assert.match(result.stdout, /^0 errors, 0 warnings in \d+ files\n$/m);
  });

  it('searches recursively for *.yaml and *.yml, skipping node_modules, dot-directories and other files', () => {
    const tree = mkdtempSync(join(dir, 'tree-'));
    for (const sub of ['a/b', 'node_modules/pkg', '.git', 'c']) mkdirSync(join(tree, sub), { recursive: true });
    writeFileSync(join(tree, 'a', 'b', 'deep.yaml'), SYNTAX_ERROR_POD);
    writeFileSync(join(tree, 'c', 'short.yml'), TABBED_POD);
    writeFileSync(join(tree, 'c', 'fine.yaml'), CLEAN_POD);
    writeFileSync(join(tree, 'c', 'notes.txt'), TABBED_POD);
    writeFileSync(join(tree, 'node_modules', 'pkg', 'dep.yaml'), TABBED_POD);
    writeFileSync(join(tree, '.git', 'hidden.yaml'), TABBED_POD);
    const { run: result, problems } = runJson(tree);
    assert.equal(result.status, 1, result.stderr);
    assert.deepEqual(
      [...new Set(problems.map((p) => p.file))].sort(),
      [join(tree, 'a', 'b', 'deep.yaml'), join(tree, 'c', 'short.yml')].sort(),
    );
    const text = run('check', tree);
    assert.match(text.stdout, / in 3 files\n$/);
  });

  it('says so and exits 2 when a directory holds no manifests', () => {
    const empty = mkdtempSync(join(dir, 'empty-'));
    const result = run('check', empty);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /no \*\.yaml or \*\.yml files/);
  });
});

describe('podwright check: input problems', () => {
  it('reports a missing path on one line and exits 2', () => {
    const missing = file('does-not-exist.yaml');
    const result = run('check', missing, file('clean.yaml'));
    assert.equal(result.status, 2);
    assert.equal(result.stderr, `podwright: ${missing}: no such file or directory\n`);
    assert.match(result.stdout, /in 1 file\n$/, 'the readable file is still checked');
  });

  it('reports a path through a file used as a directory and exits 2', () => {
    const result = run('check', join(file('clean.yaml'), 'inner.yaml'));
    assert.equal(result.status, 2);
    assert.match(result.stderr, /inner\.yaml: .*not a directory/);
    assertNoStackTrace(result.stderr);
  });

  it('reports a manifest it cannot read inside a directory (dangling link) and exits 2', () => {
    const tree = mkdtempSync(join(dir, 'links-'));
    writeFileSync(join(tree, 'ok.yaml'), CLEAN_POD);
    symlinkSync(join(tree, 'gone.yaml'), join(tree, 'broken.yaml'));
    const result = run('check', tree);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /broken\.yaml: cannot read file: no such file or directory/);
    assertNoStackTrace(result.stderr);
  });

  it('reports a file without read permission and exits 2', (t) => {
    if (process.getuid?.() === 0) {
      t.skip('root can read any file, so permissions cannot make one unreadable');
      return;
    }
    const locked = file('locked.yaml');
    writeFileSync(locked, CLEAN_POD);
    chmodSync(locked, 0o000);
    const result = run('check', locked);
    chmodSync(locked, 0o600);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /locked\.yaml: cannot read file: permission denied/);
  });

  it('rejects bytes that are not UTF-8 with a clear message, still checking the other files', () => {
    const latin1 = file('latin1.yaml');
    // "café" in Latin-1: 0xE9 alone is not UTF-8; the message points at its (0-based) byte offset.
    const before = Buffer.from('apiVersion: v1\nkind: Pod\nmetadata:\n  name: caf');
    writeFileSync(latin1, Buffer.concat([before, Buffer.from([0xe9]), Buffer.from('\n')]));
    const result = run('check', latin1, file('syntax.yaml'));
    assert.equal(result.status, 2);
    assert.match(result.stderr, /latin1\.yaml: not valid UTF-8 text at byte (\d+)/);
    assert.equal(/at byte (\d+)/.exec(result.stderr)?.[1], String(before.length));
    assert.match(result.stdout, /syntax\.yaml:4:9: error yaml-syntax/);
    assertNoStackTrace(result.stderr);
  });

  it('accepts UTF-8 with Korean comments and a byte-order mark', () => {
    const korean = file('korean.yaml');
    writeFileSync(korean, `\uFEFF# 파드 예제\n${CLEAN_POD}`);
    const result = run('check', korean);
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });
});

describe('podwright command-line arguments', () => {
  const usage = /Usage: podwright check/;

  it('prints usage for --help and exits 2', () => {
    const result = run('--help');
    assert.equal(result.status, 2);
    assert.match(result.stdout, usage);
    assert.match(result.stdout, /--language en\|ko +language of the messages: en \(default\) or ko \(Korean\)/);
  });

  for (const [title, args, message] of [
    ['an unknown option', ['check', '--fix', file('clean.yaml')], /unknown option "--fix"/],
    ['an unknown format', ['check', '--format', 'xml', file('clean.yaml')], /--format must be "text" or "json"/],
    ['an unknown language', ['check', '--language', 'fr', file('clean.yaml')], /--language must be "en" or "ko", not "fr"/],
    ['an empty language', ['check', '--language=', file('clean.yaml')], /--language needs a value/],
    ['a missing option value', ['check', file('clean.yaml'), '--format'], /--format needs a value/],
    ['no paths', ['check'], /no files or directories/],
    ['no command', [], /missing command/],
    ['an unknown command', ['lint', file('clean.yaml')], /unknown command "lint"/],
  ] as const) {
    it(`rejects ${title} with usage and exit 2`, () => {
      const result = run(...args);
      assert.equal(result.status, 2);
      assert.match(result.stderr, message);
      assert.match(result.stderr, usage);
      assert.equal(result.stdout, '');
    });
  }

  it('lists the supported versions for an unsupported --kubernetes-version', () => {
    const versions = (JSON.parse(readFileSync(join(distDir, 'model.json'), 'utf8')) as { versions: string[] }).versions;
    const result = run('check', '--kubernetes-version', '1.7', file('clean.yaml'));
    assert.equal(result.status, 2);
    assert.ok(result.stderr.includes(`supported versions: ${versions.join(', ')}`), result.stderr);
    assertNoStackTrace(result.stderr);
  });

  it('checks against the requested Kubernetes version (v-prefix and patch accepted)', () => {
    // Image volumes appeared in Kubernetes 1.31.
    const imageVolume = file('image-volume.yaml');
    writeFileSync(
      imageVolume,
      `${CLEAN_POD}      volumeMounts:\n        - name: data\n          mountPath: /data\n  volumes:\n    - name: data\n      image:\n        reference: registry.example.com/data:1.0\n        pullPolicy: IfNotPresent\n`,
    );
    const newest = runJson(imageVolume);
    assert.deepEqual(newest.problems, []);
    for (const version of ['1.30', 'v1.30.4', '--kubernetes-version=1.30']) {
      const args = version.startsWith('--') ? [version, imageVolume] : ['--kubernetes-version', version, imageVolume];
      const old = runJson(...args);
      assert.ok(
        old.problems.some((p) => p.code === 'unavailable-in-version' && p.line === 14),
        `${version}: ${old.run.stdout}`,
      );
    }
  });
});

describe('podwright check --language', () => {
  // containerPort 70000 is out of range: an error, worded by the out-of-range rule.
  const badPort = (): string => {
    const path = file('bad-port.yaml');
    writeFileSync(path, `${CLEAN_POD}      ports:\n        - containerPort: 70000\n`);
    return path;
  };

  it('words the messages in Korean with --language ko, finding the same problems at the same places', () => {
    const path = badPort();
    const english = runJson(path);
    const korean = runJson('--language', 'ko', path);
    assert.equal(korean.run.status, 1);
    assert.equal(korean.run.status, english.run.status);
    const where = (p: JsonProblem) => [p.file, p.line, p.column, p.endLine, p.endColumn, p.severity, p.code];
    assert.deepEqual(korean.problems.map(where), english.problems.map(where));
    const problem = korean.problems.find((p) => p.code === 'out-of-range');
    assert.equal(
      problem?.message,
      '`containerPort: 70000`의 값이 허용 범위를 벗어났습니다. 포트 번호는 1부터 65535까지입니다(허용 범위: 1~65535).',
    );
    assert.match(english.problems.find((p) => p.code === 'out-of-range')?.message ?? '', /^`containerPort: 70000` is out of range/);
  });

  it('accepts --language=ko in text output, and en as the explicit default', () => {
    const path = badPort();
    const korean = run('check', '--language=ko', path);
    assert.equal(korean.status, 1);
    assert.ok(
      korean.stdout.includes(`${path}:10:26: error out-of-range: \`containerPort: 70000\`의 값이 허용 범위를 벗어났습니다.`),
      korean.stdout,
    );
    assert.match(korean.stdout, /\n파일 1개에서 오류 1개, 경고 0개\n$/, 'the summary line is Korean too');
    assert.equal(run('check', '--language', 'en', path).stdout, run('check', path).stdout);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
