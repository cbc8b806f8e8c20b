// invalid-name: names Kubernetes requires in DNS form (object, container, volume, port names, a
// Service's port names and external name). Each kind's name follows the rule the API server applies
// to that kind. The quick fix renames to the nearest valid name, together with references in the same pod.
import { containersOf, namedPortReferences, volumeReferences } from '../../schema/podSpecs';
import {
  dns1035LabelIssue,
  dns1123LabelIssue,
  dns1123SubdomainIssue,
  ianaSvcNameIssue,
  pathSegmentIssue,
  toDns1035Label,
  toDns1123Label,
  toDns1123Subdomain,
  toIanaSvcName,
  toPathSegment,
} from '../../util/names';
import { replaceScalar, type TextEdit } from '../../util/textEdits';
import { mapAt, mapItems, pairOf, seqAt, stringAt, type StringScalar } from '../../util/yamlAccess';
import { invalidNameMessages, type NameFormat, type NameProblem, type NameSubject } from '../messages/invalidName';
import type { Rule, RuleContext } from '../rule';
import { documentRoot, podSpecsIn, span } from './podContext';

interface NameCheck {
  readonly node: StringScalar;
  readonly subject: NameSubject;
  readonly problem: NameProblem | undefined;
  readonly format: NameFormat;
  readonly suggestion: string | undefined;
  /** Other nodes that hold the same name and must be renamed with it. */
  readonly references?: readonly StringScalar[];
  /** A tag on a container name: say where it belongs. */
  readonly tagHint?: boolean;
}

function report(context: RuleContext, check: NameCheck): void {
  if (check.problem === undefined) return;
  const { node, suggestion } = check;
  const say = invalidNameMessages[context.settings.language];
  const text = context.document.chunk.text;
  const fixes = [];
  if (suggestion !== undefined && suggestion !== '' && suggestion !== node.value) {
    const edits = [node, ...(check.references ?? [])]
      .map((n) => replaceScalar(text, n, suggestion))
      .filter((e): e is TextEdit => e !== undefined);
    fixes.push({ title: say.rename(suggestion), edits, preferred: true });
  }
  context.report({
    code: 'invalid-name',
    severity: 'error',
    ...span(context, node),
    message: say.invalid(check.subject, node.value, check.problem, check.format, check.tagHint ? say.tagOnContainerName : '', suggestion),
    ...(fixes.length > 0 ? { fixes } : {}),
  });
}

/**
 * Kinds whose names the API server checks as DNS-1123 subdomains (`NameIsDNSSubdomain` in their
 * validation). Kinds not listed here get only the check every name gets (a URL path segment):
 * RBAC roles and bindings accept `system:aggregate-to-edit`, and for the rest we do not claim more
 * than we know.
 */
const SUBDOMAIN_KINDS: ReadonlySet<string> = new Set([
  'v1/Pod',
  'v1/PodTemplate',
  'v1/ReplicationController',
  'v1/ConfigMap',
  'v1/Secret',
  'v1/ServiceAccount',
  'v1/Endpoints',
  'v1/LimitRange',
  'v1/ResourceQuota',
  'v1/PersistentVolume',
  'v1/PersistentVolumeClaim',
  'v1/Node',
  'apps/Deployment',
  'apps/ReplicaSet',
  'apps/DaemonSet',
  'batch/Job',
  'batch/CronJob',
  'autoscaling/HorizontalPodAutoscaler',
  'networking.k8s.io/Ingress',
  'networking.k8s.io/NetworkPolicy',
  'storage.k8s.io/StorageClass',
  'scheduling.k8s.io/PriorityClass',
  'node.k8s.io/RuntimeClass',
]);

function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? 'v1' : apiVersion.slice(0, slash);
}

/**
 * What the name of each kind must be, and extra limits from names derived from it (only the group of
 * `apiVersion` matters). Also checks new names given by a rename.
 */
export function objectNameCheck(
  kind: string,
  apiVersion: string,
  name: string,
): { problem: NameProblem | undefined; format: NameFormat; suggestion: string } {
  const group = groupOf(apiVersion);
  if (kind === 'StatefulSet' || (group === 'v1' && kind === 'Namespace')) {
    // A StatefulSet's pods are named `<name>-<ordinal>` and use that as their host name.
    return { problem: dns1123LabelIssue(name), format: 'label', suggestion: toDns1123Label(name) };
  }
  if (group === 'v1' && kind === 'Service') {
    return { problem: dns1035LabelIssue(name), format: 'dns1035', suggestion: toDns1035Label(name) };
  }
  if (!SUBDOMAIN_KINDS.has(`${group}/${kind}`)) {
    return { problem: pathSegmentIssue(name), format: 'pathSegment', suggestion: toPathSegment(name) };
  }
  const problem = dns1123SubdomainIssue(name);
  const suggestion = toDns1123Subdomain(name);
  if (problem) return { problem, format: 'subdomain', suggestion };
  if (kind === 'CronJob' && name.length > 52) {
    // Each Job it creates adds an 11-character suffix to the name.
    return {
      problem: { kind: 'cronJobTooLong', length: name.length },
      format: 'subdomain',
      suggestion: suggestion.slice(0, 52).replace(/[.-]+$/, ''),
    };
  }
  if (kind === 'Job' && name.length > 63) {
    // The name is copied into the `job-name` label of its pods.
    return {
      problem: { kind: 'jobTooLong', length: name.length },
      format: 'subdomain',
      suggestion: suggestion.slice(0, 63).replace(/[.-]+$/, ''),
    };
  }
  return { problem: undefined, format: 'subdomain', suggestion };
}

/** `spring-container:latest` as a container name: the tag belongs on the image. */
function containerNameSuggestion(name: string): { suggestion: string; tagHint?: boolean } {
  const beforeColon = name.split(':')[0] ?? '';
  if (name.includes(':') && beforeColon !== '' && dns1123LabelIssue(beforeColon) === undefined) {
    return { suggestion: beforeColon, tagHint: true };
  }
  return { suggestion: toDns1123Label(name) };
}

function checkMetadata(context: RuleContext): void {
  const doc = documentRoot(context);
  if (!doc) return;
  const metadata = mapAt(doc.root, 'metadata');
  const name = stringAt(metadata, 'name');
  const apiVersion = context.kind?.def.apiVersion ?? '';
  // A custom kind named like a built-in one (`Job`) has none of its naming limits.
  if (name)
    report(context, {
      node: name,
      subject: { objectKind: doc.kind },
      ...objectNameCheck(doc.custom ? '' : doc.kind, apiVersion, name.value),
    });
  const namespace = stringAt(metadata, 'namespace');
  if (namespace) {
    report(context, {
      node: namespace,
      subject: 'namespace',
      problem: dns1123LabelIssue(namespace.value),
      format: 'label',
      suggestion: toDns1123Label(namespace.value),
    });
  }
}

/** `https://db.example.com:5432/` → `db.example.com`: what is left of a URL once scheme, port and path go. */
function hostOf(value: string): string {
  const host = value.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split(/[/:?#]/)[0] ?? '';
  return toDns1123Subdomain(host);
}

/** A Service's port names (DNS-1123 labels, unlike a container's IANA port names) and its external name. */
function checkService(context: RuleContext): void {
  const doc = documentRoot(context);
  if (doc?.kind !== 'Service' || context.kind?.def.apiVersion !== 'v1') return;
  const spec = mapAt(doc.root, 'spec');
  for (const { map: port } of mapItems(seqAt(spec, 'ports'))) {
    const name = stringAt(port, 'name');
    if (!name || name.value === '') continue; // an empty name is a missing one: service-port speaks to it
    report(context, {
      node: name,
      subject: 'servicePort',
      problem: dns1123LabelIssue(name.value),
      format: 'label',
      suggestion: toDns1123Label(name.value),
    });
  }
  const externalName = stringAt(spec, 'externalName');
  // A trailing dot marks a fully qualified name; an empty one is a missing one (service-type).
  const cname = externalName?.value.replace(/\.$/, '') ?? '';
  if (externalName && cname !== '' && stringAt(spec, 'type')?.value === 'ExternalName') {
    report(context, {
      node: externalName,
      subject: 'externalName',
      problem: dns1123SubdomainIssue(cname),
      format: 'subdomain',
      suggestion: hostOf(cname),
    });
  }
}

export const invalidNameRule: Rule = {
  codes: ['invalid-name'],
  check(context) {
    checkMetadata(context);
    checkService(context);
    for (const { spec } of podSpecsIn(context)) {
      const containers = containersOf(spec);
      for (const { container, list } of containers) {
        const name = stringAt(container, 'name');
        if (name) {
          const subject = list === 'containers' ? 'container' : list === 'initContainers' ? 'initContainer' : 'ephemeralContainer';
          report(context, {
            node: name,
            subject,
            problem: dns1123LabelIssue(name.value),
            format: 'label',
            ...containerNameSuggestion(name.value),
          });
        }
        const references = namedPortReferences(container);
        for (const { map: port } of mapItems(pairOf(container, 'ports')?.value)) {
          const portName = stringAt(port, 'name');
          if (!portName) continue;
          report(context, {
            node: portName,
            subject: 'port',
            problem: ianaSvcNameIssue(portName.value),
            format: 'portName',
            suggestion: toIanaSvcName(portName.value),
            references: references.filter((r) => r.node.value === portName.value).map((r) => r.node),
          });
        }
      }
      const mounts = containers.flatMap(({ container }) => volumeReferences(container));
      for (const { map: volume } of mapItems(pairOf(spec, 'volumes')?.value)) {
        const name = stringAt(volume, 'name');
        if (!name) continue;
        report(context, {
          node: name,
          subject: 'volume',
          problem: dns1123LabelIssue(name.value),
          format: 'label',
          suggestion: toDns1123Label(name.value),
          references: mounts.filter((m) => m.value === name.value),
        });
      }
    }
  },
};
