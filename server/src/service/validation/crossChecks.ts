// Checks across resources, which no schema validator can make: they read the document being checked
// together with the workspace index. Each is silent unless the workspace holds what it would compare
// against, because the other side may exist only in the cluster.
import { isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import type { ParsedChunk } from '../document/manifest';
import { podSpecsOf, containersOf } from '../schema/podSpecs';
import type { ServiceSettings } from '../settings';
import { rankSuggestions } from '../util/suggest';
import { keyedPairs, mapAt, mapItems, pairOf, scalarText, seqAt, stringAt } from '../util/yamlAccess';
import type { Finding } from './rule';
import { workspaceMessages, type ObjectRef, type WorkspaceMessages } from './messages/workspace';
import { ingressServiceBackends } from '../workspace/ingressBackends';
import { summarize, type ObjectSummary } from '../workspace/objectSummary';
import { isClusterScoped, mayShareNamespace, type IndexedObject, type IndexView } from '../workspace/workspaceIndex';
import { folderOf } from '../workspace/places';
import { podMakersFor, podsSelectedBy } from '../workspace/selectors';
import { POD_SECURITY_CODES } from './podSecurity/checks/check';
import { podSecurityFindings } from './podSecurity/podSecurityFindings';
import { practicesAcross, PRACTICES_ACROSS_CODES } from './bestPracticesAcross';

export const CROSS_CODES = [
  'duplicate-object',
  'service-selects-nothing',
  'undefined-port-name',
  'unknown-service-port',
  'missing-key',
  ...POD_SECURITY_CODES,
  ...PRACTICES_ACROSS_CODES,
] as const;

export interface CrossCheckInput {
  readonly chunk: ParsedChunk;
  readonly uri: string;
  readonly documentIndex: number;
  readonly index: IndexView;
  readonly settings: ServiceSettings;
  /** Turns a file uri into the short place shown in messages (`app.yaml:12`). */
  readonly describePlace: (object: IndexedObject) => string;
}

export function crossCheck(input: CrossCheckInput): Finding[] {
  const summary = summarize(input.chunk);
  const root = input.chunk.yaml.contents;
  if (!summary || !isMap(root)) return [];
  const findings: Finding[] = [];
  const say = workspaceMessages[input.settings.language];
  const check = { ...input, summary, root, say, report: (f: Finding) => findings.push(f) };
  duplicateObject(check);
  if (summary.service) serviceChecks(check);
  if (summary.kind === 'Ingress' && summary.group === 'networking.k8s.io') ingressBackends(check);
  if (summary.pod) {
    keyReferences(check);
    // Pod Security depends on the Namespace's labels, which live in the index like the other side of every check here.
    findings.push(
      ...podSecurityFindings({
        chunk: input.chunk,
        root,
        kind: summary.kind,
        group: summary.group,
        namespace: summary.namespace,
        uri: input.uri,
        index: input.index,
        settings: input.settings,
      }),
    );
  }
  findings.push(...practicesAcross({ text: input.chunk.text, root, summary, index: input.index, settings: input.settings }));
  return findings;
}

interface Check extends CrossCheckInput {
  readonly summary: ObjectSummary;
  readonly root: YAMLMap;
  readonly say: WorkspaceMessages;
  report(finding: Finding): void;
}

function rangeOf(node: unknown): [number, number] {
  const range = (node as Node | undefined)?.range;
  return range ? [range[0], range[1]] : [0, 0];
}

function refOf(check: Check, object: IndexedObject): ObjectRef {
  return { kind: object.kind, name: object.name ?? '?', where: check.describePlace(object) };
}

/** A replacement of a scalar's text that keeps its quotes. */
function replaceScalar(node: Node, newText: string): { start: number; end: number; newText: string } {
  const [start, end] = rangeOf(node);
  const quoted = isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE');
  return quoted ? { start: start + 1, end: end - 1, newText } : { start, end, newText };
}

function changeFixes(check: Check, node: Node, candidates: readonly string[]): Finding['fixes'] {
  return candidates.map((to, index) => ({
    title: check.say.change(to),
    edits: [replaceScalar(node, to)],
    ...(index === 0 ? { preferred: true } : {}),
  }));
}

// The same kind, namespace and name twice: the later one (by file, then document) is told where the first is.
function duplicateObject(check: Check): void {
  const { summary } = check;
  if (!summary.name) return;
  const clusterScoped = isClusterScoped(summary.kind);
  // Files of one folder are applied together (`kubectl apply -f dir/`); other folders are often other
  // environments or exercises (dev/ and prod/, a Kustomize base and its overlays) that define the
  // same objects on purpose, so only the same folder counts.
  const folder = folderOf(check.uri);
  const first = check.index
    .named(summary.kind, summary.name)
    .find((o) => folderOf(o.uri) === folder && o.group === summary.group && (clusterScoped || o.namespace === summary.namespace));
  if (!first || (first.uri === check.uri && first.document === check.documentIndex)) return;
  // Only objects that come after the first are told; the index orders files by uri.
  if (first.uri === check.uri ? first.document > check.documentIndex : first.uri > check.uri) return;
  const [start, end] = [summary.spot.start, summary.spot.end];
  check.report({
    code: 'duplicate-object',
    // In one file it is a mistake; across files of a folder it is often a learner's variants of one
    // exercise (pod.yaml, pod-fixed.yaml): still worth knowing before `kubectl apply -f .`, not alarming.
    severity: first.uri === check.uri ? 'warning' : 'information',
    start,
    end,
    message: check.say.duplicateObject(summary.kind, summary.name, check.describePlace(first)),
    related: [{ uri: first.uri, range: first.range, message: check.say.firstDefinition }],
  });
}

/** The objects of this kind and name that may be the one meant, those of the checked file's folder first. */
function definitions(check: Check, kind: string, name: string): IndexedObject[] {
  const folder = folderOf(check.uri);
  const all = check.index.named(kind, name).filter((o) => mayShareNamespace(o.namespace, check.summary.namespace));
  return [...all.filter((o) => folderOf(o.uri) === folder), ...all.filter((o) => folderOf(o.uri) !== folder)];
}

function serviceChecks(check: Check): void {
  const service = check.summary.service;
  const spec = mapAt(check.root, 'spec');
  const selectorMap = mapAt(spec, 'selector');
  if (!service?.selector || !selectorMap || service.type === 'ExternalName') return;
  const selector = service.selector;
  if (Object.keys(selector).length === 0) return;
  const selected = podsSelectedBy(check.index, selector, check.summary.namespace);
  if (selected.length > 0) {
    targetPortNames(check, spec, selected);
    return;
  }
  const candidates = podMakersFor(check.index, check.summary.namespace);
  if (candidates.length === 0) return; // the namespace's pods are not in the workspace
  selectorMatchesNothing(check, selectorMap, selector, candidates);
}

function selectorMatchesNothing(
  check: Check,
  selectorMap: YAMLMap,
  selector: Readonly<Record<string, string>>,
  candidates: readonly IndexedObject[],
): void {
  // The pod the author most likely meant: the one sharing the most of the selector's pairs, then the
  // most pairs off by a slip. Ties go to a pod of the Service's own folder.
  const folder = folderOf(check.uri);
  const pairs = Object.entries(selector);
  const exact = (o: IndexedObject): number => pairs.filter(([k, v]) => o.pod?.labels[k] === v).length;
  const near = (o: IndexedObject): number =>
    pairs.filter(([k, v]) => o.pod !== undefined && o.pod.labels[k] !== v && isSlipOf(k, v, o.pod.labels)).length;
  const score = (o: IndexedObject): number => exact(o) * 1000 + near(o) * 2 + (folderOf(o.uri) === folder ? 1 : 0);
  let best = candidates[0];
  for (const candidate of candidates) if (best && score(candidate) > score(best)) best = candidate;
  // A selector unlike every pod here selects pods applied from elsewhere (another repository, a
  // chart): a folder of unrelated examples must not be told its Services select nothing.
  if (!best?.pod || exact(best) + near(best) === 0) return;
  const labels = best.pod.labels;
  const nearest = refOf(check, best);
  for (const { key, pair } of keyedPairs(selectorMap)) {
    const value = scalarText(pair.value);
    if (value === undefined || labels[key] === value) continue;
    const pairText = `${key}: ${value}`;
    if (labels[key] !== undefined && isScalar(pair.value)) {
      check.report({
        code: 'service-selects-nothing',
        severity: 'warning',
        ...span(pair.value),
        message: check.say.selectsNothing(pairText, check.summary.namespace, nearest),
        fixes: changeFixes(check, pair.value, [labels[key]]),
      });
      continue;
    }
    // A key with the same value is the likeliest meaning (`ap: web` for `app: web`), then a near spelling.
    const sameValue = Object.keys(labels).filter((k) => labels[k] === value && selector[k] === undefined);
    const keys = sameValue.length > 0 ? sameValue : rankSuggestions(key, Object.keys(labels), 1);
    const keyNode = pair.key as Node;
    const suggestion = keys[0];
    const [start, end] = rangeOf(keyNode);
    const [, valueEnd] = rangeOf(pair.value);
    check.report({
      code: 'service-selects-nothing',
      severity: 'warning',
      start,
      end,
      message:
        labels[key] === undefined
          ? check.say.selectorKeyUnknown(key, nearest)
          : check.say.selectsNothing(pairText, check.summary.namespace, nearest),
      ...(suggestion !== undefined
        ? {
            fixes: [
              {
                title: check.say.change(`${suggestion}: ${labels[suggestion] ?? ''}`),
                edits: [{ start, end: valueEnd, newText: `${suggestion}: ${labels[suggestion] ?? ''}` }],
                preferred: true,
              },
            ],
          }
        : {}),
    });
  }
}

/** Whether `key: value` reads as a slip for one of the labels: a typo of the value, or of the key with the same value. */
function isSlipOf(key: string, value: string, labels: Readonly<Record<string, string>>): boolean {
  const own = labels[key];
  if (own !== undefined) return rankSuggestions(value, [own], 1).length > 0;
  return Object.entries(labels).some(
    ([k, v]) => v === value || (rankSuggestions(key, [k], 1).length > 0 && rankSuggestions(value, [v], 1).length > 0),
  );
}

function span(node: unknown): { start: number; end: number } {
  const [start, end] = rangeOf(node);
  return { start, end };
}

// A named targetPort must be a port name that the selected pods declare.
function targetPortNames(check: Check, spec: YAMLMap | undefined, selected: readonly IndexedObject[]): void {
  const declared = [...new Set(selected.flatMap((o) => o.pod?.ports.flatMap((p) => (p.name ? [p.name] : [])) ?? []))];
  for (const { map } of mapItems(seqAt(spec, 'ports'))) {
    const target = stringAt(map, 'targetPort');
    if (!target || /^\d+$/.test(target.value) || declared.includes(target.value)) continue;
    check.report({
      code: 'undefined-port-name',
      severity: 'warning',
      ...span(target),
      message: check.say.targetPortUndeclared(
        target.value,
        selected.slice(0, 3).map((o) => refOf(check, o)),
        declared,
      ),
      fixes: changeFixes(
        check,
        target,
        rankSuggestions(target.value, declared, 3).length > 0 ? rankSuggestions(target.value, declared, 3) : declared.slice(0, 3),
      ),
    });
  }
}

function ingressBackends(check: Check): void {
  for (const backend of ingressServiceBackends(mapAt(check.root, 'spec'))) {
    const name = stringAt(backend, 'name')?.value;
    const port = mapAt(backend, 'port');
    if (!name || !port) continue;
    const candidates = definitions(check, 'Service', name).filter((o) => o.service && o.service.type !== 'ExternalName');
    const service = candidates[0];
    if (!service?.service) continue;
    // Environments often define the same Service twice (dev/ and prod/): only a port none has is news.
    const ports = candidates.flatMap((o) => o.service?.ports ?? []);
    const numberNode = pairOf(port, 'number')?.value;
    const nameNode = stringAt(port, 'name');
    if (isScalar(numberNode) && typeof numberNode.value === 'number') {
      const numbers = [...new Set(ports.flatMap((p) => (p.port !== undefined ? [String(p.port)] : [])))];
      if (numbers.length === 0 || numbers.includes(String(numberNode.value))) continue;
      check.report({
        code: 'unknown-service-port',
        severity: 'warning',
        ...span(numberNode),
        message: check.say.unknownServicePort(refOf(check, service), String(numberNode.value), numbers),
        fixes: changeFixes(check, numberNode, numbers.slice(0, 3)),
      });
    } else if (nameNode) {
      const names = [...new Set(ports.flatMap((p) => (p.name ? [p.name] : [])))];
      if (names.includes(nameNode.value)) continue;
      const suggestions = rankSuggestions(nameNode.value, names, 3);
      check.report({
        code: 'unknown-service-port',
        severity: 'warning',
        ...span(nameNode),
        message: check.say.unknownServicePort(refOf(check, service), `\`${nameNode.value}\``, names),
        fixes: changeFixes(check, nameNode, suggestions.length > 0 ? suggestions : names.slice(0, 3)),
      });
    }
  }
}

interface KeyReference {
  readonly kind: 'ConfigMap' | 'Secret';
  readonly name: string;
  readonly key: Node & { value: string };
}

/** Keys that a pod spec reads from ConfigMaps and Secrets, except optional references. */
function keyReferencesOf(root: YAMLMap, kind: string): KeyReference[] {
  const out: KeyReference[] = [];
  const optional = (map: unknown): boolean => {
    const value = pairOf(map, 'optional')?.value;
    return isScalar(value) && value.value === true;
  };
  const fromRef = (ref: YAMLMap | undefined, refKind: KeyReference['kind']): void => {
    const name = stringAt(ref, 'name')?.value;
    const key = stringAt(ref, 'key');
    if (ref && name && key && !optional(ref)) out.push({ kind: refKind, name, key });
  };
  const fromItems = (source: YAMLMap | undefined, refKind: KeyReference['kind'], nameField: string): void => {
    const name = stringAt(source, nameField)?.value;
    if (!source || !name || optional(source)) return;
    for (const { map } of mapItems(seqAt(source, 'items'))) {
      const key = stringAt(map, 'key');
      if (key) out.push({ kind: refKind, name, key });
    }
  };
  for (const { spec } of podSpecsOf(kind, root)) {
    for (const { container } of containersOf(spec)) {
      for (const { map: env } of mapItems(seqAt(container, 'env'))) {
        const valueFrom = mapAt(env, 'valueFrom');
        fromRef(mapAt(valueFrom, 'configMapKeyRef'), 'ConfigMap');
        fromRef(mapAt(valueFrom, 'secretKeyRef'), 'Secret');
      }
    }
    for (const { map: volume } of mapItems(seqAt(spec, 'volumes'))) {
      fromItems(mapAt(volume, 'configMap'), 'ConfigMap', 'name');
      fromItems(mapAt(volume, 'secret'), 'Secret', 'secretName');
      for (const { map: source } of mapItems(seqAt(mapAt(volume, 'projected'), 'sources'))) {
        fromItems(mapAt(source, 'configMap'), 'ConfigMap', 'name');
        fromItems(mapAt(source, 'secret'), 'Secret', 'name');
      }
    }
  }
  return out;
}

function keyReferences(check: Check): void {
  for (const ref of keyReferencesOf(check.root, check.summary.kind)) {
    const candidates = definitions(check, ref.kind, ref.name).filter((o) => o.data);
    const target = candidates[0];
    if (!target?.data) continue;
    // The same ConfigMap may be defined per environment with other keys: only a key none has is news.
    if (candidates.some((o) => o.data?.some((d) => d.key === ref.key.value))) continue;
    const keys = target.data.map((d) => d.key);
    const suggestions = rankSuggestions(ref.key.value, keys, 3);
    check.report({
      code: 'missing-key',
      severity: 'warning',
      ...span(ref.key),
      message: check.say.missingKey(ref.kind, ref.name, ref.key.value, keys),
      related: [{ uri: target.uri, range: target.range, message: check.say.definedHere }],
      fixes: changeFixes(check, ref.key, suggestions),
    });
  }
}
