// No module of client/src keeps state in a module-level variable: services reach commands and
// views through the context activate() builds (client/src/context.ts), so a second activation, a
// test or another window never shares them by accident. The only exceptions are the caches named
// below, which hold no service.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';

const clientSrc = join(__dirname, '..', '..', '..', '..', 'client', 'src');

/** file (relative to client/src, forward slashes) → variable names allowed there, and why. */
const ALLOWED: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'extension.ts': { server: 'deactivate() must await the language server it shuts down' },
  'cluster/clientNode.ts': { loading: 'the one dynamic import of @kubernetes/client-node' },
  'cluster/webSocket.ts': { loading: 'the one dynamic import of ws, parsed only with the Kubernetes client' },
  'models/logs/logTimestamp.ts': { cachedSecond: 'a parse cache of a pure function', cachedMillis: 'a parse cache of a pure function' },
};

/** Names declared with `let` or `var` at the top level of a module's text. */
export function moduleLevelVariables(text: string): string[] {
  const source = ts.createSourceFile('module.ts', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const names: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const list = statement.declarationList;
    if ((list.flags & (ts.NodeFlags.Const | ts.NodeFlags.Using)) !== 0) continue;
    for (const declaration of list.declarations) names.push(declaration.name.getText(source));
  }
  return names;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('module-level state in client/src', () => {
  it('finds let and var at the top level, not inside functions or classes', () => {
    const text = [
      'let current: string | undefined;',
      'export let exported = 1;',
      'var legacy = 2, other = 3;',
      'const fixed = 4;',
      'function f(): void { let inner = 1; inner++; }',
      'class C { private value = 1; }',
    ].join('\n');
    assert.deepEqual(moduleLevelVariables(text), ['current', 'exported', 'legacy', 'other']);
  });

  it('holds no mutable module-level variable but the allowed caches', () => {
    const found: string[] = [];
    for (const file of sourceFiles(clientSrc)) {
      const name = relative(clientSrc, file).split('\\').join('/');
      const allowed = ALLOWED[name] ?? {};
      for (const variable of moduleLevelVariables(readFileSync(file, 'utf8'))) {
        if (!(variable in allowed)) found.push(`${name}: ${variable}`);
      }
    }
    assert.deepEqual(found, []);
  });

  it('names only exceptions that still exist', () => {
    for (const [name, variables] of Object.entries(ALLOWED)) {
      const present = moduleLevelVariables(readFileSync(join(clientSrc, name), 'utf8'));
      for (const variable of Object.keys(variables)) assert.ok(present.includes(variable), `${name}: ${variable}`);
    }
  });
});
