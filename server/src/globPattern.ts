// Glob patterns as VS Code's `files.exclude` writes them, matched against a path relative to its
// workspace folder with `/` separators: `**` spans any number of folders, `*` and `?` stay within
// one name, `{a,b}` is either, `[abc]` and `[!abc]` are character classes. Anything else is literal.

/** The regular expression of a glob pattern, anchored at both ends; undefined for an empty pattern. */
export function globToRegExp(pattern: string): RegExp | undefined {
  const trimmed = pattern.trim().replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
  if (trimmed === '') return undefined;
  return new RegExp(`^${translate(trimmed)}$`);
}

function translate(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] ?? '';
    if (c === '*' && glob[i + 1] === '*') {
      const atStart = i === 0 || glob[i - 1] === '/';
      const slashAfter = glob[i + 2] === '/';
      if (atStart && slashAfter) {
        out += '(?:[^/]*/)*'; // `**/`: no folder or any number of them
        i += 2;
      } else if (atStart && i + 2 === glob.length) {
        out += '.*'; // a trailing `**`: anything below
        i += 1;
      } else {
        out += '[^/]*'; // `**` inside a name is `*`
        i += 1;
      }
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') {
      const close = matchingBrace(glob, i);
      if (close < 0) out += '\\{';
      else {
        out += `(?:${splitTopLevel(glob.slice(i + 1, close))
          .map(translate)
          .join('|')})`;
        i = close;
      }
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) out += '\\[';
      else {
        const body = glob.slice(i + 1, close);
        const negated = body.startsWith('!') || body.startsWith('^');
        const members = (negated ? body.slice(1) : body).replace(/[\\\]^]/g, '\\$&');
        out += negated ? `[^/${members}]` : `[${members}]`;
        i = close;
      }
    } else out += c.replace(/[.+^$()|\\/]/g, '\\$&');
  }
  return out;
}

function matchingBrace(glob: string, open: number): number {
  let depth = 0;
  for (let i = open; i < glob.length; i++) {
    if (glob[i] === '{') depth++;
    else if (glob[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** `a,b{c,d},e` → `a`, `b{c,d}`, `e`: commas inside nested braces stay. */
function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '{') depth++;
    else if (body[i] === '}') depth--;
    else if (body[i] === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}
