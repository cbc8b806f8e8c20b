export type Path = readonly (string | number)[];
export type Plain = Readonly<Record<string, unknown>>;
/** A pod, or a workload's pod template: `metadata` (annotations) and `spec`. */
export interface PodInput {
    readonly metadata?: unknown;
    readonly spec?: unknown;
}
export declare function asObject(value: unknown): Plain | undefined;
export declare function asList(value: unknown): readonly unknown[];
export declare function isSet(value: unknown): boolean;
export declare function stringOf(value: unknown): string | undefined;
export interface ContainerAt {
    readonly container: Plain;
    readonly name: string;
    /** From the pod: ['spec', 'initContainers', 0]. */
    readonly path: Path;
    /** The container's securityContext, when it is a map. */
    readonly securityContext: Plain | undefined;
}
/** Every container as admission visits them: init containers, containers, ephemeral containers. */
export declare function containersOf(spec: Plain | undefined): ContainerAt[];
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
export declare function podParts(pod: PodInput): PodParts;
/** `"a"`, `"a", "b"`: names quoted and joined as admission lists them. */
export declare function joinQuoted(names: readonly string[]): string;
