// Plain-language explanations of the fields learners touch most, shown in hovers next to the
// official description. Keys are `ShortTypeName.field`; `*.field` covers apiVersion, kind, metadata
// and spec of every root kind, because those mean the same thing whichever kind holds them.
import { shortTypeName } from '../model';
import { english } from './en';
import { korean } from './ko';

export type ExplanationLanguage = 'en' | 'ko';

// Root kinds only: other types also have an `apiVersion` (ObjectFieldSelector, OwnerReference)
// with a different meaning, so the `*` entries must not reach them.
const rootKinds = new Set([
  'Pod',
  'PodTemplate',
  'ReplicationController',
  'Deployment',
  'ReplicaSet',
  'StatefulSet',
  'DaemonSet',
  'Job',
  'CronJob',
]);

const tables: Readonly<Record<ExplanationLanguage, Readonly<Record<string, string>>>> = { en: english, ko: korean };

export function explanationFor(ownerTypeId: string, fieldName: string, language: ExplanationLanguage): string | undefined {
  const table = tables[language];
  const owner = shortTypeName(ownerTypeId);
  const own = table[`${owner}.${fieldName}`];
  if (own !== undefined) return own;
  return rootKinds.has(owner) ? table[`*.${fieldName}`] : undefined;
}

/** Every explained key, in either language (tests check that both languages have each one). */
export function explainedFieldKeys(): string[] {
  return [...new Set([...Object.keys(english), ...Object.keys(korean)])].sort();
}
