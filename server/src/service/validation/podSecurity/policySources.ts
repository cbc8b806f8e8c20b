// Which Pod Security policies apply to an object: its Namespace's labels when the workspace holds
// that Namespace, else the `podwright.podSecurity` setting. Namespaces are resolved as kubectl does:
// an object without `metadata.namespace` goes wherever it is applied, so only the setting speaks for it.
import type { ServiceSettings } from '../../settings';
import { folderOf } from '../../workspace/places';
import type { IndexView } from '../../workspace/workspaceIndex';
import type { PolicySource } from '../messages/podSecurity';
import { parsePolicyVersion, policiesOfLabels, MODES, LATEST, type LevelVersion } from './policy';

export interface AppliedPolicy {
  readonly source: PolicySource;
  readonly policy: LevelVersion;
}

function labelsKey(labels: Readonly<Record<string, string>> | undefined): string {
  return JSON.stringify(Object.entries(labels ?? {}).sort());
}

/**
 * The pod-security labels of the Namespace `name` as the checked file sees it. Definitions that
 * disagree (dev/ and prod/ folders) are settled by the file's own folder; when even that is
 * ambiguous the workspace does not say.
 */
function namespaceLabels(index: IndexView, name: string, uri: string): Readonly<Record<string, string>> | undefined {
  const all = index.named('Namespace', name);
  if (all.length === 0) return undefined;
  const distinct = (list: typeof all): Set<string> => new Set(list.map((o) => labelsKey(o.podSecurityLabels)));
  if (distinct(all).size === 1) return all[0]?.podSecurityLabels;
  const near = all.filter((o) => folderOf(o.uri) === folderOf(uri));
  return near.length > 0 && distinct(near).size === 1 ? near[0]?.podSecurityLabels : undefined;
}

export function policiesFor(index: IndexView, namespace: string | undefined, uri: string, settings: ServiceSettings): AppliedPolicy[] {
  const labels = namespace === undefined ? undefined : namespaceLabels(index, namespace, uri);
  if (namespace !== undefined && labels !== undefined) {
    const byMode = policiesOfLabels(labels);
    const out: AppliedPolicy[] = [];
    for (const mode of MODES) {
      const policy = byMode[mode];
      if (policy && policy.level !== 'privileged') out.push({ source: { kind: 'namespace', mode, namespace }, policy });
    }
    if (out.length > 0 || Object.keys(byMode).length > 0) return out;
  }
  const setting = settings.podSecurity;
  if (!setting || setting.level === 'off') return [];
  return [{ source: { kind: 'setting' }, policy: { level: setting.level, version: parsePolicyVersion(setting.version) ?? LATEST } }];
}
