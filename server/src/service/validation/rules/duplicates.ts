// duplicate-container-name, port-conflict, duplicate-env, duplicate-volume: the same thing defined
// twice in one pod. Always reported on the later occurrence, pointing back at the earlier one.
// Quick fixes only change the later occurrence, or remove an entry whose removal changes nothing
// the pod runs with; a port clash between containers gets none (the app listens where it listens).
import { isDeepStrictEqual } from 'node:util';
import { isScalar, isSeq, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { containersOf, isSidecar, type ContainerEntry, type ContainerListName } from '../../schema/podSpecs';
import { DNS1123_LABEL_MAX, toDns1123Label } from '../../util/names';
import { replaceScalar } from '../../util/textEdits';
import { mapItems, pairOf, stringAt, scalarText, valueOf } from '../../util/yamlAccess';
import { duplicatesMessages, type ContainerOwner, type DuplicatesMessages } from '../messages/duplicates';
import type { Fix, Rule, RuleContext, RuleSeverity } from '../rule';
import { removeSeqItem } from '../yamlEdits';
import { podSpecsIn, span } from './podContext';

interface Occurrence {
  readonly node: Node;
}

type Named = Occurrence & { readonly name: string };

/** An entry of a list (env, ports, volumes): the list and the entry's place in it, for removing it. */
interface ListEntry {
  readonly list: YAMLSeq;
  readonly map: YAMLMap;
  readonly index: number;
}

type PortOccurrence = Occurrence & {
  readonly owner: ContainerOwner;
  readonly port: string;
  readonly container: YAMLMap;
  readonly entry: ListEntry;
  /** `8080/TCP`: names the entry in a fix title, also for a host-port finding. */
  readonly containerPort: string | undefined;
};
type HostPortOccurrence = PortOccurrence & { readonly hostIP: string | undefined };

type Describe<T extends Occurrence> = (
  say: DuplicatesMessages,
  earlier: T,
  later: T,
) => { message: string; related: string; fixes?: readonly Fix[] };

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
    const { message, related, fixes } = this.describe(duplicatesMessages[this.context.settings.language], earlier, occurrence);
    this.context.report({
      code: this.code,
      severity: this.severity,
      ...span(this.context, occurrence.node),
      message,
      related: [{ ...span(this.context, earlier.node), message: related }],
      ...(fixes && fixes.length > 0 ? { fixes } : {}),
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

/** Same content, whatever the key order, quoting or comments (an alias we cannot resolve: not the same). */
function sameContent(a: YAMLMap, b: YAMLMap): boolean {
  try {
    return isDeepStrictEqual(a.toJSON(), b.toJSON());
  } catch {
    return false;
  }
}

function removeFix(context: RuleContext, entry: ListEntry, title: string, preferred: boolean): Fix[] {
  const edit = removeSeqItem(context.document.chunk.text, entry.list, entry.index);
  return edit ? [{ title, edits: [edit], ...(preferred ? { preferred } : {}) }] : [];
}

/**
 * `web` → `web-2` (or the next number not taken), cut so that it stays a DNS-1123 label. `next`
 * remembers where each base's search stopped, so thousands of copies of one name stay linear.
 */
function freeContainerName(name: string, taken: ReadonlySet<string>, next: Map<string, number>): string | undefined {
  const base = toDns1123Label(name);
  if (base === '') return undefined; // nothing usable is left of the name: invalid-name speaks to it
  for (let n = next.get(base) ?? 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, DNS1123_LABEL_MAX - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(candidate)) {
      next.set(base, n + 1);
      return candidate;
    }
  }
}

function checkContainerNames(context: RuleContext, containers: readonly ContainerEntry[]): void {
  // Only the later container is renamed, so whatever names `web` (a `default-container`
  // annotation, a resourceFieldRef) now means the first one, as a reader would expect. Names
  // proposed for earlier findings count as taken, so a third `web` is offered `web-3`.
  const taken = new Set(containers.map(({ container }) => stringAt(container, 'name')?.value).filter((n) => n !== undefined));
  const next = new Map<string, number>();
  const names = new FirstSeen<Named & { readonly list: ContainerListName }>(
    context,
    'duplicate-container-name',
    'error',
    (say, earlier, later) => {
      const to = freeContainerName(later.name, taken, next);
      const edit = to !== undefined ? replaceScalar(context.document.chunk.text, later.node, to) : undefined;
      if (to === undefined || !edit) return say.containerName(earlier.name, earlier.list);
      taken.add(to);
      return {
        ...say.containerName(earlier.name, earlier.list),
        fixes: [{ title: say.renameContainer(to), edits: [edit], preferred: true }],
      };
    },
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

/**
 * A port entry written twice, word for word, in one container: dropping the later copy changes
 * nothing. Any other clash is a choice of port only the author can make, so it gets no fix.
 */
function repeatedPortFix(context: RuleContext, say: DuplicatesMessages, earlier: PortOccurrence, later: PortOccurrence): Fix[] {
  if (later.containerPort === undefined || earlier.container !== later.container || !sameContent(earlier.entry.map, later.entry.map))
    return [];
  return removeFix(context, later.entry, say.removeRepeatedPort(later.containerPort), true);
}

function checkPorts(context: RuleContext, containers: readonly ContainerEntry[]): void {
  // Containers and sidecars run side by side in one network namespace; plain init containers run
  // one after another before them, so only a repeat within one init container can clash.
  const shared = new FirstSeen<PortOccurrence>(context, 'port-conflict', 'error', (say, earlier, later) => ({
    ...(sameOwner(earlier.owner, later.owner) ? say.portListedTwice(later.port, later.owner) : say.portInUse(later.port, earlier.owner)),
    fixes: repeatedPortFix(context, say, earlier, later),
  }));
  const hostPorts = new FirstSeen<HostPortOccurrence>(context, 'port-conflict', 'error', (say, earlier, later) => ({
    ...say.hostPortInUse({ port: later.port, hostIP: later.hostIP }, earlier.owner),
    fixes: repeatedPortFix(context, say, earlier, later),
  }));
  for (const entry of containers) {
    if (entry.list === 'ephemeralContainers') continue; // ephemeral containers may not declare ports
    const owner = ownerOf(entry);
    const alone = entry.list === 'initContainers' && !isSidecar(entry);
    const own = alone
      ? new FirstSeen<PortOccurrence>(context, 'port-conflict', 'error', (say, earlier, later) => ({
          ...say.portListedTwice(later.port, owner),
          fixes: repeatedPortFix(context, say, earlier, later),
        }))
      : undefined;
    const list = pairOf(entry.container, 'ports')?.value;
    if (!isSeq(list)) continue;
    for (const { map: port, index } of mapItems(list)) {
      const protocol = protocolOf(port);
      const containerPort = valueOf(port, 'containerPort');
      const number = scalarText(containerPort);
      const at = {
        owner,
        container: entry.container,
        entry: { list, map: port, index },
        containerPort: number !== undefined ? `${number}/${protocol}` : undefined,
      };
      if (isScalar(containerPort) && number !== undefined) {
        const key = `${number}/${protocol}`;
        (own ?? shared).add(key, { ...at, node: containerPort, port: key });
      }
      const hostPort = valueOf(port, 'hostPort');
      const host = scalarText(hostPort);
      if (isScalar(hostPort) && host !== undefined && host !== '0') {
        const hostIP = stringAt(port, 'hostIP')?.value ?? '';
        const key = `${host}/${protocol}`;
        hostPorts.add(`${key} ${hostIP}`, { ...at, node: hostPort, port: key, hostIP: hostIP !== '' ? hostIP : undefined });
      }
    }
  }
}

type EnvOccurrence = Named & { readonly entry: ListEntry };

/**
 * Whether dropping the env entry at `index` leaves the container's environment as it was. The
 * kubelet sets the entries in order, each replacing an earlier one of the same name, and expands
 * `$(NAME)` in a value with what is set so far. So an entry matters only until the next one of its
 * name, and only to itself and to values between that mention `$(NAME)` (the next one included:
 * `PATH: $(PATH):/extra`). The last entry of a name is the one in effect.
 */
function removalKeepsEnvironment(entries: readonly ListEntry[], index: number, name: string): boolean {
  const reference = `$(${name})`;
  for (const { map } of entries.filter((e) => e.index > index)) {
    if (stringAt(map, 'value')?.value.includes(reference)) return false;
    if (stringAt(map, 'name')?.value === name) return true;
  }
  return false;
}

/**
 * Removing the earlier entry is preferred: the pod keeps running with the value it runs with now.
 * It is not offered when a `$(NAME)` needs that value, since the reference would then be left
 * unexpanded. Removing this entry is always offered (the earlier value was meant), and is preferred
 * instead when it alone keeps the environment (a middle one of three).
 */
function envFixes(
  context: RuleContext,
  say: DuplicatesMessages,
  entries: readonly ListEntry[],
  earlier: EnvOccurrence,
  later: EnvOccurrence,
): Fix[] {
  const earlierKeeps = removalKeepsEnvironment(entries, earlier.entry.index, earlier.name);
  const thisKeeps = removalKeepsEnvironment(entries, later.entry.index, later.name);
  return [
    ...(earlierKeeps ? removeFix(context, earlier.entry, say.removeEarlierEnv(earlier.name), true) : []),
    ...removeFix(context, later.entry, say.removeThisEnv(later.name), !earlierKeeps && thisKeeps),
  ];
}

function extendsItself(name: string, value: string | undefined): boolean {
  const reference = `$(${name})`;
  return value !== undefined && value !== reference && value.includes(reference);
}

function checkEnv(context: RuleContext, containers: readonly ContainerEntry[]): void {
  for (const container of containers) {
    const owner = ownerOf(container);
    const list = pairOf(container.container, 'env')?.value;
    if (!isSeq(list)) continue;
    const entries = mapItems(list).map(({ map, index }) => ({ list, map, index }));
    const env = new FirstSeen<EnvOccurrence>(context, 'duplicate-env', 'warning', (say, earlier, later) => ({
      ...say.env(earlier.name, owner),
      fixes: envFixes(context, say, entries, earlier, later),
    }));
    const named = new Set<string>();
    for (const entry of entries) {
      const name = stringAt(entry.map, 'name');
      if (!name) continue;
      // `PATH: $(PATH):/opt/bin` extends the earlier value on purpose; the API server does not warn about it either.
      if (named.has(name.value) && extendsItself(name.value, stringAt(entry.map, 'value')?.value)) continue;
      named.add(name.value);
      env.add(name.value, { node: name, name: name.value, entry });
    }
  }
}

function checkVolumes(context: RuleContext, spec: unknown): void {
  // Renaming the later volume would not be clear: mounts name volumes, and every mount of `data`
  // would stay with the first definition, whichever one its author had in mind. Only when both
  // definitions are the same is removing the later one sure to change nothing.
  const volumes = new FirstSeen<Named & { readonly entry: ListEntry }>(context, 'duplicate-volume', 'error', (say, earlier, later) => ({
    ...say.volume(earlier.name),
    fixes: sameContent(earlier.entry.map, later.entry.map)
      ? removeFix(context, later.entry, say.removeDuplicateVolume(later.name), true)
      : [],
  }));
  const list = pairOf(spec, 'volumes')?.value;
  if (!isSeq(list)) return;
  for (const { map: volume, index } of mapItems(list)) {
    const name = stringAt(volume, 'name');
    if (name) volumes.add(name.value, { node: name, name: name.value, entry: { list, map: volume, index } });
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
