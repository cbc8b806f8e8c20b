import type { Check, CheckRevision, Violation } from './checks/check';
import type { LevelVersion } from './policy';
import { type PodInput } from './podView';
export declare const ALL_CHECKS: readonly Check[];
/** The revisions in force for a policy; empty for privileged. */
export declare function revisionsFor(policy: LevelVersion): {
    check: Check;
    revision: CheckRevision;
}[];
/** Every place that makes the policy refuse the pod; empty when admission allows it. */
export declare function evaluatePod(pod: PodInput, policy: LevelVersion): Violation[];
