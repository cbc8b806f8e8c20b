// The pod-security-* findings of a document: its pod spec evaluated against every policy that
// applies (policySources.ts), one finding per place at fault at the strongest mode that asks,
// placed on the field (or where a missing field belongs), with the quick fixes that make it pass.
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import type { ParsedChunk } from '../../document/manifest';
import { podSpecsOf } from '../../schema/podSpecs';
import type { ServiceSettings } from '../../settings';
import { pairOf, stringAt } from '../../util/yamlAccess';
import { podSecurityMessages, type PolicySource } from '../messages/podSecurity';
import type { Finding, Fix, RuleSeverity } from '../rule';
import { headRange } from '../yamlText';
import type { IndexView } from '../../workspace/workspaceIndex';
import type { FieldSetting, Violation } from './checks/check';
import { evaluatePod } from './evaluate';
import { setFieldsEdits } from './fieldEdits';
import { policyName } from './policy';
import { policiesFor, type AppliedPolicy } from './policySources';
import type { Path, PodInput } from './podView';

export interface PodSecurityInput {
  readonly chunk: ParsedChunk;
  readonly root: YAMLMap;
  readonly kind: string;
  readonly group: string;
  readonly namespace: string | undefined;
  readonly uri: string;
  readonly index: IndexView;
  readonly settings: ServiceSettings;
  /** Which violations to report, by the place (path from the root) and whether the field is missing; all when absent. */
  readonly keep?: (path: Path, missing: boolean) => boolean;
}

/** The built-in kinds whose pods admission checks, by API group (a custom `Job` is not one). */
const POD_KINDS: Readonly<Record<string, string>> = {
  Pod: '',
  PodTemplate: '',
  ReplicationController: '',
  Deployment: 'apps',
  ReplicaSet: 'apps',
  StatefulSet: 'apps',
  DaemonSet: 'apps',
  Job: 'batch',
  CronJob: 'batch',
};

/** Strongest first: what the user meets first when applying. */
const RANK = (source: PolicySource): number => (source.kind === 'setting' ? 2 : { enforce: 0, warn: 1, audit: 3 }[source.mode]);
const SEVERITY = (source: PolicySource, settings: ServiceSettings): RuleSeverity =>
  source.kind === 'setting'
    ? (settings.podSecurity?.severity ?? 'warning')
    : ({ enforce: 'error', warn: 'warning', audit: 'information' } as const)[source.mode];

/** The codes whose fix "make this container meet restricted" gathers. */
const RESTRICTED_CONTAINER_CODES = new Set([
  'pod-security-privilege-escalation',
  'pod-security-capabilities',
  'pod-security-run-as-non-root',
  'pod-security-seccomp',
]);

function plainAt(value: unknown, path: Path): unknown {
  let at = value;
  for (const segment of path) at = (at as Record<string | number, unknown> | null | undefined)?.[segment];
  return at;
}

function rangeOf(node: Node | null | undefined): [number, number] | undefined {
  const range = node?.range;
  return range ? [range[0], range[1]] : undefined;
}

/** Where a finding about `path` goes: the value at fault, else the nearest field that is there. */
function locate(text: string, root: YAMLMap, path: Path, missing: boolean): [number, number] {
  let node: unknown = root;
  let key: Node | undefined;
  let depth = 0;
  for (const segment of path) {
    let next: unknown;
    let nextKey: Node | undefined;
    if (typeof segment === 'number') next = isSeq(node) ? node.items[segment] : undefined;
    else {
      const pair = pairOf(node, segment);
      next = pair?.value;
      nextKey = pair?.key;
      if (pair && (next === null || next === undefined)) {
        key = nextKey;
        node = next;
        depth++;
        break;
      }
    }
    if (next === undefined || next === null) break;
    node = next;
    key = nextKey;
    depth++;
  }
  const complete = depth === path.length;
  if (complete && !missing && isScalar(node) && node.value !== null) return rangeOf(node) ?? [0, 0];
  if (key) return rangeOf(key) ?? [0, 0];
  // A list item (a container): its name, else its first line.
  const name = stringAt(node, 'name');
  if (name) return rangeOf(name) ?? [0, 0];
  return isMap(node) || isSeq(node) || isScalar(node) ? headRange(text, node) : [0, 0];
}

function fieldLabel(path: Path): string {
  const annotations = path.indexOf('annotations');
  if (annotations >= 0) return String(path[annotations + 1]);
  let from = 0;
  path.forEach((segment, i) => {
    if (typeof segment === 'number') from = i + 1;
  });
  const rest = path.slice(from).filter((s) => s !== 'spec' || from > 0);
  return rest.join('.');
}

function valueLabel(value: FieldSetting['value']): string {
  return Array.isArray(value) ? `[${value.join(', ')}]` : String(value);
}

interface Found {
  readonly violation: Violation;
  readonly applied: AppliedPolicy;
}

export function podSecurityFindings(input: PodSecurityInput): Finding[] {
  if (POD_KINDS[input.kind] !== input.group) return [];
  const applied = policiesFor(input.index, input.namespace, input.uri, input.settings);
  if (applied.length === 0) return [];
  const [location] = podSpecsOf(input.kind, input.root);
  if (!location) return [];
  const podPath = location.path.slice(0, -1);
  let pod: PodInput;
  try {
    pod = plainAt(input.chunk.yaml.toJS({ maxAliasCount: 100 }), podPath) ?? {};
  } catch {
    return []; // aliases the parser refuses to expand: the document is reported elsewhere
  }
  const keep = input.keep;
  const all: Found[] = applied
    .flatMap((a) => evaluatePod(pod, a.policy).map((violation) => ({ violation, applied: a })))
    .filter(({ violation }) => !keep || keep([...podPath, ...violation.at], violation.missing === true));
  const strongest = new Map<string, Found>();
  for (const found of all) {
    const key = `${found.violation.code}|${found.violation.at.join('/')}|${found.violation.detail}`;
    const kept = strongest.get(key);
    if (!kept || RANK(found.applied.source) < RANK(kept.applied.source)) strongest.set(key, found);
  }
  const text = input.chunk.text;
  const say = podSecurityMessages[input.settings.language];
  const full = (path: Path): Path => [...podPath, ...path];
  const meetRestricted = restrictedContainerFixes(input, pod, all, full);
  return [...strongest.values()].map(({ violation, applied: a }) => {
    const [start, end] = locate(text, input.root, full(violation.at), violation.missing === true);
    const fixes: Fix[] = [];
    const combined =
      violation.container && RESTRICTED_CONTAINER_CODES.has(violation.code) ? meetRestricted.get(violation.container.join('/')) : undefined;
    if (combined) fixes.push(combined);
    for (const setting of violation.fix ?? []) {
      const edits = setFieldsEdits(text, input.root, [{ path: full(setting.path), value: setting.value }]);
      if (edits)
        fixes.push({
          title: say.setField(fieldLabel(setting.path), valueLabel(setting.value)),
          edits,
          ...(combined ? {} : { preferred: true }),
        });
    }
    return {
      code: violation.code,
      severity: SEVERITY(a.source, input.settings),
      start,
      end,
      message: say.finding({
        source: a.source,
        policy: policyName(a.policy),
        objectKind: input.kind,
        check: violation.check,
        reason: violation.reason,
        detail: violation.detail,
      }),
      ...(fixes.length > 0 ? { fixes } : {}),
    };
  });
}

/** Per container: one fix that sets every field restricted asks of it, when it asks more than one. */
function restrictedContainerFixes(
  input: PodSecurityInput,
  pod: PodInput,
  all: readonly Found[],
  full: (path: Path) => Path,
): Map<string, Fix> {
  const byContainer = new Map<string, { name: string; settings: FieldSetting[] }>();
  for (const { violation, applied } of all) {
    if (applied.policy.level !== 'restricted' || !violation.container || !RESTRICTED_CONTAINER_CODES.has(violation.code)) continue;
    const key = violation.container.join('/');
    let entry = byContainer.get(key);
    if (!entry) {
      const name = (plainAt(pod, violation.container) as { name?: unknown } | undefined)?.name;
      byContainer.set(key, (entry = { name: typeof name === 'string' ? name : '', settings: [] }));
    }
    for (const setting of violation.fix ?? []) {
      if (!entry.settings.some((s) => s.path.join('/') === setting.path.join('/'))) entry.settings.push(setting);
    }
  }
  const out = new Map<string, Fix>();
  const say = podSecurityMessages[input.settings.language];
  for (const [key, { name, settings }] of byContainer) {
    if (settings.length < 2) continue;
    const edits = setFieldsEdits(
      input.chunk.text,
      input.root,
      settings.map((s) => ({ path: full(s.path), value: s.value })),
    );
    if (edits) out.set(key, { title: say.meetRestricted(name), edits, preferred: true });
  }
  return out;
}
