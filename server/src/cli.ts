// `podwright check`: the same language service as the editor, run over files from a terminal or CI.
// Exit status: 0 no errors, 1 errors found, 2 usage or input problems (never a stack trace).
// Large runs use one worker thread per core (cli/parallel.ts); the output is the same either way.
import { normalizeVersion, parseArgs, USAGE, type CheckOptions } from './cli/args';
import { fileUri } from './cli/check';
import { checkFiles, type CheckOutcome } from './cli/checkFiles';
import { collectFiles } from './cli/files';
import { formatJson, formatText } from './cli/format';
import { checkInWorkers, workerCount } from './cli/parallel';
import { mergeProblems, renderFolders } from './cli/render';
import { checkModel, createCheckService, prepareCheckService, type CheckSettings } from './cli/session';

function fail(message: string, withUsage = false): number {
  process.stderr.write(`podwright: ${message}\n${withUsage ? `\n${USAGE}\n` : ''}`);
  return 2;
}

async function runCheck(options: CheckOptions): Promise<number> {
  const service = createCheckService(__dirname);
  let kubernetesVersion: string | undefined;
  if (options.kubernetesVersion !== undefined) {
    kubernetesVersion = normalizeVersion(options.kubernetesVersion);
    if (kubernetesVersion === undefined || !service.model.versions.includes(kubernetesVersion)) {
      return fail(
        `unsupported --kubernetes-version "${options.kubernetesVersion}"; supported versions: ${service.model.versions.join(', ')}`,
      );
    }
  }
  const settings: CheckSettings = {
    language: options.language,
    kubernetesVersion,
    schemas: options.schemas,
    cwd: process.cwd(),
    // Asked for on the command line (a CI gate): a pod the level refuses fails the run, as enforce would.
    ...(options.bestPractices !== undefined ? { bestPractices: options.bestPractices } : {}),
    ...(options.podSecurityLevel !== undefined
      ? { podSecurity: { level: options.podSecurityLevel, version: options.podSecurityVersion ?? 'latest' } }
      : {}),
  };
  const schemaLoad = prepareCheckService(service, settings);

  const collected = collectFiles(options.paths);
  const inputProblems = collected.problems;
  // A chart's values files and Chart.yaml are not manifests: not checked, not counted (decided by path).
  const files = collected.files.filter((file) => service.roleOfPath(fileUri(file)).role !== 'ignored');
  inputProblems.unshift(...schemaLoad.problems);
  const workers = workerCount(files);
  const outcome: CheckOutcome = workers > 1 ? await checkInWorkers(files, workers, settings) : checkFiles(service, files);
  inputProblems.push(...outcome.unreadable);
  const { checked } = outcome;
  // Charts and kustomizations among the folders given: what they render to, checked too.
  const rendered = options.render
    ? await renderFolders(options.paths, options.values, checkModel(__dirname), options.language)
    : { problems: [], notes: [] };
  const problems = mergeProblems(outcome.problems, rendered.problems);

  process.stdout.write(options.format === 'json' ? formatJson(problems) : formatText(problems, checked, options.language));
  for (const warning of schemaLoad.warnings) process.stderr.write(`podwright: warning: ${warning.path}: ${warning.message}\n`);
  for (const note of rendered.notes) process.stderr.write(`podwright: note: ${note}\n`);
  for (const problem of inputProblems) process.stderr.write(`podwright: ${problem.path}: ${problem.message}\n`);
  if (inputProblems.length > 0) return 2;
  return problems.some((p) => p.severity === 'error') ? 1 : 0;
}

async function main(argv: readonly string[]): Promise<number> {
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

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Anything unexpected (e.g. a missing model) still ends in one readable line.
    process.exitCode = fail(error instanceof Error ? error.message : String(error));
  },
);
