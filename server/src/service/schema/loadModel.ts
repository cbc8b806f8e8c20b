// Reads the model built into dist/ (model.json sits next to the bundles that use it). The types of
// kinds other than the pod-bearing ones sit in a second file, read the first time a document needs one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ModelData, TypeDef } from './model';

interface StoredModel extends Omit<ModelData, 'loadMoreTypes'> {
  /** File name, next to model.json, of the rest of the API's types. */
  readonly lazyTypes?: string;
}

function readJson<T>(file: string): T {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (error) {
    throw new Error(`Podwright cannot read its Kubernetes model at ${file}: ${String(error)}. Run \`npm run build\`.`);
  }
}

export function loadModel(directory: string): ModelData {
  const stored = readJson<StoredModel>(join(directory, 'model.json'));
  const { lazyTypes } = stored;
  if (lazyTypes === undefined) return stored;
  return { ...stored, loadMoreTypes: () => readJson<Record<string, TypeDef>>(join(directory, lazyTypes)) };
}
