// The pod as admission reads it: plain values (the document's `toJS()`), read defensively because the
// text may be mid-edit. A value of the wrong type counts as unset: the API server would reject it
// before Pod Security ever saw it.

export type Path = readonly (string | number)[];

export type Plain = Readonly<Record<string, unknown>>;

/** A pod, or a workload's pod template: `metadata` (annotations) and `spec`. */
export interface PodInput {
  readonly metadata?: unknown;
  readonly spec?: unknown;
}

export function asObject(value: unknown): Plain | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Plain) : undefined;
}

export function asList(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

export function isSet(value: unknown): boolean {
  return value !== undefined && value !== null;
}

export function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export interface ContainerAt {
  readonly container: Plain;
  readonly name: string;
  /** From the pod: ['spec', 'initContainers', 0]. */
  readonly path: Path;
  /** The container's securityContext, when it is a map. */
  readonly securityContext: Plain | undefined;
}

/** Every container as admission visits them: init containers, containers, ephemeral containers. */
export function containersOf(spec: Plain | undefined): ContainerAt[] {
  const out: ContainerAt[] = [];
  for (const list of ['initContainers', 'containers', 'ephemeralContainers']) {
    asList(spec?.[list]).forEach((item, index) => {
      const container = asObject(item);
      if (!container) return;
      out.push({
        container,
        name: stringOf(container.name) ?? '',
        path: ['spec', list, index],
        securityContext: asObject(container.securityContext),
      });
    });
  }
  return out;
}

export interface PodParts {
  readonly annotations: Readonly<Record<string, unknown>>;
  readonly spec: Plain | undefined;
  readonly podSecurityContext: Plain | undefined;
  readonly containers: readonly ContainerAt[];
  /** `spec.os.name: windows`: some restricted controls do not apply from policy v1.25. */
  readonly windows: boolean;
  /** `spec.hostUsers: false`: the pod runs in its own user namespace. */
  readonly ownUserNamespace: boolean;
}

export function podParts(pod: PodInput): PodParts {
  const spec = asObject(pod.spec);
  return {
    annotations: asObject(asObject(pod.metadata)?.annotations) ?? {},
    spec,
    podSecurityContext: asObject(spec?.securityContext),
    containers: containersOf(spec),
    windows: asObject(spec?.os)?.name === 'windows',
    ownUserNamespace: spec?.hostUsers === false,
  };
}

/** `"a"`, `"a", "b"`: names quoted and joined as admission lists them. */
export function joinQuoted(names: readonly string[]): string {
  return names.map((n) => JSON.stringify(n)).join(', ');
}
