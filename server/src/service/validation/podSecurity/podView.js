"use strict";
// The pod as admission reads it: plain values (the document's `toJS()`), read defensively because the
// text may be mid-edit. A value of the wrong type counts as unset: the API server would reject it
// before Pod Security ever saw it.
Object.defineProperty(exports, "__esModule", { value: true });
exports.asObject = asObject;
exports.asList = asList;
exports.isSet = isSet;
exports.stringOf = stringOf;
exports.containersOf = containersOf;
exports.podParts = podParts;
exports.joinQuoted = joinQuoted;
function asObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}
function asList(value) {
    return Array.isArray(value) ? value : [];
}
function isSet(value) {
    return value !== undefined && value !== null;
}
function stringOf(value) {
    return typeof value === 'string' ? value : undefined;
}
/** Every container as admission visits them: init containers, containers, ephemeral containers. */
function containersOf(spec) {
    const out = [];
    for (const list of ['initContainers', 'containers', 'ephemeralContainers']) {
        asList(spec?.[list]).forEach((item, index) => {
            const container = asObject(item);
            if (!container)
                return;
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
function podParts(pod) {
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
function joinQuoted(names) {
    return names.map((n) => JSON.stringify(n)).join(', ');
}
//# sourceMappingURL=podView.js.map