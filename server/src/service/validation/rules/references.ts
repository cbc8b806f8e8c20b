// undefined-volume and undefined-port-name: names that point at something the pod does not define.
import { isSeq, type YAMLMap } from 'yaml';
import { containersOf, namedPortReferences, volumeReferences, type PortReference } from '../../schema/podSpecs';
import { rankSuggestions } from '../../util/suggest';
import { ianaSvcNameIssue } from '../../util/names';
import { replaceScalar } from '../../util/textEdits';
import { mapAt, mapItems, pairOf, stringAt, type StringScalar } from '../../util/yamlAccess';
import { referencesMessages, type PortConsequence, type PortOwner } from '../messages/references';
import type { Fix, Rule, RuleContext } from '../rule';
import { documentRoot, podSpecsIn, span } from './podContext';

/** Names from a list of maps; undefined when some entry's name cannot be read (then we stay quiet). */
function namesOf(list: unknown, nameOf: (item: YAMLMap) => StringScalar | undefined): Set<string> | undefined {
  if (list === undefined || list === null) return new Set();
  if (!isSeq(list)) return undefined;
  const names = new Set<string>();
  const items = mapItems(list);
  if (items.length !== list.items.length) return undefined;
  for (const { map } of items) {
    const name = nameOf(map);
    if (!name) return undefined;
    names.add(name.value);
  }
  return names;
}

function renameFix(context: RuleContext, node: StringScalar, to: string): Fix[] {
  const edit = replaceScalar(context.document.chunk.text, node, to);
  return edit ? [{ title: referencesMessages[context.settings.language].change(to), edits: [edit], preferred: true }] : [];
}

function checkVolumes(context: RuleContext, spec: YAMLMap): void {
  const volumes = namesOf(pairOf(spec, 'volumes')?.value, (v) => stringAt(v, 'name'));
  if (!volumes) return;
  const doc = documentRoot(context);
  if (doc?.kind === 'StatefulSet') {
    // Mounts may also name a volumeClaimTemplates entry: the controller makes a volume per pod.
    const claims = namesOf(pairOf(mapAt(doc.root, 'spec'), 'volumeClaimTemplates')?.value, (c) => stringAt(mapAt(c, 'metadata'), 'name'));
    if (!claims) return;
    for (const claim of claims) volumes.add(claim);
  }
  for (const { container } of containersOf(spec)) {
    for (const mount of volumeReferences(container)) {
      if (volumes.has(mount.value)) continue;
      const closest = rankSuggestions(mount.value, volumes, 1)[0];
      context.report({
        code: 'undefined-volume',
        severity: 'error',
        ...span(context, mount),
        message: referencesMessages[context.settings.language].undefinedVolume(mount.value, closest, [...volumes]),
        ...(closest !== undefined ? { fixes: renameFix(context, mount, closest) } : {}),
      });
    }
  }
}

const CONSEQUENCE: Readonly<Record<string, PortConsequence>> = {
  livenessProbe: 'restarts',
  readinessProbe: 'neverReady',
  startupProbe: 'restarts',
  lifecycle: 'hookFails',
};

function checkPortReference(context: RuleContext, reference: PortReference, ports: Set<string>, owner: PortOwner): void {
  const { node, where } = reference;
  if (ports.has(node.value)) return;
  const say = referencesMessages[context.settings.language];
  const field = where.split('.')[0] ?? '';
  const consequence = Object.prototype.hasOwnProperty.call(CONSEQUENCE, field) ? (CONSEQUENCE[field] ?? 'fails') : 'fails';
  if (/^\d+$/.test(node.value)) {
    const [start, end] = context.rangeOf(node);
    context.report({
      code: 'undefined-port-name',
      severity: 'error',
      start,
      end,
      message: say.quotedPortNumber(where, node.value, consequence),
      fixes: [{ title: say.usePortNumber(node.value), edits: [{ start, end, newText: node.value }], preferred: true }],
    });
    return;
  }
  // Only suggest names that are valid themselves; an invalid one gets its own invalid-name fix.
  const closest = rankSuggestions(
    node.value,
    [...ports].filter((p) => ianaSvcNameIssue(p) === undefined),
    1,
  )[0];
  context.report({
    code: 'undefined-port-name',
    severity: 'error',
    ...span(context, node),
    message: say.undefinedPortName(where, node.value, owner, consequence, closest, [...ports]),
    ...(closest !== undefined ? { fixes: renameFix(context, node, closest) } : {}),
  });
}

function checkPortNames(context: RuleContext, spec: YAMLMap): void {
  for (const { container } of containersOf(spec)) {
    const references = namedPortReferences(container);
    if (references.length === 0) continue;
    const portList = pairOf(container, 'ports')?.value;
    if (portList !== undefined && portList !== null && !isSeq(portList)) continue; // an alias or a typo: cannot tell
    const names = new Set<string>();
    for (const { map } of mapItems(portList)) {
      const name = stringAt(map, 'name');
      if (name) names.add(name.value);
    }
    const containerName = stringAt(container, 'name')?.value;
    const who: PortOwner = containerName !== undefined ? { container: containerName } : 'unnamed';
    for (const reference of references) checkPortReference(context, reference, names, who);
  }
}

export const referencesRule: Rule = {
  codes: ['undefined-volume', 'undefined-port-name'],
  check(context) {
    for (const { spec } of podSpecsIn(context)) {
      checkVolumes(context, spec);
      checkPortNames(context, spec);
    }
  },
};
