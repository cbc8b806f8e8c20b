// Field paths as API servers write them, parsed into steps: validation's `spec.containers[0].image`
// and `resources.limits[memory]`, and server-side apply's `.spec.containers[name="web"].image`.

export type FieldStep =
  | { readonly field: string }
  | { readonly index: number }
  | { readonly match: Readonly<Record<string, string | number | boolean>> }
  | { readonly value: unknown };

function parseBracket(body: string): FieldStep {
  if (/^\d+$/.test(body)) return { index: Number(body) };
  if (body.startsWith('=')) {
    try {
      return { value: JSON.parse(body.slice(1)) as unknown };
    } catch {
      return { value: body.slice(1) };
    }
  }
  const pairs = [...body.matchAll(/([A-Za-z0-9_.-]+)=("(?:[^"\\]|\\.)*"|[^,]+)/g)];
  if (pairs.length > 0 && pairs.map((p) => p[0]).join(',') === body) {
    const match: Record<string, string | number | boolean> = {};
    for (const [, key, raw] of pairs) {
      if (key === undefined || raw === undefined) continue;
      try {
        match[key] = JSON.parse(raw) as string | number | boolean;
      } catch {
        match[key] = raw;
      }
    }
    return { match };
  }
  // A map key, as in `resources.limits[memory]` or `metadata.labels[app.kubernetes.io/name]`.
  return { field: body };
}

export function parseFieldPath(path: string): FieldStep[] {
  const steps: FieldStep[] = [];
  let i = path.startsWith('.') ? 1 : 0;
  let current = '';
  const flush = (): void => {
    if (current !== '') steps.push({ field: current });
    current = '';
  };
  while (i < path.length) {
    const ch = path[i] ?? '';
    if (ch === '.') {
      flush();
      i++;
    } else if (ch === '[') {
      flush();
      let depth = 1;
      let j = i + 1;
      let inString = false;
      for (; j < path.length && depth > 0; j++) {
        const c = path[j];
        if (c === '"' && path[j - 1] !== '\\') inString = !inString;
        else if (!inString && c === '[') depth++;
        else if (!inString && c === ']') depth--;
      }
      steps.push(parseBracket(path.slice(i + 1, j - 1)));
      i = j;
    } else {
      current += ch;
      i++;
    }
  }
  flush();
  return steps;
}
