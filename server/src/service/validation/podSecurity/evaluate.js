"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ALL_CHECKS = void 0;
exports.revisionsFor = revisionsFor;
exports.evaluatePod = evaluatePod;
// Evaluates a pod against one Pod Security level and version, as the admission controller does:
// for each check the newest revision at or below the version, restricted adding its checks and
// dropping the baseline checks its revisions replace.
const baseline_1 = require("./checks/baseline");
const restricted_1 = require("./checks/restricted");
const podView_1 = require("./podView");
exports.ALL_CHECKS = [...baseline_1.BASELINE_CHECKS, ...restricted_1.RESTRICTED_CHECKS];
function revisionAt(check, minor) {
    let found;
    for (const revision of check.revisions)
        if (revision.since <= minor)
            found = revision;
    return found;
}
/** The revisions in force for a policy; empty for privileged. */
function revisionsFor(policy) {
    if (policy.level === 'privileged')
        return [];
    const checks = policy.level === 'restricted' ? exports.ALL_CHECKS : baseline_1.BASELINE_CHECKS;
    const active = checks.flatMap((check) => {
        const revision = revisionAt(check, policy.version.minor);
        return revision ? [{ check, revision }] : [];
    });
    const overridden = new Set(active.flatMap(({ revision }) => revision.overrides ?? []));
    return active.filter(({ check }) => !overridden.has(check.id));
}
/** Every place that makes the policy refuse the pod; empty when admission allows it. */
function evaluatePod(pod, policy) {
    const parts = (0, podView_1.podParts)(pod);
    return revisionsFor(policy).flatMap(({ revision }) => revision.run(parts));
}
//# sourceMappingURL=evaluate.js.map