// duplicate-container-name, port-conflict, duplicate-env, duplicate-volume: the same thing defined
// twice in one pod. Always reported on the later occurrence, pointing back at the earlier one.
import { isScalar, type Node } from 'yaml';
import { containerNoun, containersOf, isSidecar, type ContainerEntry } from '../../schema/podSpecs';
import { mapItems, pairOf, stringAt, scalarText, valueOf } from '../../util/yamlAccess';
import type { Rule, RuleContext, RuleSeverity } from '../rule';
import { podSpecsIn, span } from './podContext';

interface Occurrence {
  readonly node: Node;
  readonly owner: string;
}

/** Remembers the first occurrence of each key and reports every later one. */
class FirstSeen {
  private readonly seen = new Map<string, Occurrence>();

  constructor(
    private readonly context: RuleContext,
    private readonly code: string,
    private readonly severity: RuleSeverity,
    private readonly describe: (key: string, earlier: Occurrence, later: Occurrence) => { message: string; related: string },
  ) {}

  add(key: string, occurrence: Occurrence): void {
    const earlier = this.seen.get(key);
    if (!earlier) {
      this.seen.set(key, occurrence);
      return;
    }
    const { message, related } = this.describe(key, earlier, occurrence);
    this.context.report({
      code: this.code,
      severity: this.severity,
      ...span(this.context, occurrence.node),
      message,
      related: [{ ...span(this.context, earlier.node), message: related }],
    });
  }
}

function ownerName(entry: ContainerEntry): string {
  const name = stringAt(entry.container, 'name')?.value;
  return name !== undefined ? `${containerNoun(entry.list)} \`${name}\`` : `${containerNoun(entry.list)} #${entry.index + 1}`;
}

function checkContainerNames(context: RuleContext, containers: readonly ContainerEntry[]): void {
  const names = new FirstSeen(context, 'duplicate-container-name', 'error', (name, earlier) => ({
    message: `\`${name}\` is already the name of an earlier ${earlier.owner} in this pod. Container names must be unique across containers, initContainers and ephemeralContainers; rename one of them.`,
    related: `\`${name}\` is first used here`,
  }));
  for (const entry of containers) {
    const name = stringAt(entry.container, 'name');
    if (name) names.add(name.value, { node: name, owner: containerNoun(entry.list) });
  }
}

function protocolOf(port: unknown): string {
  const protocol = stringAt(port, 'protocol')?.value;
  return protocol ?? 'TCP';
}

function checkPorts(context: RuleContext, containers: readonly ContainerEntry[]): void {
  // Containers and sidecars run side by side in one network namespace; plain init containers run
  // one after another before them, so only a repeat within one init container can clash.
  const shared = new FirstSeen(context, 'port-conflict', 'error', (key, earlier, later) => ({
    message:
      earlier.owner === later.owner
        ? `Port ${key} is listed twice in ${later.owner}. Remove the repeated entry.`
        : `Port ${key} is already used by ${earlier.owner}. Containers of one pod share one network namespace, so two of them cannot both listen on the same port: one will fail to bind. Give one of them another port.`,
    related: `port ${key} is first declared here`,
  }));
  const hostPorts = new FirstSeen(context, 'port-conflict', 'error', (key, earlier) => ({
    message: `Host port ${key} is already claimed by ${earlier.owner}. A host port can be bound only once per node; Kubernetes rejects the pod. Use another hostPort or remove one.`,
    related: `host port ${key} is first claimed here`,
  }));
  for (const entry of containers) {
    if (entry.list === 'ephemeralContainers') continue; // ephemeral containers may not declare ports
    const owner = ownerName(entry);
    const alone = entry.list === 'initContainers' && !isSidecar(entry);
    const own = alone
      ? new FirstSeen(context, 'port-conflict', 'error', (key) => ({
          message: `Port ${key} is listed twice in ${owner}. Remove the repeated entry.`,
          related: `port ${key} is first declared here`,
        }))
      : undefined;
    for (const { map: port } of mapItems(pairOf(entry.container, 'ports')?.value)) {
      const protocol = protocolOf(port);
      const containerPort = valueOf(port, 'containerPort');
      const number = scalarText(containerPort);
      if (isScalar(containerPort) && number !== undefined) (own ?? shared).add(`${number}/${protocol}`, { node: containerPort, owner });
      const hostPort = valueOf(port, 'hostPort');
      const host = scalarText(hostPort);
      if (isScalar(hostPort) && host !== undefined && host !== '0') {
        const hostIP = stringAt(port, 'hostIP')?.value ?? '';
        hostPorts.add(`${host}/${protocol}${hostIP !== '' ? ` on ${hostIP}` : ''}`, { node: hostPort, owner });
      }
    }
  }
}

function checkEnv(context: RuleContext, containers: readonly ContainerEntry[]): void {
  for (const entry of containers) {
    const owner = ownerName(entry);
    const env = new FirstSeen(context, 'duplicate-env', 'warning', (name) => ({
      message: `Environment variable \`${name}\` is already set earlier in ${owner}. Only the later value takes effect; remove one of them.`,
      related: `\`${name}\` is first set here`,
    }));
    for (const { map: variable } of mapItems(pairOf(entry.container, 'env')?.value)) {
      const name = stringAt(variable, 'name');
      if (name) env.add(name.value, { node: name, owner });
    }
  }
}

function checkVolumes(context: RuleContext, spec: unknown): void {
  const volumes = new FirstSeen(context, 'duplicate-volume', 'error', (name) => ({
    message: `A volume named \`${name}\` is already defined in this pod. Volume names must be unique; rename one of them (and the volumeMounts that use it).`,
    related: `volume \`${name}\` is first defined here`,
  }));
  for (const { map: volume } of mapItems(pairOf(spec, 'volumes')?.value)) {
    const name = stringAt(volume, 'name');
    if (name) volumes.add(name.value, { node: name, owner: 'volumes' });
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
