// Which shell to try first: the one that last worked in the same image (Windows images differ:
// nanoserver has cmd but no PowerShell), and whether the pod runs on a Windows node at all, which
// a pod spec does not always say (a Windows-only node pool may rely on taints, not selectors).
import type { KubeObject } from '../../core/kube/kubeObject';
import type { Pod } from '../../core/kube/kubeTypes';
import { isWindowsPod } from './shells';

/** Where the choice is kept (VS Code's globalState in the extension; a Map in tests). */
export interface ShellMemoryStore {
  get(key: string): unknown;
  update(key: string, value: unknown): PromiseLike<void> | void;
}

const KEY = 'podwright.exec.shellByImage';
/** Kept per image; the oldest are dropped beyond this many. */
const LIMIT = 200;

export class ShellMemory {
  constructor(private readonly store: ShellMemoryStore) {}

  private all(): Record<string, string> {
    const value = this.store.get(KEY);
    if (typeof value !== 'object' || value === null) return {};
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
  }

  /** The shell that last worked in this image. */
  remembered(image: string): string | undefined {
    return this.all()[image];
  }

  async remember(image: string, shell: string): Promise<void> {
    const all = this.all();
    if (all[image] === shell) return;
    delete all[image];
    all[image] = shell;
    const entries = Object.entries(all);
    await this.store.update(KEY, Object.fromEntries(entries.slice(Math.max(0, entries.length - LIMIT))));
  }

  /** The candidates with the remembered shell first (only if it is one of them). */
  order(candidates: readonly string[], image: string | undefined): string[] {
    const first = image !== undefined ? this.remembered(image) : undefined;
    if (first === undefined || !candidates.includes(first)) return [...candidates];
    return [first, ...candidates.filter((shell) => shell !== first)];
  }
}

/** A Node labelled `kubernetes.io/os: windows` (or the older beta label). */
export function isWindowsNode(node: KubeObject | undefined): boolean {
  const labels = node?.metadata?.labels ?? {};
  return (labels['kubernetes.io/os'] ?? labels['beta.kubernetes.io/os'])?.toLowerCase() === 'windows';
}

/**
 * Whether the pod runs on Windows: its spec says so, or its node is labelled Windows. Reading the
 * node may be forbidden (namespace-scoped RBAC): then the spec decides.
 */
export async function runsOnWindows(pod: Pick<Pod, 'spec'>, readNode: (name: string) => Promise<KubeObject>): Promise<boolean> {
  if (isWindowsPod(pod)) return true;
  if (pod.spec?.os?.name !== undefined) return false;
  const nodeName = pod.spec?.nodeName;
  if (nodeName === undefined || nodeName === '') return false;
  return isWindowsNode(await readNode(nodeName).catch(() => undefined));
}
