// duplicate-container-name, port-conflict, duplicate-env, duplicate-volume: the same thing defined
// twice in one pod. Always reported on the later occurrence, pointing back at the earlier one.
import { isScalar, type Node } from 'yaml';
import { containersOf, isSidecar, type ContainerEntry, type ContainerListName } from '../../schema/podSpecs';
import { mapItems, pairOf, stringAt, scalarText, valueOf } from '../../util/yamlAccess';
import { duplicatesMessages, type ContainerOwner, type DuplicatesMessages } from '../messages/duplicates';
import type { Rule, RuleContext, RuleSeverity } from '../rule';
import { podSpecsIn, span } from './podContext';

interface Occurrence {
  readonly node: Node;
}

type Named = Occurrence & { readonly name: string };
type PortOccurrence = Occurrence & { readonly owner: ContainerOwner; readonly port: string };
type HostPortOccurrence = PortOccurrence & { readonly hostIP: string | undefined };

type Describe<T extends Occurrence> = (say: DuplicatesMessages, earlier: T, later: T) => { message: string; related: string };

/** Remembers the first occurrence of each key and reports every later one. */
class FirstSeen<T extends Occurrence> {
  private readonly seen = new Map<string, T>();

  constructor(
    private readonly context: RuleContext,
    private readonly code: string,
    private readonly severity: RuleSeverity,
    private readonly describe: Describe<T>,
  ) {}

  add(key: string, occurrence: T): void {
    const earlier = this.seen.get(key);
    if (!earlier) {
      this.seen.set(key, occurrence);
      return;
    }
    const { message, related } = this.describe(duplicatesMessages[this.context.settings.language], earlier, occurrence);
    this.context.report({
      code: this.code,
      severity: this.severity,
      ...span(this.context, occurrence.node),
      message,
      related: [{ ...span(this.context, earlier.node), message: related }],
    });
  }
}

function ownerOf(entry: ContainerEntry): ContainerOwner {
  return { list: entry.list, name: stringAt(entry.container, 'name')?.value, index: entry.index };
}

/** The same container as far as a reader can tell: same list, and same name (or same position when unnamed). */
function sameOwner(a: ContainerOwner, b: ContainerOwner): boolean {
  if (a.list !== b.list) return false;
  if (a.name !== undefined || b.name !== undefined) return a.name === b.name;
  return a.index === b.index;
}

function checkContainerNames(context: RuleContext, containers: readonly ContainerEntry[]): void {
  const names = new FirstSeen<Named & { readonly list: ContainerListName }>(context, 'duplicate-container-name', 'error', (say, earlier) =>
    say.containerName(earlier.name, earlier.list),
  );
  for (const entry of containers) {
    const name = stringAt(entry.container, 'name');
    if (name) names.add(name.value, { node: name, name: name.value, list: entry.list });
  }
}

function protocolOf(port: unknown): string {
  const protocol = stringAt(port, 'protocol')?.value;
  return protocol ?? 'TCP';
}

function checkPorts(context: RuleContext, containers: readonly ContainerEntry[]): void {
  // Containers and sidecars run side by side in one network namespace; plain init containers run
  // one after another before them, so only a repeat within one init container can clash.
  const shared = new FirstSeen<PortOccurrence>(context, 'port-conflict', 'error', (say, earlier, later) =>
    sameOwner(earlier.owner, later.owner) ? say.portListedTwice(later.port, later.owner) : say.portInUse(later.port, earlier.owner),
  );
  const hostPorts = new FirstSeen<HostPortOccurrence>(context, 'port-conflict', 'error', (say, earlier, later) =>
    say.hostPortInUse({ port: later.port, hostIP: later.hostIP }, earlier.owner),
  );
  for (const entry of containers) {
    if (entry.list === 'ephemeralContainers') continue; // ephemeral containers may not declare ports
    const owner = ownerOf(entry);
    const alone = entry.list === 'initContainers' && !isSidecar(entry);
    const own = alone ? new FirstSeen<PortOccurrence>(context, 'port-conflict', 'error', (say, _earlier, later) => say.portListedTwice(later.port, owner)) : undefined;
    for (const { map: port } of mapItems(pairOf(entry.container, 'ports')?.value)) {
      const protocol = protocolOf(port);
      const containerPort = valueOf(port, 'containerPort');
      const number = scalarText(containerPort);
      if (isScalar(containerPort) && number !== undefined) {
        const key = `${number}/${protocol}`;
        (own ?? shared).add(key, { node: containerPort, owner, port: key });
      }
      const hostPort = valueOf(port, 'hostPort');
      const host = scalarText(hostPort);
      if (isScalar(hostPort) && host !== undefined && host !== '0') {
        const hostIP = stringAt(port, 'hostIP')?.value ?? '';
        const key = `${host}/${protocol}`;
        hostPorts.add(`${key} ${hostIP}`, { node: hostPort, owner, port: key, hostIP: hostIP !== '' ? hostIP : undefined });
      }
    }
  }
}

function checkEnv(context: RuleContext, containers: readonly ContainerEntry[]): void {
  for (const entry of containers) {
    const owner = ownerOf(entry);
    const env = new FirstSeen<Named>(context, 'duplicate-env', 'warning', (say, earlier) => say.env(earlier.name, owner));
    for (const { map: variable } of mapItems(pairOf(entry.container, 'env')?.value)) {
      const name = stringAt(variable, 'name');
      if (name) env.add(name.value, { node: name, name: name.value });
    }
  }
}

function checkVolumes(context: RuleContext, spec: unknown): void {
  const volumes = new FirstSeen<Named>(context, 'duplicate-volume', 'error', (say, earlier) => say.volume(earlier.name));
  for (const { map: volume } of mapItems(pairOf(spec, 'volumes')?.value)) {
    const name = stringAt(volume, 'name');
    if (name) volumes.add(name.value, { node: name, name: name.value });
  }
}

export const duplicatesRule: Rule = {
  codes: ['duplicate-container-name', 'port-conflict', 'duplicate-env', 'duplicate-volume'],
  check(context) {
    for (const { spec } of podSpecsIn(context)) {
      // "Later" means later in the text, whichever list comes first.
      const containers = containersOf(spec).sort((a, b) => (a.container.range?.[0] ?? 0) - (b.container.range?.[0] ?? 0));
      checkContainerNames(context, containers);
      checkPorts(context, containers);
      checkEnv(context, containers);
      checkVolumes(context, spec);
    }
  },
};
