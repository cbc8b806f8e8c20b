import { type ContainerAt, type Path, type PodParts } from '../podView';
import type { Check, Violation } from './check';
/** The capabilities a container runtime grants by default; baseline allows adding only these. */
export declare const BASELINE_CAPABILITIES: ReadonlySet<string>;
/** Each entry of `capabilities.add` that `allowed` does not hold. */
export declare function addedCapabilities(c: ContainerAt, allowed: (name: string) => boolean): {
    name: string;
    at: Path;
}[];
/** procMount must be unset or `Default` (v1.0). */
export declare function procMountDefault(pod: PodParts): Violation[];
export declare function validSeccompType(type: unknown): boolean;
/** A seccompProfile that is set to something other than RuntimeDefault or Localhost (v1.19 fields). */
export declare function explicitSeccomp(owner: Record<string, unknown> | undefined, path: Path, who: string, check: string, container?: Path): Violation | undefined;
export declare const BASELINE_CHECKS: readonly Check[];
