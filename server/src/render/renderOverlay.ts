// `kubectl kustomize` over an overlay, its output checked and mapped back to the patches and
// resources of the kustomization tree; a failed build becomes a diagnostic on the kustomization
// line that names what failed.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { isMap, isScalar, isSeq } from 'yaml';
import { parseManifest, type Manifest } from '../service/document/manifest';
import type { ModelData, ServiceSettings } from '../service/index';
import { isRemoteOrPattern, KUSTOMIZATION_FILE_NAMES, namedPaths, resolveUri } from '../service/kustomize/paths';
import { checkRendered, type RenderOutcome } from './checkRendered';
import { mapFindings, type RenderedObject, type SourceFile } from './mapFindings';
import { kustomizeFailure, splitRendered } from './renderOutput';
import { renderMessages } from './renderMessages';
import { runTool } from './runTool';

export const KUSTOMIZE_SOURCE = 'podwright (kubectl kustomize)';

export interface OverlayRender {
  readonly dir: string;
  readonly kubectl: string;
  readonly model: ModelData;
  readonly settings: Partial<ServiceSettings> & Pick<ServiceSettings, 'language'>;
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
}

/** The kustomization file of a folder, if it has one. */
export function kustomizationIn(dir: string): string | undefined {
  for (const name of KUSTOMIZATION_FILE_NAMES) {
    const path = join(dir, name);
    if (existsSync(path)) return path;
  }
  return undefined;
}

interface Tree {
  /** A resource or component fetched from the network (a URL, `github.com/…`): never built on save. */
  remote: string | undefined;
  readonly kustomizations: SourceFile[];
  readonly patches: SourceFile[];
  readonly resources: SourceFile[];
}

function readSource(path: string): SourceFile | undefined {
  try {
    return { uri: pathToFileURL(path).href, text: readFileSync(path, 'utf8') };
  } catch {
    return undefined;
  }
}

/** Every kustomization, patch and resource file the overlay reaches, the overlay's own first. */
function treeOf(dir: string): Tree {
  const tree: Tree = { remote: undefined, kustomizations: [], patches: [], resources: [] };
  const seen = new Set<string>();
  const visit = (folder: string): void => {
    const file = kustomizationIn(folder);
    if (!file || seen.has(file)) return;
    seen.add(file);
    const source = readSource(file);
    if (!source) return;
    tree.kustomizations.push(source);
    const manifest = parseManifest(source.text);
    tree.remote ??= remoteIn(manifest);
    for (const document of manifest.documents) {
      for (const named of namedPaths(document.chunk)) {
        const uri = resolveUri(source.uri, named.path);
        if (!uri) continue;
        const path = fileURLToPath(uri);
        let isDir = false;
        try {
          isDir = statSync(path).isDirectory();
        } catch {
          continue;
        }
        if (isDir && (named.role === 'resource' || named.role === 'component')) visit(path);
        else if (!isDir && (named.role === 'patch' || named.role === 'json6902')) pushSource(tree.patches, path);
        else if (!isDir && named.role === 'resource') pushSource(tree.resources, path);
      }
    }
  };
  const pushSource = (list: SourceFile[], path: string): void => {
    const source = readSource(path);
    if (source && !list.some((s) => s.uri === source.uri)) list.push(source);
  };
  visit(dir);
  return tree;
}

/** The first resource or component that kustomize would fetch over the network. */
function remoteIn(manifest: Manifest): string | undefined {
  for (const document of manifest.documents) {
    for (const key of ['resources', 'components', 'bases']) {
      const list = document.chunk.yaml.get(key, true);
      if (!isSeq(list)) continue;
      for (const item of list.items) {
        if (isScalar(item) && typeof item.value === 'string' && isRemoteOrPattern(item.value) && !/[*?[\]]/.test(item.value))
          return item.value;
      }
    }
  }
  return undefined;
}

/** Files that declare this kind first: a finding on a Deployment is looked for in Deployment patches before Service ones. */
function byKind(files: readonly SourceFile[], kind: string | undefined): SourceFile[] {
  if (!kind) return [...files];
  const declares = (f: SourceFile): boolean => new RegExp(`^kind:\\s*${kind}\\s*$`, 'm').test(f.text);
  return [...files.filter(declares), ...files.filter((f) => !declares(f))];
}

/** The image name of a rendered `image:` line, without tag or digest. */
function imageName(line: string): string | undefined {
  const image = /^\s*(?:-\s+)?image:\s*["']?([^"'\s]+)["']?\s*$/.exec(line)?.[1];
  if (!image) return undefined;
  const withoutDigest = image.split('@')[0] ?? image;
  const colon = withoutDigest.lastIndexOf(':');
  return colon > withoutDigest.lastIndexOf('/') ? withoutDigest.slice(0, colon) : withoutDigest;
}

/** The `images` entry of a kustomization that produced a rendered image: its newTag, digest or newName line. */
function imageOverride(kustomizations: readonly SourceFile[], renderedLine: string): { file: SourceFile; line: number } | undefined {
  const name = imageName(renderedLine);
  if (!name) return undefined;
  for (const file of kustomizations) {
    const document = parseManifest(file.text).documents[0];
    const images = document?.chunk.yaml.get('images', true);
    if (!document || !isSeq(images)) continue;
    for (const entry of images.items) {
      if (!isMap(entry)) continue;
      const produced = entry.get('newName') ?? entry.get('name');
      if (produced !== name) continue;
      for (const key of ['newTag', 'digest', 'newName', 'name']) {
        const node = entry.get(key, true);
        if (isScalar(node) && node.range) return { file, line: file.text.slice(0, document.start + node.range[0]).split('\n').length - 1 };
      }
    }
  }
  return undefined;
}

/** The resource file that defines the rendered object (a name prefix or suffix may have been added). */
function homeOf(resources: readonly SourceFile[], manifest: Manifest): SourceFile | undefined {
  const chunk = manifest.documents[0]?.chunk;
  const name = chunk?.yaml.getIn(['metadata', 'name']);
  const kind = chunk?.identity.kind;
  return resources.find((file) =>
    parseManifest(file.text).documents.some((d) => {
      const own = d.chunk.yaml.getIn(['metadata', 'name']);
      return d.chunk.identity.kind === kind && typeof own === 'string' && typeof name === 'string' && name.includes(own);
    }),
  );
}

function failureDiagnostic(tree: Tree, dir: string, names: readonly string[], message: string): [string, Diagnostic] {
  // Kustomize nests its causes ("accumulating resources from '../base': … 'services.yaml' …"): the innermost, last, first.
  for (const name of [...names].reverse()) {
    for (const file of tree.kustomizations) {
      const lines = file.text.split('\n');
      const absolute = name.startsWith('/');
      const index = lines.findIndex((line) => {
        const entry = /^\s*(?:-\s+)?(?:path:\s*)?["']?([^"'#\s]+)["']?\s*$/.exec(line)?.[1];
        if (absolute) return entry !== undefined && !entry.endsWith(':') && resolve(dirname(fileURLToPath(file.uri)), entry) === name;
        return new RegExp(`^\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`).test(line);
      });
      if (index >= 0) {
        const content = lines[index] ?? '';
        const start = content.length - content.trimStart().length;
        return [
          file.uri,
          {
            range: { start: { line: index, character: start }, end: { line: index, character: content.trimEnd().length } },
            severity: DiagnosticSeverity.Error,
            code: 'kustomize-render',
            source: KUSTOMIZE_SOURCE,
            message,
          },
        ];
      }
    }
  }
  const own = kustomizationIn(dir) ?? join(dir, 'kustomization.yaml');
  return [
    pathToFileURL(own).href,
    {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Error,
      code: 'kustomize-render',
      source: KUSTOMIZE_SOURCE,
      message,
    },
  ];
}

export async function renderOverlay(request: OverlayRender): Promise<RenderOutcome> {
  const say = renderMessages(request.settings.language);
  // Nothing is downloaded on save: an overlay built from remote bases is not rendered.
  const remote = treeOf(request.dir).remote;
  if (remote !== undefined) return { kind: 'notice', reason: 'network', message: say.network('kubectl', remote) };
  const result = await runTool(request.kubectl, ['kustomize', request.dir], {
    cwd: request.dir,
    ...(request.signal ? { signal: request.signal } : {}),
    ...(request.timeoutMs ? { timeoutMs: request.timeoutMs } : {}),
  });
  if (result.status === 'cancelled') return { kind: 'cancelled' };
  if (result.status === 'missing')
    return { kind: 'notice', reason: 'missing', message: say.toolMissing('kubectl', 'podwright.kubectl.path') };
  if (result.status === 'timeout')
    return { kind: 'notice', reason: 'timeout', message: say.timedOut('kubectl', Math.round((request.timeoutMs ?? 30_000) / 1000)) };
  const tree = treeOf(request.dir);
  const diagnostics = new Map<string, Diagnostic[]>();
  for (const file of [...tree.kustomizations, ...tree.patches, ...tree.resources]) diagnostics.set(file.uri, []);
  if (result.status === 'failed') {
    const failure = kustomizeFailure(result.stderr);
    if (failure.network) return { kind: 'notice', reason: 'network', message: say.network('kubectl', failure.message) };
    const [uri, diagnostic] = failureDiagnostic(tree, request.dir, failure.names, say.kustomizeFailed(failure.message));
    diagnostics.set(uri, [diagnostic]);
    return { kind: 'checked', diagnostics };
  }
  const rendered = splitRendered(result.stdout);
  const checked = checkRendered(
    request.model,
    request.settings,
    rendered.map((d) => d.text),
  );
  const objects: RenderedObject[] = checked.map((object) => {
    const kind = object.manifest.documents[0]?.chunk.identity.kind;
    return {
      ...object,
      candidates: [...byKind(tree.patches, kind), ...byKind(tree.resources, kind), ...tree.kustomizations],
      home: homeOf(tree.resources, object.manifest) ?? tree.kustomizations[0],
      locate: (line: string) => imageOverride(tree.kustomizations, line),
    };
  });
  for (const [uri, list] of mapFindings(objects, KUSTOMIZE_SOURCE, request.settings.language)) diagnostics.set(uri, list);
  return { kind: 'checked', diagnostics };
}
