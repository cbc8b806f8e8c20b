// Validating admission, after defaulting and validation as in the API server: the deny rules (a
// webhook's stand-in), ResourceQuota and Pod Security. Dry runs go through it like real writes
// (admission plugins see the dry-run flag and store nothing either way). Warnings gathered before a
// refusal still travel with it as `Warning` headers.
import { isObj, meta, type Obj } from '../objects';
import type { ResourceType } from '../resources';
import { ApiError } from '../status';
import type { Store } from '../store';
import { warningHeaders } from '../http/respond';
import { applyDenyRules, type DenyRule } from './denyRules';
import { admitPodSecurity, type PodSecurityJudge } from './podSecurityAdmission';
import { admitQuota } from './resourceQuota';

export type { DenyRule, PodSecurityJudge };

function labelsOf(obj: Obj | undefined): Record<string, string> {
  const labels = obj ? meta(obj).labels : undefined;
  if (!isObj(labels)) return {};
  return Object.fromEntries(Object.entries(labels).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

export class ValidatingAdmission {
  private rules: DenyRule[] = [];
  /** Pod Security's verdicts; none until the server is given a judge. */
  podSecurity: PodSecurityJudge | undefined;

  constructor(private readonly store: Store) {}

  /** Adds a deny rule; returns a function that removes it. */
  addDenyRule(rule: DenyRule): () => void {
    this.rules.push(rule);
    return () => {
      this.rules = this.rules.filter((r) => r !== rule);
    };
  }

  /** The warnings of an allowed write; throws the refusal (with earlier warnings as headers). */
  admit(type: ResourceType, obj: Obj, live: Obj | undefined): string[] {
    const warnings: string[] = [];
    try {
      const namespace = type.namespaced ? (meta(obj).namespace ?? '') : '';
      warnings.push(...applyDenyRules(this.rules, type.kind, type.resource, obj));
      if (type.kind === 'Pod' && !live) admitQuota(this.store, namespace, obj);
      if (type.namespaced && this.podSecurity)
        warnings.push(...admitPodSecurity(this.podSecurity, type.kind, obj, live, labelsOf(this.store.get('namespaces', '', namespace))));
      return warnings;
    } catch (error) {
      if (error instanceof ApiError && warnings.length > 0) {
        throw new ApiError(error.status, { ...error.headers, Warning: warningHeaders(warnings).join(', ') });
      }
      throw error;
    }
  }
}
