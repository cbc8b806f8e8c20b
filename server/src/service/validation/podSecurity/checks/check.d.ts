import type { Path, PodParts } from '../podView';
export declare const POD_SECURITY_CODES: readonly ["pod-security-host-namespaces", "pod-security-privileged", "pod-security-capabilities", "pod-security-host-path", "pod-security-host-ports", "pod-security-apparmor", "pod-security-selinux", "pod-security-proc-mount", "pod-security-seccomp", "pod-security-sysctls", "pod-security-host-process", "pod-security-probe-host", "pod-security-volume-types", "pod-security-privilege-escalation", "pod-security-run-as-non-root", "pod-security-run-as-user"];
export type PodSecurityCode = (typeof POD_SECURITY_CODES)[number];
/** A value a quick fix writes at a path; a list means "the list must hold these entries". */
export interface FieldSetting {
    readonly path: Path;
    readonly value: string | number | boolean | readonly string[];
}
/** One place that makes admission refuse the pod. */
export interface Violation {
    readonly check: string;
    readonly code: PodSecurityCode;
    /** Admission's reason, as it prints it: `allowPrivilegeEscalation != false`. */
    readonly reason: string;
    /** Admission's detail for this place: `container "web" must set securityContext.allowPrivilegeEscalation=false`. */
    readonly detail: string;
    /** The field at fault, from the pod (`metadata`/`spec`). */
    readonly at: Path;
    /** The field is absent: the finding goes on the nearest field that is there. */
    readonly missing?: boolean;
    /** The one field that makes this place pass. */
    readonly fix?: readonly FieldSetting[];
    /** The container this is about, when it is one (its path from the pod). */
    readonly container?: Path;
}
export interface CheckRevision {
    /** The first policy minor version this revision applies to. */
    readonly since: number;
    readonly run: (pod: PodParts) => Violation[];
    /** Baseline checks this restricted revision replaces. */
    readonly overrides?: readonly string[];
}
export interface Check {
    readonly id: string;
    readonly level: 'baseline' | 'restricted';
    readonly code: PodSecurityCode;
    /** Oldest first. */
    readonly revisions: readonly CheckRevision[];
}
