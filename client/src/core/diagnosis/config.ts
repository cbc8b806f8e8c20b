// CreateContainerConfigError and volumes that cannot be mounted: a ConfigMap, Secret or key that
// the pod names does not exist. Finds the exact env / envFrom / volume entry that names it.

import {
  containerTarget,
  evidenceOf,
  finding,
  messagesOf,
  specTarget,
  type ContainerRef,
  type DiagnosisContext,
  type Finding,
} from './context';
import type { ManifestTarget } from './types';

type ObjectKind = 'ConfigMap' | 'Secret';

interface Reference {
  kind: ObjectKind;
  name: string;
  key?: string;
  optional: boolean;
  via: 'env' | 'envFrom' | 'volume';
  /** The env variable or volume name. */
  entry: string;
  ref?: ContainerRef;
  target: ManifestTarget;
}

function containerReferences(ref: ContainerRef): Reference[] {
  const out: Reference[] = [];
  (ref.container.env ?? []).forEach((env, j) => {
    const cm = env.valueFrom?.configMapKeyRef;
    const secret = env.valueFrom?.secretKeyRef;
    const keyRef = cm ?? secret;
    if (keyRef === undefined) return;
    const field = cm !== undefined ? 'configMapKeyRef' : 'secretKeyRef';
    out.push({
      kind: cm !== undefined ? 'ConfigMap' : 'Secret',
      name: keyRef.name ?? '',
      key: keyRef.key,
      optional: keyRef.optional === true,
      via: 'env',
      entry: env.name,
      ref,
      target: containerTarget(ref, 'env', j, 'valueFrom', field, 'name'),
    });
  });
  (ref.container.envFrom ?? []).forEach((source, j) => {
    const cm = source.configMapRef;
    const from = cm ?? source.secretRef;
    if (from === undefined) return;
    out.push({
      kind: cm !== undefined ? 'ConfigMap' : 'Secret',
      name: from.name ?? '',
      optional: from.optional === true,
      via: 'envFrom',
      entry: from.name ?? '',
      ref,
      target: containerTarget(ref, 'envFrom', j, cm !== undefined ? 'configMapRef' : 'secretRef', 'name'),
    });
  });
  return out;
}

function volumeReferences(ctx: DiagnosisContext): Reference[] {
  const out: Reference[] = [];
  (ctx.spec.volumes ?? []).forEach((volume, k) => {
    if (volume.configMap !== undefined) {
      out.push({
        kind: 'ConfigMap',
        name: volume.configMap.name ?? '',
        optional: volume.configMap.optional === true,
        via: 'volume',
        entry: volume.name,
        target: specTarget(['volumes', k, 'configMap', 'name']),
      });
    }
    if (volume.secret !== undefined) {
      out.push({
        kind: 'Secret',
        name: volume.secret.secretName ?? '',
        optional: volume.secret.optional === true,
        via: 'volume',
        entry: volume.name,
        target: specTarget(['volumes', k, 'secret', 'secretName']),
      });
    }
    (volume.projected?.sources ?? []).forEach((source, m) => {
      const from = source.configMap ?? source.secret;
      if (from === undefined || from.name === 'kube-root-ca.crt') return;
      const kind: ObjectKind = source.configMap !== undefined ? 'ConfigMap' : 'Secret';
      out.push({
        kind,
        name: from.name ?? '',
        optional: from.optional === true,
        via: 'volume',
        entry: volume.name,
        target: specTarget(['volumes', k, 'projected', 'sources', m, kind === 'ConfigMap' ? 'configMap' : 'secret', 'name']),
      });
    });
  });
  return out;
}

const MISSING_OBJECT = /\b(configmap|secret) "([^"]+)" not found/i;
const MISSING_KEY = /couldn't find key (\S+) in (ConfigMap|Secret) (?:[^/\s]+\/)?(\S+)/;
const MOUNT_VOLUME = /for volume "([^"]+)"/;

function kindOf(word: string): ObjectKind {
  return word.toLowerCase() === 'configmap' ? 'ConfigMap' : 'Secret';
}

function missingObject(reference: Reference, evidence: string[]): Finding {
  const who = reference.ref;
  return finding(
    'config-missing-object',
    {
      ...(who !== undefined ? { container: who.container.name } : {}),
      init: who?.init ?? false,
      objectKind: reference.kind,
      name: reference.name,
      via: reference.via,
      entry: reference.entry,
    },
    {
      severity: 'error',
      ...(who !== undefined ? { container: who.container.name, init: who.init } : {}),
      evidence,
      target: reference.target,
    },
  );
}

function fromContainerError(ctx: DiagnosisContext, ref: ContainerRef, message: string): Finding {
  const who = { container: ref.container.name, init: ref.init };
  const evidence = evidenceOf(message, messagesOf(ctx.eventsFor(ref.container.name, 'Failed'), 2));
  const references = [...containerReferences(ref), ...volumeReferences(ctx)];
  const key = MISSING_KEY.exec(message);
  if (key) {
    const [, keyName = '', kindWord = '', name = ''] = key;
    const kind = kindOf(kindWord);
    const match = references.find((r) => r.via === 'env' && r.kind === kind && r.name === name && r.key === keyName);
    const target =
      match !== undefined
        ? {
            ...match.target,
            path: [...match.target.path.slice(0, -1), 'key'],
            specPath: [...(match.target.specPath ?? []).slice(0, -1), 'key'],
          }
        : containerTarget(ref, 'env');
    return finding('config-missing-key', { ...who, objectKind: kind, name, key: keyName }, { severity: 'error', ...who, evidence, target });
  }
  const missing = MISSING_OBJECT.exec(message);
  if (missing) {
    const kind = kindOf(missing[1] ?? '');
    const name = missing[2] ?? '';
    const match =
      references.find((r) => r.kind === kind && r.name === name && r.ref === ref) ??
      references.find((r) => r.kind === kind && r.name === name);
    return missingObject(
      match ?? { kind, name, optional: false, via: 'env', entry: name, ref, target: containerTarget(ref, 'env') },
      evidence,
    );
  }
  if (/runAsNonRoot/.test(message)) {
    return finding('config-run-as-root', who, {
      severity: 'error',
      ...who,
      evidence,
      target: containerTarget(ref, 'securityContext', 'runAsUser'),
    });
  }
  return finding('config-error', { ...who, message }, { severity: 'error', ...who, evidence, target: containerTarget(ref, 'env') });
}

/** Missing ConfigMaps, Secrets and keys, from container errors, mount failures and the listed objects. */
export function diagnoseConfig(ctx: DiagnosisContext): Finding[] {
  const findings: Finding[] = [];
  const reported = new Set<string>();
  const note = (kind: ObjectKind, name: string): boolean => {
    const id = `${kind}/${name}`;
    if (reported.has(id)) return false;
    reported.add(id);
    return true;
  };
  for (const ref of ctx.containers) {
    const waiting = ref.status?.state?.waiting;
    if (waiting?.reason !== 'CreateContainerConfigError') continue;
    const missing = MISSING_OBJECT.exec(waiting.message ?? '');
    if (missing && !note(kindOf(missing[1] ?? ''), missing[2] ?? '')) continue;
    findings.push(fromContainerError(ctx, ref, waiting.message ?? ''));
  }
  const volumes = volumeReferences(ctx);
  for (const event of ctx.eventsWithReason('FailedMount')) {
    const message = event.message ?? '';
    const missing = MISSING_OBJECT.exec(message);
    if (!missing) continue;
    const kind = kindOf(missing[1] ?? '');
    const name = missing[2] ?? '';
    const volume = MOUNT_VOLUME.exec(message)?.[1];
    const match = volumes.find((r) => r.kind === kind && r.name === name && (volume === undefined || r.entry === volume));
    if (match === undefined || !note(kind, name)) continue;
    findings.push(missingObject(match, evidenceOf(message)));
  }
  const existing = ctx.input.referencedObjects;
  const stuck =
    ctx.pod.status?.phase === 'Pending' ||
    ctx.containers.some((c) => ['CreateContainerConfigError', 'ContainerCreating'].includes(c.status?.state?.waiting?.reason ?? ''));
  if (existing !== undefined && stuck) {
    // The listing catches references the kubelet has not complained about yet (it stops at the first).
    for (const reference of [...ctx.containers.flatMap(containerReferences), ...volumes]) {
      const names = reference.kind === 'ConfigMap' ? existing.configMaps : existing.secrets;
      if (reference.optional || reference.name === '' || names.includes(reference.name) || !note(reference.kind, reference.name)) continue;
      const namespace = ctx.pod.metadata.namespace ?? 'default';
      findings.push(missingObject(reference, [`No ${reference.kind} named "${reference.name}" in namespace "${namespace}"`]));
    }
  }
  return findings;
}
