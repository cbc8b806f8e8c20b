// Reads the model built into dist/ (model.json sits next to the bundles that use it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ModelData } from './model';

export function loadModel(directory: string): ModelData {
  const file = join(directory, 'model.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ModelData;
  } catch (error) {
    throw new Error(`Podwright cannot read its Kubernetes model at ${file}: ${String(error)}. Run \`npm run build\`.`);
  }
}
