// Deny rules: the test server's stand-in for a validating admission webhook. A rule names a kind
// and a field (a dotted path, `[n]` for list items) and refuses objects whose field holds the
// given value (or is set at all), answering as the API server relays a webhook's denial: 403,
// `admission webhook "NAME" denied the request: MESSAGE`, the webhook's causes kept.
import { isObj, meta, type Obj } from '../objects';
import { ApiError, status } from '../status';

export interface DenyRule {
  /** The webhook's name as the message quotes it (`policy.example.com`). */
  readonly webhook: string;
  readonly kind: string;
  /** `spec.hostNetwork`, `spec.containers[0].image`. */
  readonly field: string;
  /** Refuse only this value; any value when absent. */
  readonly equals?: unknown;
  readonly message: string;
  /** A warning the webhook returns instead of refusing (admission webhooks may warn). */
  readonly warnOnly?: boolean;
}

function valueAt(obj: Obj, field: string): { found: boolean; value: unknown } {
  let current: unknown = obj;
  for (const part of field.split('.')) {
    const match = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part);
    if (!match || !isObj(current) || !((match[1] ?? '') in current)) return { found: false, value: undefined };
    current = current[match[1] ?? ''];
    for (const index of (match[2] ?? '').matchAll(/\[(\d+)\]/g)) {
      if (!Array.isArray(current)) return { found: false, value: undefined };
      current = (current as unknown[])[Number(index[1])];
    }
    if (current === undefined) return { found: false, value: undefined };
  }
  return { found: true, value: current };
}

function matches(rule: DenyRule, kind: string, obj: Obj): boolean {
  if (rule.kind !== kind) return false;
  const { found, value } = valueAt(obj, rule.field);
  return found && (rule.equals === undefined || JSON.stringify(rule.equals) === JSON.stringify(value));
}

/** Warnings of matching warn-only rules; throws the first matching denial. */
export function applyDenyRules(rules: readonly DenyRule[], kind: string, resource: string, obj: Obj): string[] {
  const warnings: string[] = [];
  for (const rule of rules) {
    if (!matches(rule, kind, obj)) continue;
    if (rule.warnOnly) {
      warnings.push(rule.message);
      continue;
    }
    throw new ApiError(
      status(403, 'Forbidden', `admission webhook "${rule.webhook}" denied the request: ${rule.message}`, {
        name: meta(obj).name ?? '',
        kind: resource,
        causes: [{ reason: 'FieldValueForbidden', message: rule.message, field: rule.field }],
      }),
    );
  }
  return warnings;
}
