// Which shell to start in a container: the configured one first (bash by default), then sh, which
// nearly every Linux image has; on Windows nodes PowerShell, then cmd. Missing shells are found by
// trying them (see missingShell.ts), as a person would, not by guessing from the image name.
import type { Pod } from '../../core/kube/kubeTypes';

const WINDOWS_SHELLS = ['powershell', 'pwsh', 'cmd'];

/** Whether the pod runs on Windows: `spec.os.name`, or a nodeSelector that pins it to Windows nodes. */
export function isWindowsPod(pod: Pick<Pod, 'spec'>): boolean {
  const spec = pod.spec;
  if (spec?.os?.name !== undefined) return spec.os.name.toLowerCase() === 'windows';
  return spec?.nodeSelector?.['kubernetes.io/os']?.toLowerCase() === 'windows';
}

function isWindowsShell(shell: string): boolean {
  const base = shell
    .replace(/^.*[\\/]/, '')
    .replace(/\.exe$/i, '')
    .toLowerCase();
  return WINDOWS_SHELLS.includes(base);
}

/**
 * The shells to try, in order. `configured` is the `podwright.exec.shell` setting: one executable
 * name or path, never a command line (it becomes argv[0] as it is).
 */
export function shellCandidates(configured: string | undefined, windows: boolean): string[] {
  const wanted = configured?.trim() ?? '';
  const ordered = windows
    ? [wanted !== '' && isWindowsShell(wanted) ? wanted : 'powershell', 'cmd']
    : [wanted !== '' && !isWindowsShell(wanted) ? wanted : 'bash', 'sh'];
  return ordered.filter((shell, index) => ordered.indexOf(shell) === index);
}
