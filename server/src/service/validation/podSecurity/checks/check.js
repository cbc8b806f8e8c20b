"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.POD_SECURITY_CODES = void 0;
exports.POD_SECURITY_CODES = [
    'pod-security-host-namespaces',
    'pod-security-privileged',
    'pod-security-capabilities',
    'pod-security-host-path',
    'pod-security-host-ports',
    'pod-security-apparmor',
    'pod-security-selinux',
    'pod-security-proc-mount',
    'pod-security-seccomp',
    'pod-security-sysctls',
    'pod-security-host-process',
    'pod-security-probe-host',
    'pod-security-volume-types',
    'pod-security-privilege-escalation',
    'pod-security-run-as-non-root',
    'pod-security-run-as-user',
];
//# sourceMappingURL=check.js.map