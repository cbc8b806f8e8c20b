// Command-line arguments of `podwright check`, parsed without any library so the rules stay visible:
// options may come before or after paths, as `--name value` or `--name=value`; `--` ends options.
import type { Language } from '../service/settings';
import { MAX_SCHEMA_DEPTH } from '../schemaFiles';

export type OutputFormat = 'text' | 'json';

export interface CheckOptions {
  readonly kind: 'check';
  readonly format: OutputFormat;
  /** As typed by the user; validated against the model's versions by the caller. */
  readonly kubernetesVersion: string | undefined;
  /** Language of the diagnostic messages. */
  readonly language: Language;
  /** Files and folders of custom resource schemas (`--schemas`, repeatable), in the order given. */
  readonly schemas: readonly string[];
  /** `--pod-security-level`: the Pod Security level pods must meet where no Namespace among the files says. */
  readonly podSecurityLevel: 'baseline' | 'restricted' | undefined;
  /** `--pod-security-version`: `latest` or `v1.X` (validated here). */
  readonly podSecurityVersion: string | undefined;
  /** `--best-practices`: off, learner (information) or strict (warnings); undefined: learner, as in the editor. */
  readonly bestPractices: 'off' | 'learner' | 'strict' | undefined;
  readonly paths: readonly string[];
  /** `--no-render`: no helm template / kubectl kustomize for charts and kustomizations. */
  readonly render: boolean;
  /** `--values FILE` (repeatable): values files for helm template, after the chart's values.yaml. */
  readonly values: readonly string[];
}

export type ParsedArgs = CheckOptions | { readonly kind: 'help' } | { readonly kind: 'usage-error'; readonly message: string };

export const USAGE = `Usage: podwright check [--format text|json] [--kubernetes-version 1.30] [--language en|ko] [--schemas FILE_OR_DIR]...
                       [--no-render] [--values FILE]... [--pod-security-level baseline|restricted [--pod-security-version v1.X|latest]]
                       [--best-practices off|learner|strict] FILE_OR_DIR...

Checks Kubernetes manifests (Pods and the workloads that template them) and prints what is wrong.
Directories are searched recursively for *.yaml and *.yml files (node_modules and dot-directories are skipped).
CustomResourceDefinitions among the files checked make their custom resources known to every file of the run.
A folder holding Chart.yaml is also rendered with \`helm template\`, and a folder holding kustomization.yaml with
\`kubectl kustomize\`, when helm or kubectl is on the PATH: what they produce is checked and reported on the
template, values, patch or resource line it came from.

Options:
  --format text|json          text (default): one "path:line:col: severity code: message" line per problem;
                              json: one JSON array of problems with 1-based lines and columns
  --kubernetes-version X.Y    check against this Kubernetes version (default: the newest known)
  --language en|ko            language of the messages: en (default) or ko (Korean)
  --schemas FILE_OR_DIR       custom resource schemas to check against (repeatable): CustomResourceDefinitions
                              or OpenAPI v3 documents (a cluster's /openapi/v3/apis/GROUP/VERSION), in *.yaml,
                              *.yml or *.json files; folders are searched ${MAX_SCHEMA_DEPTH} levels deep. The files are not checked.
  --no-render                 do not render charts and kustomizations (static checks only)
  --values FILE               a values file for helm template, after the chart's values.yaml (repeatable)
  --pod-security-level baseline|restricted
                              check every pod and pod template against this Pod Security Standards level, as
                              the admission controller would enforce it (errors). A Namespace among the files
                              with pod-security.kubernetes.io labels decides for the objects in it instead.
  --pod-security-version v1.X|latest
                              the policy version of that level (default: latest)
  --best-practices off|learner|strict
                              advice of the kind kube-score and kube-linter give (probes, hostPath, :latest
                              images, disruption budgets…): learner (default) reports it as information,
                              strict as warnings and adds resource requests and read-only root filesystems,
                              off leaves it out. Rendered chart and kustomization output never gets it.
  -h, --help                  show this help

Exit status: 0 no errors (warnings and information do not fail), 1 errors found, 2 usage or input problem.`;

const VALUE_OPTIONS = new Set([
  '--format',
  '--kubernetes-version',
  '--language',
  '--schemas',
  '--values',
  '--pod-security-level',
  '--pod-security-version',
  '--best-practices',
]);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.length === 0) return { kind: 'usage-error', message: 'missing command (expected "check")' };
  const optionPart = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  if (optionPart.includes('--help') || optionPart.includes('-h')) return { kind: 'help' };
  const [command, ...rest] = argv;
  if (command !== 'check') return { kind: 'usage-error', message: `unknown command "${command ?? ''}" (expected "check")` };

  let format: OutputFormat = 'text';
  let kubernetesVersion: string | undefined;
  let language: Language = 'en';
  const schemas: string[] = [];
  const values: string[] = [];
  let podSecurityLevel: CheckOptions['podSecurityLevel'];
  let podSecurityVersion: string | undefined;
  let bestPractices: CheckOptions['bestPractices'];
  const paths: string[] = [];
  let render = true;
  let optionsEnded = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      paths.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    if (arg === '--no-render') {
      render = false;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    if (!VALUE_OPTIONS.has(name)) return { kind: 'usage-error', message: `unknown option "${name}"` };
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      value = rest[i + 1];
      i++;
    }
    if (value === undefined || value === '') return { kind: 'usage-error', message: `option ${name} needs a value` };
    if (name === '--format') {
      if (value !== 'text' && value !== 'json')
        return { kind: 'usage-error', message: `--format must be "text" or "json", not "${value}"` };
      format = value;
    } else if (name === '--language') {
      if (value !== 'en' && value !== 'ko') return { kind: 'usage-error', message: `--language must be "en" or "ko", not "${value}"` };
      language = value;
    } else if (name === '--schemas') {
      schemas.push(value);
    } else if (name === '--values') {
      values.push(value);
    } else if (name === '--pod-security-level') {
      if (value !== 'baseline' && value !== 'restricted')
        return { kind: 'usage-error', message: `--pod-security-level must be "baseline" or "restricted", not "${value}"` };
      podSecurityLevel = value;
    } else if (name === '--pod-security-version') {
      const version = value === 'latest' ? value : /^v?1\.(0|[1-9][0-9]*)$/.exec(value) ? `v${value.replace(/^v/, '')}` : undefined;
      if (version === undefined)
        return { kind: 'usage-error', message: `--pod-security-version must be "latest" or "v1.X", not "${value}"` };
      podSecurityVersion = version;
    } else if (name === '--best-practices') {
      if (value !== 'off' && value !== 'learner' && value !== 'strict')
        return { kind: 'usage-error', message: `--best-practices must be "off", "learner" or "strict", not "${value}"` };
      bestPractices = value;
    } else {
      kubernetesVersion = value;
    }
  }
  if (paths.length === 0) return { kind: 'usage-error', message: 'no files or directories to check' };
  if (podSecurityVersion !== undefined && podSecurityLevel === undefined)
    return { kind: 'usage-error', message: '--pod-security-version needs --pod-security-level' };
  return {
    kind: 'check',
    format,
    kubernetesVersion,
    language,
    schemas,
    podSecurityLevel,
    podSecurityVersion,
    bestPractices,
    paths,
    render,
    values,
  };
}

/**
 * `1.30`, `v1.30` and `1.30.2` all mean the minor version `1.30`; anything else is undefined.
 * The caller then checks the result against the versions the model knows.
 */
export function normalizeVersion(input: string): string | undefined {
  const match = /^v?(\d+)\.(\d+)(?:\.\d+)?$/.exec(input.trim());
  return match ? `${Number(match[1])}.${Number(match[2])}` : undefined;
}
