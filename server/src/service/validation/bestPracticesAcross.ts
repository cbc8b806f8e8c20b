// The best practices that need another object of the workspace: a container with no readiness probe
// behind a Service that selects its pods, and a PodDisruptionBudget that lets none of its pods be
// evicted. Silent where the workspace does not hold the other side, like every check across resources.
import { isScalar, type Node, type YAMLMap } from 'yaml';
import { containersOf, podSpecsOf } from '../schema/podSpecs';
import type { ServiceSettings } from '../settings';
import { mapAt, mapItems, pairOf, seqAt, stringAt } from '../util/yamlAccess';
import type { ObjectSummary } from '../workspace/objectSummary';
import { readLabelSelector, isEmptySelector, selectorMatches } from '../workspace/labelSelector';
import { matchesSelector } from '../workspace/selectors';
import { mayShareNamespace, type IndexView } from '../workspace/workspaceIndex';
import { bestPracticesMessages } from './messages/bestPractices';
import { setFieldsEdits } from './podSecurity/fieldEdits';
import type { Finding, Fix, RuleSeverity } from './rule';
import { severityOf } from './rules/bestPractices';

export const PRACTICES_ACROSS_CODES = ['best-practice-no-readiness-probe', 'best-practice-pdb-blocks-eviction'] as const;

export interface PracticesInput {
  readonly text: string;
  readonly root: YAMLMap;
  readonly summary: ObjectSummary;
  readonly index: IndexView;
  readonly settings: ServiceSettings;
}

/** Kinds whose pods keep serving (a Job's pods finish; a Service in front of them is unusual). */
const SERVING_KINDS = new Set(['Pod', 'Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'ReplicationController']);

export function practicesAcross(input: PracticesInput): Finding[] {
  const severity = severityOf(input);
  if (!severity) return [];
  const findings: Finding[] = [];
  if (input.summary.pod && SERVING_KINDS.has(input.summary.kind)) readinessProbes(input, severity, findings);
  if (input.summary.kind === 'PodDisruptionBudget' && input.summary.group === 'policy') budgetBlocks(input, severity, findings);
  return findings;
}

function rangeOf(node: Node | null | undefined): { start: number; end: number } | undefined {
  const range = node?.range;
  return range ? { start: range[0], end: range[1] } : undefined;
}

function readinessProbes(input: PracticesInput, severity: RuleSeverity, findings: Finding[]): void {
  const labels = input.summary.pod?.labels ?? {};
  const services = input.index
    .ofKind('Service')
    .filter((s) => s.group === '' && s.service?.selector && Object.keys(s.service.selector).length > 0 && s.service.type !== 'ExternalName')
    .filter((s) => mayShareNamespace(s.namespace, input.summary.namespace) && matchesSelector(s.service?.selector ?? {}, labels));
  if (services.length === 0) return;
  const [pod] = podSpecsOf(input.summary.kind, input.root);
  if (!pod) return;
  const say = bestPracticesMessages[input.settings.language];
  const names = [...new Set(services.map((s) => s.name ?? '?'))];
  for (const { container, index } of containersOf(pod.spec, ['containers'])) {
    if (pairOf(container, 'readinessProbe')) continue;
    const name = stringAt(container, 'name');
    const where = rangeOf(name) ?? rangeOf(pairOf(container, 'image')?.key);
    if (!where) continue;
    const port = mapItems(seqAt(container, 'ports'))
      .map(({ map }) => pairOf(map, 'containerPort')?.value)
      .find((v) => isScalar(v) && typeof v.value === 'number');
    const portNumber = isScalar(port) ? (port.value as number) : undefined;
    const edits =
      portNumber === undefined
        ? undefined
        : setFieldsEdits(input.text, input.root, [
            { path: [...pod.path, 'containers', index, 'readinessProbe', 'tcpSocket', 'port'], value: portNumber },
          ]);
    findings.push({
      code: 'best-practice-no-readiness-probe',
      severity,
      ...where,
      message: say.noReadinessProbe(name?.value ?? '', names),
      ...(edits && portNumber !== undefined ? { fixes: [{ title: say.addTcpReadinessProbe(portNumber), edits }] } : {}),
    });
  }
}

/** `0` or `0%`: no pod may be unavailable, whatever the replicas. */
const isZero = (value: unknown): boolean => value === 0 || value === '0%';

function budgetBlocks(input: PracticesInput, severity: RuleSeverity, findings: Finding[]): void {
  const spec = mapAt(input.root, 'spec');
  const min = pairOf(spec, 'minAvailable');
  const max = pairOf(spec, 'maxUnavailable');
  // Both set is pdb-spec's error; the API server refuses the object before any drain meets it.
  if (min && max) return;
  const say = bestPracticesMessages[input.settings.language];
  const pair = min ?? max;
  const value = pair?.value;
  if (!pair || !isScalar(value) || !value.range) return;
  const at = { start: value.range[0], end: value.range[1] };
  const shown = String(value.value);
  if (max) {
    if (!isZero(value.value)) return;
    const fix: Fix = { title: say.useMaxUnavailableOne, edits: [{ ...at, newText: '1' }], preferred: true };
    findings.push({
      code: 'best-practice-pdb-blocks-eviction',
      severity,
      ...at,
      message: say.budgetBlocks({ kind: 'maxUnavailableZero', value: shown }),
      fixes: [fix],
    });
    return;
  }
  const selector = readLabelSelector(pairOf(spec, 'selector')?.value);
  // An empty selector takes every pod of the namespace, which the workspace cannot know.
  if (!selector || isEmptySelector(selector)) return;
  const selected = input.index
    .podMakers()
    .filter((o) => mayShareNamespace(o.namespace, input.summary.namespace) && o.pod && selectorMatches(selector, o.pod.labels));
  // A DaemonSet or Job among them: how many pods it runs is not written down.
  if (selected.length === 0 || selected.some((o) => o.pod?.replicas === undefined)) return;
  const replicas = selected.reduce((sum, o) => sum + (o.pod?.replicas ?? 0), 0);
  const wanted = minAvailableOf(value.value, replicas);
  if (wanted === undefined || wanted < replicas || replicas === 0) return;
  const key = rangeOf(pair.key);
  const fixes: Fix[] = key
    ? [
        {
          title: say.useMaxUnavailableOne,
          edits: [
            { ...key, newText: 'maxUnavailable' },
            { ...at, newText: '1' },
          ],
          preferred: true,
        },
      ]
    : [];
  findings.push({
    code: 'best-practice-pdb-blocks-eviction',
    severity,
    ...at,
    message: say.budgetBlocks({
      kind: 'minAvailableAll',
      value: shown,
      replicas,
      workloads: selected.map((o) => `${o.kind} "${o.name ?? '?'}"`),
    }),
    fixes,
  });
}

/** How many pods `minAvailable` keeps, as the disruption controller rounds a percentage (up). */
function minAvailableOf(value: unknown, replicas: number): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  const percent = typeof value === 'string' ? /^(\d+)%$/.exec(value) : null;
  return percent ? Math.ceil((Number(percent[1]) * replicas) / 100) : undefined;
}
