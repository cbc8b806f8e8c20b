// Custom resource schemas for `podwright check`: the `--schemas` files and folders. The CRDs found among
// the files being checked are registered as those files are indexed (service.index), before any check.
import { resolve } from 'node:path';
import type { PodLanguageService } from '../service/index';
import { readSchemaFile, schemaFilesOf } from '../schemaFiles';
import type { InputProblem } from './files';

export interface SchemaLoad {
  /** Unreadable paths and files: the run's input is broken (exit status 2). */
  readonly problems: InputProblem[];
  /** Schemas that load but are partly broken, or files with no schema in them: said, not fatal. */
  readonly warnings: InputProblem[];
}

export function registerSchemas(service: PodLanguageService, paths: readonly string[]): SchemaLoad {
  const problems: InputProblem[] = [];
  const warnings: InputProblem[] = [];
  for (const path of paths) {
    const found = schemaFilesOf(path);
    problems.push(...found.problems);
    for (const file of found.files) {
      const read = readSchemaFile(file);
      if (!read.ok) {
        problems.push({ path: file, message: read.message });
        continue;
      }
      const result = service.customSchemas.set(`schemas:${resolve(file)}`, read.documents);
      for (const problem of result.problems) {
        const where = read.documents.length > 1 ? `document ${problem.document + 1}, ` : '';
        warnings.push({ path: file, message: `${where}${problem.at === '' ? '' : `${problem.at}: `}${problem.message}` });
      }
      // A file named on the command line is meant as a schema; a folder may hold other files too.
      if (result.recognized === 0 && found.files.length === 1 && file === path) {
        warnings.push({ path: file, message: 'no CustomResourceDefinition or OpenAPI document with schemas found in this file' });
      }
    }
  }
  return { problems, warnings };
}
