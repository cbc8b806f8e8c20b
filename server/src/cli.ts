// `podwright check`: the same language service as the editor, run over files from a terminal or CI.
// Exit status: 0 no errors, 1 errors found, 2 usage or input problems (never a stack trace).
import { createPodLanguageService } from './service/index';
import { loadModel } from './service/schema/loadModel';
import { normalizeVersion, parseArgs, USAGE, type CheckOptions } from './cli/args';
import { pathToFileURL } from 'node:url';
import type { Manifest } from './service/index';
import { checkText, indexText, type Problem } from './cli/check';
import { registerSchemas } from './cli/customSchemas';
import { collectFiles, readManifest } from './cli/files';
import { formatJson, formatText } from './cli/format';

function fail(message: string, withUsage = false): number {
  process.stderr.write(`podwright: ${message}\n${withUsage ? `\n${USAGE}\n` : ''}`);
  return 2;
}

function runCheck(options: CheckOptions): number {
  const service = createPodLanguageService({ model: loadModel(__dirname) });
  service.configure({ language: options.language });
  if (options.podSecurityLevel !== undefined) {
    // Asked for on the command line (a CI gate): a pod the level refuses fails the run, as enforce would.
    service.configure({ podSecurity: { level: options.podSecurityLevel, version: options.podSecurityVersion ?? 'latest', severity: 'error' } });
  }
  if (options.kubernetesVersion !== undefined) {
    const version = normalizeVersion(options.kubernetesVersion);
    if (version === undefined || !service.model.versions.includes(version)) {
      return fail(`unsupported --kubernetes-version "${options.kubernetesVersion}"; supported versions: ${service.model.versions.join(', ')}`);
    }
    service.configure({ kubernetesVersion: version });
  }

  // Schemas first: `--schemas`, then the CRDs among the files checked, so every file sees every kind.
  const schemaLoad = registerSchemas(service, options.schemas);
  const { files, problems: inputProblems } = collectFiles(options.paths);
  inputProblems.unshift(...schemaLoad.problems);
  service.setWorkspaceRoots([pathToFileURL(process.cwd()).href], { oneScope: true });
  // The files given form one scope: all are indexed first (their CRDs too), so checks across
  // resources and custom kinds see every file, in any order.
  const parsed: { file: string; text: string; manifest: Manifest }[] = [];
  for (const file of files) {
    const read = readManifest(file);
    if (!read.ok) {
      inputProblems.push({ path: file, message: read.message });
      continue;
    }
    parsed.push({ file, text: read.text, manifest: indexText(service, file, read.text) });
  }
  const problems: Problem[] = [];
  for (const { file, text, manifest } of parsed) problems.push(...checkText(service, file, text, manifest));
  const checked = parsed.length;

  process.stdout.write(options.format === 'json' ? formatJson(problems) : formatText(problems, checked, options.language));
  for (const warning of schemaLoad.warnings) process.stderr.write(`podwright: warning: ${warning.path}: ${warning.message}\n`);
  for (const problem of inputProblems) process.stderr.write(`podwright: ${problem.path}: ${problem.message}\n`);
  if (inputProblems.length > 0) return 2;
  return problems.some((p) => p.severity === 'error') ? 1 : 0;
}

function main(argv: readonly string[]): number {
  const args = parseArgs(argv);
  switch (args.kind) {
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return 2;
    case 'usage-error':
      return fail(args.message, true);
    case 'check':
      return runCheck(args);
  }
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // Anything unexpected (e.g. a missing model) still ends in one readable line.
  process.exitCode = fail(error instanceof Error ? error.message : String(error));
}
