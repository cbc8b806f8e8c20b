// The TextMate grammars for pod logs and describe output, tokenized by the same engine VS Code
// uses (vscode-textmate + oniguruma from the running VS Code's own node_modules).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { extensionPath } from '../helpers';

interface Token {
  startIndex: number;
  endIndex: number;
  scopes: string[];
}
interface Grammar {
  tokenizeLine(line: string, state: unknown): { tokens: Token[]; ruleStack: unknown };
}
interface TextMate {
  Registry: new (options: unknown) => { loadGrammar(scope: string): Promise<Grammar | null> };
  INITIAL: unknown;
}
interface Oniguruma {
  loadWASM(data: ArrayBuffer): Promise<void>;
  OnigScanner: new (patterns: string[]) => unknown;
  OnigString: new (text: string) => unknown;
}

const appModules = path.join(vscode.env.appRoot, 'node_modules');
const GRAMMARS: Record<string, string> = {
  'source.podwright-log': extensionPath('syntaxes', 'podwright-log.tmLanguage.json'),
  'source.podwright-describe': extensionPath('syntaxes', 'podwright-describe.tmLanguage.json'),
  'source.json': path.join(vscode.env.appRoot, 'extensions', 'json', 'syntaxes', 'JSON.tmLanguage.json'),
};

let registry: InstanceType<TextMate['Registry']>;
let textmate: TextMate;

/** Each token of `line` as "text → scopes". */
async function tokens(scope: string, line: string): Promise<{ text: string; scopes: string }[]> {
  const grammar = await registry.loadGrammar(scope);
  assert.ok(grammar, scope);
  return grammar
    .tokenizeLine(line, textmate.INITIAL)
    .tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes.join(' ') }));
}

async function scopesOf(scope: string, line: string, text: string): Promise<string> {
  const found = (await tokens(scope, line)).find((t) => t.text === text);
  assert.ok(found, `no token ${JSON.stringify(text)} in ${JSON.stringify(line)}: ${JSON.stringify(await tokens(scope, line))}`);
  return found.scopes;
}

describe('grammars', () => {
  before(async () => {
    /* eslint-disable @typescript-eslint/no-require-imports -- VS Code's own copies, found at run time */
    textmate = require(path.join(appModules, 'vscode-textmate')) as TextMate;
    const onig = require(path.join(appModules, 'vscode-oniguruma')) as Oniguruma;
    /* eslint-enable @typescript-eslint/no-require-imports */
    const wasm = fs.readFileSync(path.join(appModules, 'vscode-oniguruma', 'release', 'onig.wasm'));
    await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (p: string[]) => new onig.OnigScanner(p),
        createOnigString: (s: string) => new onig.OnigString(s),
      }),
      loadGrammar: (scope: string) => {
        const file = GRAMMARS[scope];
        return Promise.resolve(file ? (JSON.parse(fs.readFileSync(file, 'utf8')) as unknown) : null);
      },
    });
  });

  it('registers both languages', async () => {
    const languages = await vscode.languages.getLanguages();
    assert.ok(languages.includes('podwright-log'));
    assert.ok(languages.includes('podwright-describe'));
  });

  it('log: timestamps, levels and the container prefix', async () => {
    const line = '[web] 2025-01-31T10:15:02.123456Z ERROR upstream timed out';
    assert.match(await scopesOf('source.podwright-log', line, '[web]'), /entity\.name\.tag\.container/);
    assert.match(await scopesOf('source.podwright-log', line, '2025-01-31T10:15:02.123456Z'), /constant\.numeric\.timestamp/);
    assert.match(await scopesOf('source.podwright-log', line, 'ERROR'), /level\.error/);
    assert.match(await scopesOf('source.podwright-log', '2025/01/31 10:15:02 [warn] 29#29: low disk', '[warn]'), /level\.warning/);
    assert.match(await scopesOf('source.podwright-log', 'INFO starting server', 'INFO'), /level\.info/);
    assert.doesNotMatch(
      JSON.stringify(await tokens('source.podwright-log', 'no errors here')),
      /level\.error/,
      'a lower-case word in a message is not a level',
    );
  });

  it("log: the [pod/container] prefix of a workload's merged log", async () => {
    const line = '[web-7d9f-x2kq/main] 2025-01-31T10:15:02Z ERROR boom';
    assert.match(await scopesOf('source.podwright-log', line, 'web-7d9f-x2kq'), /entity\.name\.type\.pod/);
    assert.match(await scopesOf('source.podwright-log', line, 'main'), /entity\.name\.tag\.container/);
    assert.match(await scopesOf('source.podwright-log', line, 'ERROR'), /level\.error/);
    assert.match(
      await scopesOf(
        'source.podwright-log',
        '[web-7d9f-x2kq/main] --- pod web-7d9f-x2kq deleted ---',
        '[web-7d9f-x2kq/main] --- pod web-7d9f-x2kq deleted ---',
      ),
      /marker/,
    );
  });

  it('log: a JSON line is coloured as JSON', async () => {
    const scopes = await scopesOf('source.podwright-log', '{"level":"error","msg":"boom"}', 'level');
    assert.match(scopes, /meta\.embedded\.block\.json/);
    assert.match(scopes, /string\.json/);
  });

  it('describe: section headers, keys, states and Events rows by type', async () => {
    const grammar = 'source.podwright-describe';
    assert.match(await scopesOf(grammar, 'Containers:', 'Containers'), /markup\.heading\.section/);
    assert.match(await scopesOf(grammar, '    Reason:       CrashLoopBackOff', 'Reason'), /property-name/);
    assert.match(await scopesOf(grammar, '    Reason:       CrashLoopBackOff', 'CrashLoopBackOff'), /state\.bad/);
    assert.match(
      await scopesOf(grammar, '  Type     Reason     Age   From     Message', '  Type     Reason     Age   From     Message'),
      /markup\.heading\.events/,
    );
    const warning = '  Warning  BackOff    5s    kubelet  Back-off restarting failed container web';
    assert.match(await scopesOf(grammar, warning, 'Warning'), /event\.warning/);
    assert.match(await scopesOf(grammar, warning, 'BackOff'), /reason/);
    assert.match(
      await scopesOf(grammar, '  Normal   Scheduled  10s   default-scheduler  Successfully assigned default/web to node-1', 'Normal'),
      /event\.normal/,
    );
  });
});
