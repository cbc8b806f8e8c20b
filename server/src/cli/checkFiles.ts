// Checks the files of a run in this thread: all are indexed first (their CRDs too), so checks across
// resources and custom kinds see every file, in any order; then each is checked with its parse.
import type { Manifest, PodLanguageService } from '../service/index';
import { checkText, indexText, type Problem } from './check';
import { readManifest, type InputProblem } from './files';

export interface CheckOutcome {
  /** In the order of the files, each file's problems sorted by position. */
  readonly problems: Problem[];
  /** How many files were read and checked. */
  readonly checked: number;
  /** Files that could not be read, in the order of the files. */
  readonly unreadable: InputProblem[];
}

export function checkFiles(service: PodLanguageService, files: readonly string[]): CheckOutcome {
  const unreadable: InputProblem[] = [];
  const parsed: { file: string; text: string; manifest: Manifest }[] = [];
  for (const file of files) {
    const read = readManifest(file);
    if (!read.ok) {
      unreadable.push({ path: file, message: read.message });
      continue;
    }
    parsed.push({ file, text: read.text, manifest: indexText(service, file, read.text) });
  }
  const problems: Problem[] = [];
  for (const { file, text, manifest } of parsed) problems.push(...checkText(service, file, text, manifest));
  return { problems, checked: parsed.length, unreadable };
}
