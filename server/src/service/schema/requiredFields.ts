// The fields a type's snippets fill in and its hover lists as required: the model's required
// fields plus those our diagnostics require where the API leaves them optional. Completion and
// hover both read it, so it lives beside the model rather than in either.
import type { TypeModel } from './model';

/** Fields our diagnostics require even where the API leaves them optional. */
const ALSO_REQUIRED: Readonly<Record<string, readonly string[]>> = {
  'io.k8s.api.core.v1.Container': ['name', 'image'],
};

export function requiredFields(model: TypeModel, typeId: string): string[] {
  const names = model
    .fields(typeId)
    .filter((f) => f.def.r === 1)
    .map((f) => f.name);
  for (const extra of ALSO_REQUIRED[typeId] ?? []) if (!names.includes(extra)) names.push(extra);
  return names;
}
