// Which files the workspace's kustomizations list as patches. A strategic merge patch is a partial
// object (no "missing selector"), and a JSON 6902 patch is a list of operations, not a manifest;
// neither is a real object for checks across resources.
import type { Diagnostic } from 'vscode-languageserver-types';
import { isSeq } from 'yaml';
import type { Manifest } from '../document/manifest';
import { CROSS_CODES } from '../validation/crossChecks';
import { isKustomizationUri, namedPaths, resolveUri } from './paths';

export type PatchKind = 'strategic' | 'json6902';

/** Whether a file is a kustomization: by its name, or by a document that says so. */
export function isKustomization(uri: string, manifest: Manifest): boolean {
  const first = manifest.documents.find((d) => d.chunk.yaml.contents !== null)?.chunk.identity;
  const kustomizeApi = first?.apiVersion?.startsWith('kustomize.config.k8s.io/') === true;
  // Another tool's object under that name (Flux's kustomize.toolkit.fluxcd.io Kustomization) is a manifest.
  if (isKustomizationUri(uri)) return first?.apiVersion === undefined || kustomizeApi;
  return kustomizeApi && (first?.kind === 'Kustomization' || first?.kind === 'Component');
}

export class KustomizePatches {
  /** Per kustomization, the patch files it names. */
  private readonly byKustomization = new Map<string, ReadonlyMap<string, PatchKind>>();
  private readonly counts = new Map<string, { strategic: number; json6902: number }>();

  /** Records what a kustomization names; true when the set of patch files changed. */
  update(uri: string, manifest: Manifest | undefined): boolean {
    const next = new Map<string, PatchKind>();
    for (const document of manifest?.documents ?? []) {
      for (const named of namedPaths(document.chunk)) {
        if (named.role !== 'patch' && named.role !== 'json6902') continue;
        const target = resolveUri(uri, named.path);
        if (target) next.set(target, named.role === 'patch' ? 'strategic' : 'json6902');
      }
    }
    const previous = this.byKustomization.get(uri);
    if (previous && previous.size === next.size && [...next].every(([k, v]) => previous.get(k) === v)) return false;
    if (!previous && next.size === 0) return false;
    for (const [target, kind] of previous ?? []) this.count(target, kind, -1);
    for (const [target, kind] of next) this.count(target, kind, 1);
    if (next.size === 0) this.byKustomization.delete(uri);
    else this.byKustomization.set(uri, next);
    return true;
  }

  forget(uri: string): boolean {
    return this.update(uri, undefined);
  }

  forgetUnder(prefix: string): boolean {
    let changed = false;
    for (const uri of [...this.byKustomization.keys()]) if (uri.startsWith(prefix)) changed = this.forget(uri) || changed;
    return changed;
  }

  /** How a file is used as a patch; a file named both ways counts as a strategic merge patch. */
  kindOf(uri: string): PatchKind | undefined {
    const count = this.counts.get(uri);
    if (!count) return undefined;
    return count.strategic > 0 ? 'strategic' : 'json6902';
  }

  private count(uri: string, kind: PatchKind, delta: number): void {
    const count = this.counts.get(uri) ?? { strategic: 0, json6902: 0 };
    count[kind === 'strategic' ? 'strategic' : 'json6902'] += delta;
    if (count.strategic <= 0 && count.json6902 <= 0) this.counts.delete(uri);
    else this.counts.set(uri, count);
  }
}

/** What a partial object cannot be judged on: fields the base supplies, and relations to other objects. */
const PARTIAL_UNKNOWABLE = new Set<string>([
  'required-field',
  'selector-mismatch',
  'undefined-volume',
  'undefined-port-name',
  'implicit-always-pull',
  'job-restart-policy',
  ...CROSS_CODES,
]);

const SYNTAX_CODES = new Set(['yaml-syntax', 'tab-indent', 'duplicate-key']);

/**
 * The diagnostics that still hold for a patch: unknown fields and wrong types do, missing fields do
 * not; `$patch`, `$setElementOrder/…` and `$retainKeys` are strategic merge directives, not fields.
 */
export function patchDiagnostics(kind: PatchKind, manifest: Manifest, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  // `patches` takes both forms: a list of operations is JSON 6902 whatever lists it.
  const operations = manifest.documents.length > 0 && manifest.documents.every((d) => isSeq(d.chunk.yaml.contents));
  if (kind === 'json6902' || operations) return diagnostics.filter((d) => SYNTAX_CODES.has(String(d.code)));
  return diagnostics.filter((d) => {
    const code = String(d.code);
    if (PARTIAL_UNKNOWABLE.has(code)) return false;
    if (code === 'unknown-field' || code === 'misplaced-field') {
      const start = manifest.lines.offsetAt(d.range.start);
      if (
        manifest.text
          .slice(start, start + 2)
          .replace(/^["']/, '')
          .startsWith('$')
      )
        return false;
    }
    return true;
  });
}
