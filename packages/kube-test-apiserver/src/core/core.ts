// The API server's object operations, independent of HTTP: create, update, patch, apply, delete,
// each with defaulting, admission, validation and managedFields, and dry runs that store nothing.
import { admitNamespace, admitPod, admitService, ClusterIpAllocator, generateName } from '../admission';
import { recordUpdate, readManagers, writeManagers } from '../apply/managedFields';
import { jsonMergePatch, jsonPatch, strategicMergePatch } from '../apply/patches';
import { serverSideApply } from '../apply/serverSideApply';
import { typedIssues } from '../apply/typed';
import { applyDefaults } from '../defaults';
import { clone, isObj, meta, timestamp, type Obj } from '../objects';
import { groupVersion, resourceByName, type ResourceType } from '../resources';
import type { Schema } from '../schema';
import type { Store } from '../store';
import { alreadyExists, ApiError, badRequest, internalError, invalid, modifiedConflict, notFound, status } from '../status';
import { validateObject, validateUpdate } from '../validation/validate';
import { required } from '../validation/fieldErrors';
import { checkUnknownFields, expectKind, parseBody, type FieldValidation } from './decode';
import { hasFinalizers, markDeleted, readyToRemove } from './finalizers';
import { ValidatingAdmission } from '../policy/validatingAdmission';

export interface WriteOptions {
  readonly dryRun: boolean;
  readonly fieldManager: string;
  readonly fieldValidation: FieldValidation;
}

export interface WriteResult {
  readonly object: Obj;
  readonly created: boolean;
  readonly warnings: readonly string[];
}

export class ApiCore {
  private readonly clusterIps = new ClusterIpAllocator();
  /** Deny rules, ResourceQuota and Pod Security, after validation. */
  readonly admission: ValidatingAdmission;

  constructor(
    readonly store: Store,
    readonly schema: Schema,
  ) {
    this.admission = new ValidatingAdmission(store);
  }

  get(type: ResourceType, namespace: string, name: string): Obj {
    const found = this.store.get(type.resource, type.namespaced ? namespace : '', name);
    if (!found) throw notFound(type, name);
    return found;
  }

  private requireNamespace(type: ResourceType, namespace: string, creating: boolean, name = ''): void {
    if (!type.namespaced) return;
    const ns = this.store.get('namespaces', '', namespace);
    const nsType = resourceByName('namespaces');
    if (!ns) throw notFound(nsType, namespace);
    if (creating && meta(ns).deletionTimestamp) {
      throw new ApiError(
        status(
          403,
          'Forbidden',
          `${type.resource} "${name}" is forbidden: unable to create new content in namespace ${namespace} because it is being terminated`,
          {
            name: namespace,
            kind: 'namespaces',
            causes: [
              { reason: 'NamespaceTerminating', message: `namespace ${namespace} is being terminated`, field: 'metadata.namespace' },
            ],
          },
        ),
      );
    }
  }

  private prepare(type: ResourceType, namespace: string, body: Obj, urlName?: string): Obj {
    const obj = clone(body);
    obj.apiVersion = groupVersion(type);
    obj.kind = type.kind;
    const m = meta(obj);
    if (type.namespaced) {
      if (m.namespace !== undefined && m.namespace !== '' && m.namespace !== namespace) {
        throw badRequest('the namespace of the provided object does not match the namespace sent on the request');
      }
      m.namespace = namespace;
    } else {
      delete m.namespace;
    }
    if (urlName !== undefined && m.name !== undefined && m.name !== urlName) {
      throw badRequest(`the name of the object (${m.name}) does not match the name on the URL (${urlName})`);
    }
    if (urlName !== undefined) m.name = urlName;
    return obj;
  }

  private finishWrite(type: ResourceType, before: Obj | undefined, after: Obj, manager: string, subresource?: string): void {
    applyDefaults(type.kind, after);
    validateObject(this.schema, type, after);
    if (before) validateUpdate(type, before, after);
    const entries = recordUpdate(
      this.schema,
      this.schema.shapeOfDefinition(type.definition),
      before ? readManagers(before) : [],
      manager,
      groupVersion(type),
      before,
      after,
      subresource,
    );
    writeManagers(after, entries);
  }

  create(type: ResourceType, namespace: string, body: unknown, options: WriteOptions): WriteResult {
    const decoded = expectKind(type, body);
    const warnings = checkUnknownFields(this.schema, type, decoded, options.fieldValidation);
    const obj = this.prepare(type, namespace, decoded);
    const m = meta(obj);
    if (!m.name && m.generateName) m.name = generateName(m.generateName);
    if (!m.name) throw invalid(type.kind, type.group, '', [required('metadata.name', 'name or generateName is required')]);
    this.requireNamespace(type, namespace, true, m.name);
    if (this.store.get(type.resource, m.namespace ?? '', m.name)) throw alreadyExists(type, m.name);
    for (const key of ['uid', 'resourceVersion', 'creationTimestamp', 'deletionTimestamp', 'generation', 'managedFields'] as const)
      delete m[key];
    if (type.hasStatus) delete obj.status;
    applyDefaults(type.kind, obj);
    if (type.kind === 'Pod') admitPod(obj);
    if (type.kind === 'Service') admitService(obj, this.clusterIps);
    if (type.kind === 'Namespace') admitNamespace(obj);
    this.finishWrite(type, undefined, obj, options.fieldManager);
    const admitted = [...warnings, ...this.admission.admit(type, obj, undefined)];
    if (options.dryRun) {
      m.creationTimestamp = timestamp();
      return { object: obj, created: true, warnings: admitted };
    }
    return { object: this.store.create(type.resource, obj), created: true, warnings: admitted };
  }

  /** PUT: replaces the object (or only its status, for the status subresource). */
  update(type: ResourceType, namespace: string, name: string, body: unknown, options: WriteOptions, subresource?: string): WriteResult {
    const decoded = expectKind(type, body);
    const warnings = checkUnknownFields(this.schema, type, decoded, options.fieldValidation);
    const live = this.get(type, namespace, name);
    const incoming = this.prepare(type, namespace, decoded, name);
    const rv = meta(incoming).resourceVersion;
    if (!rv)
      throw invalid(type.kind, type.group, name, [
        { type: 'FieldValueInvalid', field: 'metadata.resourceVersion', detail: 'Invalid value: 0x0: must be specified for an update' },
      ]);
    if (rv !== meta(live).resourceVersion) throw modifiedConflict(type, name);
    return this.replace(type, live, incoming, options, subresource, warnings);
  }

  private replace(
    type: ResourceType,
    live: Obj,
    incoming: Obj,
    options: WriteOptions,
    subresource: string | undefined,
    warnings: readonly string[],
  ): WriteResult {
    let next: Obj;
    if (subresource === 'status') {
      next = clone(live);
      next.status = clone(incoming.status);
    } else {
      next = incoming;
      if (type.hasStatus) next.status = clone(live.status);
    }
    const m = meta(next);
    const lm = meta(live);
    m.uid = lm.uid;
    m.creationTimestamp = lm.creationTimestamp;
    m.resourceVersion = lm.resourceVersion;
    if (lm.deletionTimestamp) m.deletionTimestamp = lm.deletionTimestamp;
    if (lm.deletionGracePeriodSeconds !== undefined) m.deletionGracePeriodSeconds = lm.deletionGracePeriodSeconds;
    m.managedFields = lm.managedFields;
    this.finishWrite(type, live, next, options.fieldManager, subresource);
    const admitted = subresource === 'status' ? [...warnings] : [...warnings, ...this.admission.admit(type, next, live)];
    if (options.dryRun) return { object: next, created: false, warnings: admitted };
    return { object: this.removeIfFinalized(type, this.store.update(type.resource, next)), created: false, warnings: admitted };
  }

  patch(
    type: ResourceType,
    namespace: string,
    name: string,
    contentType: string,
    text: string,
    options: WriteOptions & { force: boolean },
    subresource?: string,
  ): WriteResult {
    if (contentType === 'application/apply-patch+yaml') return this.apply(type, namespace, name, text, options);
    const { live, patched } = this.patched(type, namespace, name, contentType, text);
    const warnings = checkUnknownFields(this.schema, type, patched, options.fieldValidation);
    const incoming = this.prepare(type, namespace, patched, name);
    return this.replace(type, live, incoming, options, subresource, warnings);
  }

  /** The live object and the object a JSON, merge or strategic merge patch makes of it (not stored). */
  patched(type: ResourceType, namespace: string, name: string, contentType: string, text: string): { live: Obj; patched: Obj } {
    const live = this.get(type, namespace, name);
    const patch = parseBody(text, false);
    const shape = this.schema.shapeOfDefinition(type.definition);
    let patched: Obj;
    if (contentType === 'application/json-patch+json') patched = jsonPatch(live, patch);
    else if (contentType === 'application/merge-patch+json') patched = jsonMergePatch(live, patch) as Obj;
    else if (contentType === 'application/strategic-merge-patch+json') patched = strategicMergePatch(this.schema, shape, live, patch);
    else
      throw new ApiError(
        status(
          415,
          'UnsupportedMediaType',
          `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml`,
        ),
      );
    const rv = meta(patched).resourceVersion;
    if (rv !== undefined && rv !== meta(live).resourceVersion) throw modifiedConflict(type, name);
    return { live, patched };
  }

  apply(type: ResourceType, namespace: string, name: string, text: string, options: WriteOptions & { force: boolean }): WriteResult {
    if (!options.fieldManager) {
      throw invalid('PatchOptions', 'meta.k8s.io', '', [required('fieldManager', 'is required for apply patch')]);
    }
    const config = this.prepare(type, namespace, expectKind(type, parseBody(text, true)), name);
    const shape = this.schema.shapeOfDefinition(type.definition);
    const issues = typedIssues(this.schema, shape, config);
    if (issues.length > 0) {
      const identity = `${type.namespaced ? `${namespace}/` : ''}${name}; ${type.group}/${type.version}, Kind=${type.kind}`;
      throw internalError(`failed to create typed patch object (${identity}): ${issues.map((i) => `${i.path}: ${i.message}`).join('\n')}`);
    }
    const live = this.store.get(type.resource, type.namespaced ? namespace : '', name);
    if (!live) this.requireNamespace(type, namespace, true, name);
    const rv = meta(config).resourceVersion;
    if (rv !== undefined && live && rv !== meta(live).resourceVersion) throw modifiedConflict(type, name);
    delete meta(config).resourceVersion;
    const merged = serverSideApply({
      schema: this.schema,
      shape,
      hasStatus: type.hasStatus,
      live,
      config,
      manager: options.fieldManager,
      force: options.force,
      apiVersion: groupVersion(type),
    });
    applyDefaults(type.kind, merged);
    if (!live) {
      if (type.kind === 'Pod') admitPod(merged);
      if (type.kind === 'Service') admitService(merged, this.clusterIps);
      if (type.kind === 'Namespace') admitNamespace(merged);
    }
    validateObject(this.schema, type, merged);
    if (live) validateUpdate(type, live, merged);
    const warnings = this.admission.admit(type, merged, live);
    if (options.dryRun) {
      if (!live) meta(merged).creationTimestamp = timestamp();
      return { object: merged, created: !live, warnings };
    }
    const stored = live ? this.removeIfFinalized(type, this.store.update(type.resource, merged)) : this.store.create(type.resource, merged);
    return { object: stored, created: !live, warnings };
  }

  /** DELETE: pods on a node terminate gracefully (the runtime finishes them); the rest go at once. */
  delete(type: ResourceType, namespace: string, name: string, options: { dryRun: boolean; gracePeriodSeconds?: number }): Obj {
    const live = this.get(type, namespace, name);
    if (options.dryRun) return live;
    const m = meta(live);
    const spec = isObj(live.spec) ? live.spec : {};
    const onNode = type.kind === 'Pod' && typeof spec.nodeName === 'string';
    const phase = isObj(live.status) ? live.status.phase : undefined;
    const finished = phase === 'Succeeded' || phase === 'Failed';
    const grace =
      options.gracePeriodSeconds ?? (typeof spec.terminationGracePeriodSeconds === 'number' ? spec.terminationGracePeriodSeconds : 30);
    if ((onNode && grace > 0 && !finished) || type.kind === 'Namespace') {
      if (m.deletionTimestamp) return live;
      m.deletionTimestamp = timestamp(new Date(Date.now() + grace * 1000));
      m.deletionGracePeriodSeconds = type.kind === 'Namespace' ? 0 : grace;
      if (type.kind === 'Namespace') live.status = { ...(isObj(live.status) ? live.status : {}), phase: 'Terminating' };
      return this.store.update(type.resource, live);
    }
    if (hasFinalizers(live)) return markDeleted(this.store, type.resource, live);
    const removed = this.store.remove(type.resource, type.namespaced ? namespace : '', name);
    if (!removed) throw notFound(type, name);
    return removed;
  }

  /** A deleted object whose last finalizer was just removed goes now. */
  private removeIfFinalized(type: ResourceType, stored: Obj): Obj {
    if (readyToRemove(stored)) this.store.remove(type.resource, meta(stored).namespace ?? '', meta(stored).name ?? '');
    return stored;
  }

  /** Writes done by cluster components (kubelet, controllers) rather than API clients. */
  systemUpdate(type: ResourceType, obj: Obj, manager: string, subresource?: string): Obj | undefined {
    const m = meta(obj);
    const live = this.store.get(type.resource, m.namespace ?? '', m.name ?? '');
    if (!live) return undefined;
    const entries = recordUpdate(
      this.schema,
      this.schema.shapeOfDefinition(type.definition),
      readManagers(live),
      manager,
      groupVersion(type),
      live,
      obj,
      subresource,
    );
    writeManagers(obj, entries);
    return this.store.update(type.resource, obj);
  }

  systemCreate(type: ResourceType, obj: Obj): Obj {
    applyDefaults(type.kind, obj);
    return this.store.create(type.resource, obj);
  }
}
