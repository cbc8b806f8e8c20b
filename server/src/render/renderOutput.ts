// Reading what `helm template` and `kubectl kustomize` print: the rendered documents (with helm's
// `# Source:` comment naming the template of each) and their error messages, as places in files.

export interface RenderedDocument {
  /** The document's text, without its `---` line. */
  readonly text: string;
  /** The template that produced it, relative to the chart's parent folder (`web/templates/deployment.yaml`); undefined for kustomize. */
  readonly source: string | undefined;
}

/** Splits a multi-document stream at `---` lines; empty documents (a template rendering nothing) are dropped. */
export function splitRendered(stdout: string): RenderedDocument[] {
  const documents: RenderedDocument[] = [];
  let current: string[] = [];
  const flush = (): void => {
    const text = current.join('\n');
    current = [];
    if (!/^\s*[^\s#]/m.test(text)) return;
    const source = /^# Source: (.+)$/m.exec(text)?.[1]?.trim();
    documents.push({ text: text.endsWith('\n') ? text : `${text}\n`, source });
  };
  for (const line of stdout.split(/\r?\n/)) {
    if (/^---(\s|$)/.test(line)) flush();
    else current.push(line);
  }
  flush();
  return documents;
}

/** A render failure placed in a file (relative to the chart's parent folder for helm) when the tool names one. */
export interface RenderFailure {
  readonly file: string | undefined;
  /** 1-based, when named. */
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly message: string;
  /** The tool could not reach the network or a repository: a notice, not a diagnostic. */
  readonly network: boolean;
  /** A dependency in Chart.yaml that is not in charts/: its name. */
  readonly missingDependency?: string;
}

const NETWORK =
  /dial tcp|no such host|i\/o timeout|connection refused|could not download|failed to fetch|TLS handshake|git (fetch|clone)|trouble cloning|network is unreachable/i;

/** The one message of a failed `helm template`, placed where helm says. */
export function helmFailure(stderr: string): RenderFailure {
  const text = stderr.replace(/\r/g, '');
  const errorLine = /^Error: (.+)$/m.exec(text)?.[1]?.trim() ?? text.trim().split('\n')[0] ?? '';
  const network = NETWORK.test(text);
  // execution error at (web/templates/deployment.yaml:41:21): image.repository is required
  const at = /\bat \(([^():]+):(\d+)(?::(\d+))?\): (.+)$/.exec(errorLine);
  if (at) return { file: at[1], line: Number(at[2]), column: at[3] ? Number(at[3]) : undefined, message: at[4] ?? errorLine, network };
  // template: web/templates/x.yaml:5:3: executing … / parse error at (web/templates/x.yaml:3): unexpected EOF
  const template = /template: ([^:\s]+):(\d+)(?::(\d+))?: (.+)$/.exec(errorLine);
  if (template)
    return {
      file: template[1],
      line: Number(template[2]),
      column: template[3] ? Number(template[3]) : undefined,
      message: template[4] ?? errorLine,
      network,
    };
  // YAML parse error on web/templates/cm.yaml: error converting YAML to JSON: yaml: line 4: did not find expected key
  const yamlError = /YAML parse error on ([^:\s]+): (.+)$/.exec(errorLine);
  if (yamlError) return { file: yamlError[1], line: undefined, column: undefined, message: yamlError[2] ?? errorLine, network };
  const dependency = /missing in charts\/ directory: (.+)$/.exec(errorLine);
  if (dependency)
    return {
      file: undefined,
      line: undefined,
      column: undefined,
      message: errorLine,
      network: false,
      missingDependency: dependency[1]?.split(',')[0]?.trim(),
    };
  return { file: undefined, line: undefined, column: undefined, message: errorLine, network };
}

/** The message of a failed `kubectl kustomize`, and the file or field it names (placed by the caller). */
export function kustomizeFailure(stderr: string): RenderFailure & { readonly names: readonly string[] } {
  const text = stderr.replace(/\r/g, '').trim();
  const message = (/^error: (.+)$/m.exec(text)?.[1] ?? text.split('\n')[0] ?? '').trim();
  // Quoted names in the message: a file ('missing.yaml') or a field ("foo").
  const names = [...message.matchAll(/['"]([^'"\s]+)['"]/g)].map((m) => m[1] ?? '').filter((n) => n !== '');
  // Helm charts and plugins need flags we do not pass (they fetch and execute more): not the user's mistake.
  const needsMore = /--enable-helm|enable-alpha-plugins|plugins? (are )?disabled/i.test(text);
  return { file: undefined, line: undefined, column: undefined, message, network: NETWORK.test(text) || needsMore, names };
}
