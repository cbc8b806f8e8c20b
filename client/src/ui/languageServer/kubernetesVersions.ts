// The Kubernetes versions Podwright can target. The single source is the enum of the
// `podwright.kubernetesVersion` setting in package.json, so the quick pick, the setting's
// validation and the manifest cannot drift apart.

interface ManifestShape {
  contributes?: { configuration?: { properties?: Record<string, { enum?: unknown[]; default?: unknown }> } };
}

export interface KubernetesVersions {
  /** Newest first. */
  readonly all: readonly string[];
  readonly defaultVersion: string;
}

export function kubernetesVersionsFrom(packageJson: unknown): KubernetesVersions {
  const setting = (packageJson as ManifestShape).contributes?.configuration?.properties?.['podwright.kubernetesVersion'];
  // `cluster` is a choice of the setting, not a version Podwright models.
  const all = (setting?.enum ?? []).filter((value): value is string => typeof value === 'string' && /^\d+\.\d+$/.test(value));
  all.sort((a, b) => compareVersions(b, a));
  const fallback = all[0] ?? '';
  const defaultVersion = typeof setting?.default === 'string' ? setting.default : fallback;
  return { all, defaultVersion };
}

function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}
