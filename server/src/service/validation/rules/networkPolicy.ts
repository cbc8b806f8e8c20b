// network-policy: what the API server checks in a NetworkPolicy beyond its schema: policy types,
// port ranges (`endPort` needs a numeric `port` below it), peers that select something and do not mix
// `ipBlock` with selectors, and CIDR ranges whose `except` parts lie inside them. An empty
// `podSelector: {}` selects every pod and is fine. Port numbers outside 1–65535 are out-of-range's.
import { isScalar, type Node, type YAMLMap } from 'yaml';
import { parseCidr, parseIp, strictlyInside } from '../../util/ip';
import { ianaSvcNameIssue } from '../../util/names';
import { rankSuggestions } from '../../util/suggest';
import { replaceScalar } from '../../util/textEdits';
import { isStringScalar, mapAt, mapItems, pairOf, seqAt } from '../../util/yamlAccess';
import { networkPolicyMessages, type PolicyProblem } from '../messages/networkPolicy';
import type { Fix, Rule } from '../rule';
import { integerOf, isSet, kindDocument, replaceWhole, reportAt, stringItems, type KindDocument } from './kindKit';

const POLICY_TYPES = ['Ingress', 'Egress'];
const PEER_KEYS = ['podSelector', 'namespaceSelector', 'ipBlock'];

function report(doc: KindDocument, node: Node, problem: PolicyProblem, fixes: Fix[] = [], related?: { node: Node; message: string }): void {
  const range = related?.node.range;
  reportAt(doc.context, node, {
    code: 'network-policy',
    severity: 'error',
    message: networkPolicyMessages[doc.context.settings.language].problem(problem),
    fixes,
    ...(related && range ? { related: [{ start: range[0], end: range[1], message: related.message }] } : {}),
  });
}

function changeFix(doc: KindDocument, node: Node, value: string, keepQuotes = true): Fix[] {
  const edit = keepQuotes ? replaceScalar(doc.text, node, value) : replaceWhole(node, value);
  return edit ? [{ title: networkPolicyMessages[doc.context.settings.language].change(value), edits: [edit], preferred: true }] : [];
}

function checkPolicyTypes(doc: KindDocument, spec: YAMLMap): void {
  const pair = pairOf(spec, 'policyTypes');
  const items = stringItems(pair?.value);
  for (const { node } of items) {
    if (POLICY_TYPES.includes(node.value)) continue;
    const suggestion = rankSuggestions(node.value, POLICY_TYPES, 1)[0];
    report(
      doc,
      node,
      { kind: 'policyType', value: node.value, suggestion },
      suggestion !== undefined ? changeFix(doc, node, suggestion) : [],
    );
  }
  if (pair && items.length > POLICY_TYPES.length) report(doc, pair.key, { kind: 'tooManyPolicyTypes' });
}

function checkPort(doc: KindDocument, entry: YAMLMap): void {
  const portPair = pairOf(entry, 'port');
  const port = portPair?.value;
  const endPair = pairOf(entry, 'endPort');
  const endPort = integerOf(endPair?.value);
  let portNumber = integerOf(port);
  if (isStringScalar(port)) {
    if (/^\d+$/.test(port.value)) {
      report(doc, port, { kind: 'quotedPort', value: port.value }, changeFix(doc, port, String(Number(port.value)), false));
      portNumber = Number(port.value);
    } else if (ianaSvcNameIssue(port.value)) {
      report(doc, port, { kind: 'portName', value: port.value });
    }
  }
  if (!endPair || endPort === undefined) return;
  const endNode = endPair.value as Node;
  const say = networkPolicyMessages[doc.context.settings.language];
  if (endPort < 1 || endPort > 65535) {
    report(doc, endNode, { kind: 'endPortRange', endPort });
  } else if (!isSet(port)) {
    report(doc, endPair.key, { kind: 'endPortWithoutPort' });
  } else if (isStringScalar(port) && !/^\d+$/.test(port.value)) {
    report(doc, endPair.key, { kind: 'endPortNamedPort', port: port.value }, [], { node: port, message: say.thePort });
  } else if (portNumber !== undefined && endPort < portNumber && isScalar(port)) {
    report(doc, endNode, { kind: 'endPortBelowPort', endPort, port: portNumber }, [], { node: port, message: say.thePort });
  }
}

function checkCidr(doc: KindDocument, ipBlock: unknown): void {
  const cidrNode = pairOf(ipBlock, 'cidr')?.value;
  if (!isStringScalar(cidrNode) || cidrNode.value === '') return;
  const cidr = parseCidr(cidrNode.value);
  if (!cidr) {
    const address = parseIp(cidrNode.value);
    if (address) {
      const single = `${cidrNode.value}/${address.bytes.length * 8}`;
      report(doc, cidrNode, { kind: 'cidrWithoutPrefix', value: cidrNode.value, single }, changeFix(doc, cidrNode, single));
    } else {
      report(doc, cidrNode, { kind: 'cidr', value: cidrNode.value });
    }
    return;
  }
  const say = networkPolicyMessages[doc.context.settings.language];
  for (const { node } of stringItems(pairOf(ipBlock, 'except')?.value)) {
    const except = parseCidr(node.value);
    if (!except) {
      report(doc, node, { kind: 'exceptInvalid', value: node.value });
    } else if (strictlyInside(except, cidr) === false) {
      report(doc, node, { kind: 'exceptOutside', value: node.value, cidr: cidrNode.value }, [], { node: cidrNode, message: say.theCidr });
    }
  }
}

function checkPeer(doc: KindDocument, peer: YAMLMap): void {
  const present = PEER_KEYS.filter((key) => isSet(pairOf(peer, key)?.value));
  const ipBlock = pairOf(peer, 'ipBlock');
  if (present.length === 0) {
    // Other keys are typos that unknown-field names.
    if (peer.items.every((entry) => isScalar(entry.key) && PEER_KEYS.includes(String(entry.key.value)))) {
      const first = peer.items[0]?.key;
      report(doc, isScalar(first) ? first : peer, { kind: 'emptyPeer' });
    }
    return;
  }
  if (ipBlock && present.includes('ipBlock') && present.length > 1) report(doc, ipBlock.key, { kind: 'ipBlockWithSelector' });
  if (ipBlock) checkCidr(doc, ipBlock.value);
}

function checkRules(doc: KindDocument, spec: YAMLMap, direction: 'ingress' | 'egress'): void {
  const peersKey = direction === 'ingress' ? 'from' : 'to';
  for (const { map: rule } of mapItems(seqAt(spec, direction))) {
    for (const { map: port } of mapItems(seqAt(rule, 'ports'))) checkPort(doc, port);
    for (const { map: peer } of mapItems(seqAt(rule, peersKey))) checkPeer(doc, peer);
  }
}

export const networkPolicyRule: Rule = {
  codes: ['network-policy'],
  check(raw) {
    const doc = kindDocument(raw, ['NetworkPolicy']);
    const spec = doc ? mapAt(doc.root, 'spec') : undefined;
    if (!doc || !spec) return;
    checkPolicyTypes(doc, spec);
    checkRules(doc, spec, 'ingress');
    checkRules(doc, spec, 'egress');
  },
};
