// The workspace files the user excluded (VS Code's `files.exclude`, per workspace folder): the
// index neither scans nor follows them, as the Explorer and search do not show them.
import { existsSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, sep } from 'node:path';
import { globToRegExp } from './globPattern';

interface Rule {
  readonly pattern: RegExp;
  /** `{ "when": "$(basename).ts" }`: excluded only when that sibling exists. */
  readonly whenSibling?: string;
}

export class ExcludedFiles {
  private readonly byFolder = new Map<string, readonly Rule[]>();

  /**
   * Takes a folder's `files.exclude` value (pattern → true, false or `{ when }`); malformed entries are
   * left out. Returns whether the folder's rules changed.
   */
  set(folder: string, setting: unknown): boolean {
    const rules = rulesOf(setting);
    const before = this.byFolder.get(folder);
    const same =
      before !== undefined &&
      before.length === rules.length &&
      before.every((r, i) => r.pattern.source === rules[i]?.pattern.source && r.whenSibling === rules[i]?.whenSibling);
    if (same || (before === undefined && rules.length === 0)) return false;
    this.byFolder.set(folder, rules);
    return true;
  }

  /** Whether an absolute path, or a folder above it within its workspace folder, is excluded. */
  isExcluded(path: string): boolean {
    for (const [folder, rules] of this.byFolder) {
      if (rules.length === 0) continue;
      const rel = relative(folder, path);
      if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) continue;
      const names = rel.split(sep);
      for (let depth = 1; depth <= names.length; depth++) {
        const candidate = names.slice(0, depth).join('/');
        if (rules.some((rule) => rule.pattern.test(candidate) && siblingHolds(rule, join(folder, ...names.slice(0, depth))))) return true;
      }
    }
    return false;
  }
}

function rulesOf(setting: unknown): Rule[] {
  if (typeof setting !== 'object' || setting === null || Array.isArray(setting)) return [];
  const rules: Rule[] = [];
  for (const [glob, value] of Object.entries(setting as Record<string, unknown>)) {
    const pattern = globToRegExp(glob);
    if (!pattern) continue;
    if (value === true) rules.push({ pattern });
    else if (typeof value === 'object' && value !== null && typeof (value as { when?: unknown }).when === 'string') {
      rules.push({ pattern, whenSibling: (value as { when: string }).when });
    }
  }
  return rules;
}

function siblingHolds(rule: Rule, path: string): boolean {
  if (rule.whenSibling === undefined) return true;
  const name = basename(path, extname(path));
  return existsSync(join(dirname(path), rule.whenSibling.replace(/\$\(basename\)/g, name)));
}
