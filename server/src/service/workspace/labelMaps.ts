// Label maps as plain records of text.
import { keyedPairs, scalarText } from '../util/yamlAccess';

/** A map of scalars as text (label values may be written as numbers or booleans). */
export function stringMap(map: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { key, pair } of keyedPairs(map)) {
    const value = scalarText(pair.value);
    if (value !== undefined) out[key] = value;
  }
  return out;
}
