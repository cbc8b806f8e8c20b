export type PodSecurityLevel = 'privileged' | 'baseline' | 'restricted';
export type PodSecurityMode = 'enforce' | 'warn' | 'audit';
/**
 * The newest policy version any check has a revision for. Admission clamps `latest` and every newer
 * `v1.X` to it (v1.37 added the last safe sysctls).
 */
export declare const NEWEST_POLICY_MINOR = 37;
/** A policy version: a minor of Kubernetes 1.x; `latest` keeps its name for messages. */
export interface PolicyVersion {
    readonly minor: number;
    readonly latest: boolean;
}
export declare const LATEST: PolicyVersion;
export interface LevelVersion {
    readonly level: PodSecurityLevel;
    readonly version: PolicyVersion;
}
/** `restricted:latest`, `baseline:v1.25`: how admission names a policy in its answers. */
export declare function policyName(policy: LevelVersion): string;
export declare function isLevel(value: string): value is PodSecurityLevel;
/** `latest` or `v1.X` (admission's own pattern); undefined for anything else. */
export declare function parsePolicyVersion(text: string): PolicyVersion | undefined;
export declare const MODES: readonly PodSecurityMode[];
export declare function isPodSecurityLabel(key: string): boolean;
/**
 * The policy each mode of a namespace applies, as admission resolves the labels: a mode without a
 * level label is not in force (the cluster's default is unknown here, and usually privileged); an
 * invalid enforce level means restricted, an invalid warn or audit level means privileged (admission
 * fails closed for enforce and open for the others); an invalid version means latest.
 */
export declare function policiesOfLabels(labels: Readonly<Record<string, string>>): Partial<Record<PodSecurityMode, LevelVersion>>;
