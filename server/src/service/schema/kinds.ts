// Which modelled kind a document is, and the type its root object has.
import type { DocumentIdentity } from '../document/manifest';
import type { KindDef, TypeModel } from './model';

export interface DocumentKind {
  readonly def: KindDef;
  /** True when `kind` is modelled but `apiVersion` is not the one it is served under. */
  readonly apiVersionMismatch: boolean;
}

/**
 * Documents without apiVersion and kind, or of kinds we do not model, get nothing from us beyond
 * YAML syntax. Custom resources are typed once their schema is known (`TypeModel.setCustom`). A modelled kind under a wrong apiVersion is still typed, so the user gets help while
 * the wrong-api-version diagnostic explains the mistake.
 */
export function documentKind(model: TypeModel, identity: DocumentIdentity): DocumentKind | undefined {
  if (identity.kind === undefined || identity.apiVersion === undefined) return undefined;
  const exact = model.kind(identity.apiVersion, identity.kind);
  if (exact) return { def: exact, apiVersionMismatch: false };
  if (isCustomGroupVersion(model, identity.apiVersion)) {
    // A custom kind under a version its CRD does not serve: typed as the version it does serve.
    const sameGroup = customKindInOtherVersions(model, identity.apiVersion, identity.kind)[0];
    return sameGroup ? { def: sameGroup, apiVersionMismatch: true } : undefined;
  }
  const byName = model.kindsNamed(identity.kind);
  const first = byName[0];
  return byName.length === 1 && first ? { def: first, apiVersionMismatch: true } : undefined;
}

/** `example.com/v1` → `example.com`; '' for the core group (`v1`). */
export function groupOf(apiVersion: string): string {
  const slash = apiVersion.lastIndexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

/** The custom kinds named `kind` in the group of `apiVersion`, under their other versions. */
export function customKindInOtherVersions(model: TypeModel, apiVersion: string, kind: string): KindDef[] {
  const group = groupOf(apiVersion);
  if (group === '') return [];
  return model.customKindsOfGroup(group).filter((k) => k.kind === kind && k.apiVersion !== apiVersion);
}

/**
 * A group version that Kubernetes does not serve and whose group is a domain outside Kubernetes'
 * own (`serving.knative.dev/v1`): custom resources may reuse built-in kind names (Knative's
 * `Service`), so such a document is never typed as the built-in kind. Groups under `k8s.io` and
 * `kubernetes.io` are reserved to Kubernetes, so an unknown one there is a typo.
 */
export function isCustomGroupVersion(model: TypeModel, apiVersion: string): boolean {
  if (model.isBuiltInGroupVersion(apiVersion)) return false;
  const slash = apiVersion.indexOf('/');
  if (slash < 0) return false;
  const group = apiVersion.slice(0, slash);
  return group.includes('.') && !/(^|\.)(k8s|kubernetes)\.io$/.test(group);
}
