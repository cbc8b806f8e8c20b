// Test helpers: a language service over the built model, and caret fixtures (`|` marks the cursor).
import { join } from 'node:path';
import { createPodLanguageService, type PodLanguageService } from '../../server/src/service/index';
import { loadModel } from '../../server/src/service/schema/loadModel';
import type { Manifest } from '../../server/src/service/document/manifest';

const repoRoot = join(__dirname, '..', '..', '..');
export const distDir = join(repoRoot, 'dist');
export const fixturesDir = join(repoRoot, 'test', 'fixtures');

let shared: ReturnType<typeof loadModel> | undefined;

export function newService(): PodLanguageService {
  shared ??= loadModel(distDir);
  return createPodLanguageService({ model: shared });
}

export interface CaretFixture {
  readonly text: string;
  readonly offset: number;
  readonly position: { line: number; character: number };
}

/** Removes the single `|` caret marker and returns where it was. */
export function caret(textWithCaret: string): CaretFixture {
  const offset = textWithCaret.indexOf('|');
  if (offset < 0) throw new Error('fixture has no | caret');
  const text = textWithCaret.slice(0, offset) + textWithCaret.slice(offset + 1);
  const before = text.slice(0, offset).split('\n');
  return { text, offset, position: { line: before.length - 1, character: before[before.length - 1]?.length ?? 0 } };
}

let counter = 0;
/** Each text gets a folder of its own, so texts checked with one service never see each other's objects. */
export function parse(service: PodLanguageService, text: string): { uri: string; manifest: Manifest } {
  const uri = `file:///test/${counter++}/doc.yaml`;
  return { uri, manifest: service.parse(uri, text) };
}

export function validate(service: PodLanguageService, text: string) {
  const { uri, manifest } = parse(service, text);
  return service.doValidation(uri, manifest);
}
