// The `.Values.a.b` paths a template reads, found in the actions' source text.
import type { TemplateAction } from './mask';

export interface ValueRef {
  /** `['image', 'tag']` for `.Values.image.tag`. */
  readonly path: readonly string[];
  /** File offsets of the whole reference, and of each segment. */
  readonly start: number;
  readonly end: number;
  readonly segments: readonly { readonly start: number; readonly end: number }[];
  /** The template tests it (`if`, `with`, `default`, `empty`…), so its absence is expected. */
  readonly tested: boolean;
}

const TESTS = /^(?:if|else\s+if|with|else\s+with)\b|\b(?:default|empty|hasKey|coalesce|required)\b/;

// `.Values` or `$.Values`, then `.name` segments (names as Go templates allow them after a dot).
const REFERENCE = /(?<![\w)\]])\$?\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)*)(\.?)/g;

/** Every `.Values…` reference inside an action (comments left out). */
export function valueRefsOf(source: string, actions: readonly TemplateAction[]): ValueRef[] {
  const refs: ValueRef[] = [];
  for (const action of actions) {
    const body = source.slice(action.start, action.end);
    if (/^\{\{-?\s*\/\*/.test(body)) continue;
    const tested = TESTS.test(body.replace(/^\{\{-?\s*/, ''));
    for (const match of body.matchAll(REFERENCE)) {
      const at = action.start + (match.index ?? 0);
      const head = match[0].indexOf('.Values') + '.Values'.length;
      const segments: { start: number; end: number }[] = [];
      const path: string[] = [];
      let cursor = at + head;
      for (const name of (match[1] ?? '').split('.').slice(1)) {
        segments.push({ start: cursor + 1, end: cursor + 1 + name.length });
        path.push(name);
        cursor += 1 + name.length;
      }
      refs.push({ path, start: at, end: cursor + (match[2] ?? '').length, segments, tested });
    }
  }
  return refs;
}

/** The reference under `offset`, cut after the segment the cursor is on (the whole path past its end). */
export function valueRefAt(refs: readonly ValueRef[], offset: number): { ref: ValueRef; depth: number } | undefined {
  const ref = refs.find((r) => r.start <= offset && offset <= r.end);
  if (!ref) return undefined;
  const index = ref.segments.findIndex((s) => s.start <= offset && offset <= s.end);
  return { ref, depth: index < 0 ? ref.path.length : index + 1 };
}
