// The Korean translation is complete: every vscode.l10n string in the client and every
// package.nls.json key has a Korean entry, and every %key% in package.json exists.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extensionPath, REPO_ROOT } from '../helpers';

const readJson = (...parts: string[]): Record<string, string> =>
  JSON.parse(fs.readFileSync(extensionPath(...parts), 'utf8')) as Record<string, string>;
const HANGUL = /[\uAC00-\uD7A3]/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The client's sources in the repository (the extension under test may be a staged copy
 * without them). */
const CLIENT_SOURCES = path.join(REPO_ROOT, 'client', 'src');

/**
 * The message strings of `vscode.l10n.t('...')` calls and of `localize('...')` (the same lookup,
 * then Korean particles chosen): string literals in either quote.
 */
function l10nStrings(): string[] {
  const found = new Set<string>();
  for (const file of sourceFiles(CLIENT_SOURCES)) {
    for (const match of fs.readFileSync(file, 'utf8').matchAll(/\b(?:l10n\.t|localize)\(\s*(['"])((?:(?!\1)[^\\]|\\.)*)\1/g))
      found.add((match[2] ?? '').replace(/\\(.)/g, '$1'));
  }
  return [...found];
}

describe('localization', () => {
  it('translates every vscode.l10n message of the client into Korean', () => {
    const messages = l10nStrings();
    assert.ok(messages.length > 5, 'the client uses vscode.l10n');
    const korean = readJson('l10n', 'bundle.l10n.ko.json');
    assert.deepEqual(
      messages.filter((m) => korean[m] === undefined),
      [],
      'missing in l10n/bundle.l10n.ko.json',
    );
    assert.deepEqual(
      Object.keys(korean).filter((k) => !messages.includes(k)),
      [],
      'stale entries in l10n/bundle.l10n.ko.json',
    );
    for (const message of messages) {
      const placeholders = (text: string): string[] => (text.match(/\{\d+\}/g) ?? []).sort();
      assert.deepEqual(placeholders(korean[message] ?? ''), placeholders(message), `placeholders of ${message}`);
    }
  });

  it('has a Korean package.nls.ko.json with the same keys as package.nls.json', () => {
    const english = readJson('package.nls.json');
    const korean = readJson('package.nls.ko.json');
    assert.deepEqual(Object.keys(korean).sort(), Object.keys(english).sort());
    const untranslated = Object.keys(english).filter(
      (key) => korean[key] === english[key] && HANGUL.test(english[key] ?? '') === false && !/^[\w\s.-]+$/.test(english[key] ?? ''),
    );
    assert.deepEqual(untranslated, [], 'copied, not translated');
  });

  it('resolves every %key% used in package.json', () => {
    const manifest = fs.readFileSync(extensionPath('package.json'), 'utf8');
    const english = readJson('package.nls.json');
    const used = [...manifest.matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1] ?? '');
    assert.ok(used.length > 10);
    assert.deepEqual(
      used.filter((key) => english[key] === undefined),
      [],
    );
  });
});
