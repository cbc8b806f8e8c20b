import type { Check } from './check';
export declare const RESTRICTED_CHECKS: readonly Check[];
