// Plain-language explanations of the fields learners touch most, shown in hovers next to the
// official description. Keys are `ShortTypeName.field`; `*.field` covers apiVersion, kind, metadata
// and spec of every root kind, because those mean the same thing whichever kind holds them.
import { shortTypeName } from '../model';
import { english } from './en';
import type { Language } from '../../../../../protocol/index';
import { korean } from './ko';

/** The languages explanations are written in: all of Podwright's. */
export type ExplanationLanguage = Language;

const tables: Readonly<Record<ExplanationLanguage, Readonly<Record<string, string>>>> = { en: english, ko: korean };

/**
 * `rootKind` says the owner is a kind's top level: other types also have an `apiVersion`
 * (ObjectFieldSelector, OwnerReference) with a different meaning, so the `*` entries must not reach them.
 */
export function explanationFor(
  ownerTypeId: string,
  fieldName: string,
  language: ExplanationLanguage,
  rootKind = false,
): string | undefined {
  const table = tables[language];
  const owner = shortTypeName(ownerTypeId);
  const key = `${owner}.${fieldName}`;
  if (Object.hasOwn(table, key)) return table[key];
  return rootKind ? table[`*.${fieldName}`] : undefined;
}

/** Every explained key, in either language (tests check that both languages have each one). */
export function explainedFieldKeys(): string[] {
  return [...new Set([...Object.keys(english), ...Object.keys(korean)])].sort();
}
