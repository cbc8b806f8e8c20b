// service-port, node-port-range and service-type: what the API server checks in a Service beyond its
// types (ValidateService). Ports: names required once there is more than one and unique, no port
// and protocol twice, node ports unique, a named targetPort a valid port name, `nodePort` not on a
// ClusterIP Service, port 10250 not on a LoadBalancer. Node ports outside the default range
// 30000–32767 are a warning: clusters may configure another range. Types: ExternalName needs an
// `externalName` and takes no cluster IP; NodePort and LoadBalancer cannot be headless; every
// other Service needs ports; LoadBalancer-only fields only on LoadBalancers.
//
// Port numbers outside 1–65535 are out-of-range's; a misspelt `type` or `protocol` is invalid-enum's,
// and then the checks that depend on it stay quiet.
import { isMap, isScalar, isSeq, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { dns1123LabelIssue, ianaSvcNameIssue, toIanaSvcName } from '../../util/names';
import { insertFirstEntry, replaceScalar } from '../../util/textEdits';
import { isStringScalar, mapAt, pairOf, stringAt, valueOf, type KeyedPair } from '../../util/yamlAccess';
import { servicesMessages, type ServicesMessages } from '../messages/services';
import type { Fix, Rule, RuleContext, RuleSeverity } from '../rule';
import { pairLines, removeSeqItem, type Edit } from '../yamlEdits';
import { isEmptyValue, structuralContext } from '../yamlText';
import { documentRoot, span } from './podContext';

const TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'] as const;
type ServiceType = (typeof TYPES)[number];

const NODE_PORT_MIN = 30000;
const NODE_PORT_MAX = 32767;
const KUBELET_PORT = 10250;

/** Names a port is usually given, by port number, for the "add a name" fix. */
const WELL_KNOWN: Readonly<Record<number, string>> = {
  80: 'http',
  8080: 'http',
  8000: 'http',
  3000: 'http',
  443: 'https',
  8443: 'https',
  53: 'dns',
  9090: 'metrics',
  9100: 'metrics',
};

interface PortEntry {
  readonly map: YAMLMap;
  readonly index: number;
  readonly protocol: string;
}

function report(
  context: RuleContext,
  code: string,
  severity: RuleSeverity,
  node: Node,
  message: string,
  fixes: readonly Fix[] = [],
  related?: { node: Node; message: string },
): void {
  context.report({
    code,
    severity,
    ...span(context, node),
    message,
    ...(related ? { related: [{ ...span(context, related.node), message: related.message }] } : {}),
    ...(fixes.length > 0 ? { fixes } : {}),
  });
}

/** A port or node port as the API server reads it: an integer, or undefined (type-mismatch's case). */
function integerAt(map: unknown, key: string): { node: Node; value: number } | undefined {
  const node = valueOf(map, key);
  return isScalar(node) && typeof node.value === 'number' && Number.isInteger(node.value) ? { node, value: node.value } : undefined;
}

/** Deletes the whole line(s) of an entry, with the line break after them. */
function removePair(text: string, pair: KeyedPair | undefined): Edit[] | undefined {
  const lines = pair ? pairLines(text, pair) : undefined;
  if (!lines) return undefined;
  const end = text[lines.end] === '\n' ? lines.end + 1 : text.slice(lines.end, lines.end + 2) === '\r\n' ? lines.end + 2 : lines.end;
  return [{ start: lines.start, end, newText: '' }];
}

function sameEntry(a: YAMLMap, b: YAMLMap): boolean {
  try {
    return JSON.stringify(a.toJSON()) === JSON.stringify(b.toJSON());
  } catch {
    return false;
  }
}

function suggestName(port: PortEntry, taken: Set<string>): string | undefined {
  const target = stringAt(port.map, 'targetPort')?.value;
  const number = integerAt(port.map, 'port')?.value;
  const base =
    target !== undefined && ianaSvcNameIssue(target) === undefined && dns1123LabelIssue(target) === undefined
      ? target
      : number !== undefined
        ? (WELL_KNOWN[number] ?? `${port.protocol.toLowerCase()}-${number}`)
        : undefined;
  if (base === undefined) return undefined;
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
  taken.add(name);
  return name;
}

function checkPorts(context: RuleContext, spec: YAMLMap, list: YAMLSeq, type: ServiceType | undefined): void {
  const say = servicesMessages[context.settings.language];
  const text = context.document.chunk.text;
  const ports: PortEntry[] = [];
  list.items.forEach((item, index) => {
    if (isMap(item)) ports.push({ map: item, index, protocol: stringAt(item, 'protocol')?.value ?? 'TCP' });
  });
  const taken = new Set(ports.map((p) => stringAt(p.map, 'name')?.value).filter((n): n is string => n !== undefined && n !== ''));
  const names = new Map<string, Node>();
  const seen = new Map<string, PortEntry & { node: Node }>();
  const nodePorts = new Map<string, Node>();
  const typePair = pairOf(spec, 'type');
  for (const port of ports) {
    const nameNode = valueOf(port.map, 'name');
    const name = stringAt(port.map, 'name')?.value;
    const number = integerAt(port.map, 'port');
    const unnamed = nameNode === undefined || isEmptyValue(nameNode) || name === '';
    if (list.items.length > 1 && unnamed) {
      const at = (isScalar(nameNode) && nameNode.range ? nameNode : undefined) ?? number?.node ?? port.map.items[0]?.key;
      const suggestion = suggestName(port, taken);
      const edit =
        suggestion === undefined
          ? undefined
          : nameNode === undefined
            ? insertFirstEntry(text, port.map, `name: ${suggestion}`)
            : isScalar(nameNode) && nameNode.range && name === ''
              ? replaceScalar(text, nameNode, suggestion)
              : undefined;
      const fixes: Fix[] = edit && suggestion !== undefined ? [{ title: say.addName(suggestion), edits: [edit], preferred: true }] : [];
      if (isScalar(at)) report(context, 'service-port', 'error', at, say.portNameRequired(port.index, list.items.length), fixes);
    }
    if (name !== undefined && name !== '' && isScalar(nameNode)) {
      const earlier = names.get(name);
      if (earlier) {
        const { message, related } = say.duplicatePortName(name);
        report(context, 'service-port', 'error', nameNode, message, [], { node: earlier, message: related });
      } else names.set(name, nameNode);
    }
    if (number) {
      const key = `${number.value}/${port.protocol}`;
      const earlier = seen.get(key);
      if (earlier) {
        const { message, related } = say.duplicatePort(key);
        const edit = sameEntry(earlier.map, port.map) ? removeSeqItem(text, list, port.index) : undefined;
        report(
          context,
          'service-port',
          'error',
          number.node,
          message,
          edit ? [{ title: say.removeRepeatedPort, edits: [edit], preferred: true }] : [],
          { node: earlier.node, message: related },
        );
      } else seen.set(key, { ...port, node: number.node });
      if (type === 'LoadBalancer' && number.value === KUBELET_PORT)
        report(context, 'service-port', 'error', number.node, say.kubeletPort(KUBELET_PORT));
    }
    checkTargetPort(context, say, port.map);
    const nodePort = integerAt(port.map, 'nodePort');
    if (!nodePort || nodePort.value === 0) continue;
    if (type === 'ClusterIP') {
      const fixes: Fix[] = [];
      const typeNode = typePair?.value;
      const setType =
        isScalar(typeNode) && typeNode.range
          ? replaceScalar(text, typeNode, 'NodePort')
          : typePair
            ? undefined
            : insertFirstEntry(text, spec, 'type: NodePort');
      if (setType) fixes.push({ title: say.setType('NodePort'), edits: [setType], preferred: true });
      const remove = removePair(text, pairOf(port.map, 'nodePort'));
      if (remove && port.map.items.length > 1) fixes.push({ title: say.remove('nodePort'), edits: remove });
      report(context, 'service-port', 'error', nodePort.node, say.nodePortOnClusterIP(typePair !== undefined), fixes);
      continue;
    }
    const key = `${nodePort.value}/${port.protocol}`;
    const earlier = nodePorts.get(key);
    if (earlier) {
      const { message, related } = say.duplicateNodePort(key);
      report(context, 'service-port', 'error', nodePort.node, message, [], { node: earlier, message: related });
    } else nodePorts.set(key, nodePort.node);
    if ((type === 'NodePort' || type === 'LoadBalancer') && (nodePort.value < NODE_PORT_MIN || nodePort.value > NODE_PORT_MAX)) {
      report(context, 'node-port-range', 'warning', nodePort.node, say.nodePortRange(nodePort.value, type));
    }
  }
}

/** A named targetPort must be a valid container port name; `"8080"` in quotes is a name, not a number. */
function checkTargetPort(context: RuleContext, say: ServicesMessages, port: YAMLMap): void {
  const node = valueOf(port, 'targetPort');
  if (!isScalar(node) || typeof node.value !== 'string' || node.value === '' || !node.range) return; // "" means "same as port"
  const value = node.value;
  const issue = ianaSvcNameIssue(value);
  if (!issue) return;
  const [start, end] = node.range;
  if (/^\d+$/.test(value.trim())) {
    const number = String(Number(value.trim()));
    const fix: Fix = { title: say.useNumber(number), edits: [{ start, end, newText: number }], preferred: true };
    report(context, 'service-port', 'error', node, say.targetPortQuotedNumber(value), [fix]);
    return;
  }
  // Lower case is a safe guess at the container port's name; a shortened name is not.
  const to = issue.kind === 'portNameTooLong' ? undefined : toIanaSvcName(value);
  const edit = to !== undefined && to !== value ? replaceScalar(context.document.chunk.text, node, to) : undefined;
  report(
    context,
    'service-port',
    'error',
    node,
    say.targetPortName(value, issue),
    edit && to ? [{ title: say.rename(to), edits: [edit], preferred: true }] : [],
  );
}

function checkType(context: RuleContext, spec: YAMLMap, specKey: Node, type: ServiceType | undefined): void {
  const say = servicesMessages[context.settings.language];
  const text = context.document.chunk.text;
  const clusterIPPair = pairOf(spec, 'clusterIP');
  const clusterIP = stringAt(spec, 'clusterIP');
  const firstClusterIP = (() => {
    const ips = valueOf(spec, 'clusterIPs');
    const first = isSeq(ips) ? ips.items[0] : undefined;
    return isStringScalar(first) ? first : undefined;
  })();
  const headlessNode =
    clusterIP?.value === 'None' ? clusterIP : clusterIP === undefined && firstClusterIP?.value === 'None' ? firstClusterIP : undefined;
  const typeNode = stringAt(spec, 'type');
  if (type === 'ExternalName') {
    const externalName = valueOf(spec, 'externalName');
    const cname = isScalar(externalName) && typeof externalName.value === 'string' ? externalName.value.replace(/\.$/, '') : undefined;
    if ((cname === undefined || cname === '') && typeNode && (externalName === undefined || isEmptyValue(externalName) || cname === '')) {
      report(context, 'service-type', 'error', typeNode, say.externalNameRequired);
    }
    const ipNode =
      clusterIP && clusterIP.value !== '' ? clusterIP : firstClusterIP && firstClusterIP.value !== '' ? firstClusterIP : undefined;
    if (ipNode) {
      const remove = ipNode === clusterIP ? removePair(text, clusterIPPair) : undefined;
      report(
        context,
        'service-type',
        'error',
        ipNode,
        say.clusterIPOnExternalName(ipNode.value),
        remove ? [{ title: say.remove('clusterIP'), edits: remove, preferred: true }] : [],
      );
    }
  }
  if ((type === 'NodePort' || type === 'LoadBalancer') && headlessNode) {
    const fixes: Fix[] = [];
    const remove = headlessNode === clusterIP ? removePair(text, clusterIPPair) : undefined;
    if (remove) fixes.push({ title: say.remove('clusterIP: None'), edits: remove });
    if (typeNode) {
      const edit = replaceScalar(text, typeNode, 'ClusterIP');
      if (edit) fixes.push({ title: say.setType('ClusterIP'), edits: [edit] });
    }
    report(context, 'service-type', 'error', headlessNode, say.headlessWithType(type), fixes);
  }
  if (type !== undefined && type !== 'ExternalName' && !headlessNode) {
    const portsPair = pairOf(spec, 'ports');
    const ports = portsPair?.value;
    // `ports:` with nothing after it is type-mismatch's to explain.
    if (!portsPair) report(context, 'service-type', 'error', specKey, say.portsRequired(false));
    else if (isSeq(ports) && ports.items.length === 0) report(context, 'service-type', 'error', portsPair.key, say.portsRequired(true));
  }
  if (type !== undefined && type !== 'LoadBalancer') {
    for (const field of ['loadBalancerSourceRanges', 'allocateLoadBalancerNodePorts']) {
      const pair = pairOf(spec, field);
      const value = pair?.value;
      if (!pair || isEmptyValue(value) || (isSeq(value) && value.items.length === 0)) continue;
      report(context, 'service-type', 'error', pair.key, say.onlyForLoadBalancer(field, type));
    }
  }
}

export const servicesRule: Rule = {
  codes: ['service-port', 'node-port-range', 'service-type'],
  check(raw) {
    const context = structuralContext(raw);
    if (!context) return;
    const doc = documentRoot(context);
    if (doc?.kind !== 'Service' || context.kind.def.apiVersion !== 'v1') return;
    // A Service without `spec` is still being written; the checks start once it has one.
    const specPair = pairOf(doc.root, 'spec');
    const spec = mapAt(doc.root, 'spec');
    if (!spec || !specPair) return;
    const typeValue = valueOf(spec, 'type');
    const written = stringAt(spec, 'type')?.value;
    // An absent type is ClusterIP; a misspelt one is invalid-enum's, and the rest waits for it.
    const type = typeValue === undefined || isEmptyValue(typeValue) ? 'ClusterIP' : TYPES.find((t) => t === written);
    const list = valueOf(spec, 'ports');
    if (isSeq(list)) checkPorts(context, spec, list, type);
    checkType(context, spec, specPair.key, type);
  },
};
