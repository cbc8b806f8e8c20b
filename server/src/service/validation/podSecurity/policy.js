"use strict";
// Pod Security levels and policy versions as the admission controller reads them from a Namespace's
// `pod-security.kubernetes.io/*` labels (facts from the pod-security-admission `api` package).
Object.defineProperty(exports, "__esModule", { value: true });
exports.MODES = exports.LATEST = exports.NEWEST_POLICY_MINOR = void 0;
exports.policyName = policyName;
exports.isLevel = isLevel;
exports.parsePolicyVersion = parsePolicyVersion;
exports.isPodSecurityLabel = isPodSecurityLabel;
exports.policiesOfLabels = policiesOfLabels;
/**
 * The newest policy version any check has a revision for. Admission clamps `latest` and every newer
 * `v1.X` to it (v1.37 added the last safe sysctls).
 */
exports.NEWEST_POLICY_MINOR = 37;
exports.LATEST = { minor: exports.NEWEST_POLICY_MINOR, latest: true };
/** `restricted:latest`, `baseline:v1.25`: how admission names a policy in its answers. */
function policyName(policy) {
    return `${policy.level}:${policy.version.latest ? 'latest' : `v1.${policy.version.minor}`}`;
}
function isLevel(value) {
    return value === 'privileged' || value === 'baseline' || value === 'restricted';
}
/** `latest` or `v1.X` (admission's own pattern); undefined for anything else. */
function parsePolicyVersion(text) {
    if (text === 'latest')
        return exports.LATEST;
    const match = /^v1\.(0|[1-9][0-9]*)$/.exec(text);
    if (!match)
        return undefined;
    const minor = Number(match[1]);
    // A version newer than every check revision is evaluated as the newest one.
    return { minor: Math.min(minor, exports.NEWEST_POLICY_MINOR), latest: false };
}
exports.MODES = ['enforce', 'warn', 'audit'];
const PREFIX = 'pod-security.kubernetes.io/';
function isPodSecurityLabel(key) {
    return key.startsWith(PREFIX);
}
/**
 * The policy each mode of a namespace applies, as admission resolves the labels: a mode without a
 * level label is not in force (the cluster's default is unknown here, and usually privileged); an
 * invalid enforce level means restricted, an invalid warn or audit level means privileged (admission
 * fails closed for enforce and open for the others); an invalid version means latest.
 */
function policiesOfLabels(labels) {
    const out = {};
    for (const mode of exports.MODES) {
        const levelText = labels[`${PREFIX}${mode}`];
        if (levelText === undefined)
            continue;
        const level = isLevel(levelText) ? levelText : mode === 'enforce' ? 'restricted' : 'privileged';
        const versionText = labels[`${PREFIX}${mode}-version`];
        const version = versionText === undefined ? exports.LATEST : (parsePolicyVersion(versionText) ?? exports.LATEST);
        out[mode] = { level, version };
    }
    return out;
}
//# sourceMappingURL=policy.js.map