// best-practice-*: what kube-score, kube-linter and Polaris users rely on, for people learning
// (`podwright.bestPractices`: off, learner — the default, information — or strict, warnings).
// The learner set is only what bites learners in practice (a liveness probe that restarts a busy
// app, the node's network or disk); resource requests and limits, which nearly every first
// manifest lacks, are strict only. An untagged or `:latest` image is implicit-always-pull's.
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar } from 'yaml';
import { containersOf } from '../../schema/podSpecs';
import { setFieldsEdits } from '../podSecurity/fieldEdits';
import { mapAt, mapItems, pairOf, seqAt, stringAt } from '../../util/yamlAccess';
import { bestPracticesMessages } from '../messages/bestPractices';
import type { Rule, RuleContext, RuleSeverity } from '../rule';
import { documentRoot, podSpecsIn, span } from './podContext';
import { containerPractices, CONTAINER_PRACTICE_CODES } from './bestPracticeContainers';

export const BEST_PRACTICE_CODES = [
  'best-practice-identical-probes',
  'best-practice-host-network',
  'best-practice-host-path',
  'best-practice-resources',
  ...CONTAINER_PRACTICE_CODES,
] as const;

export function severityOf(context: Pick<RuleContext, 'settings'>): RuleSeverity | undefined {
  const mode = context.settings.bestPractices ?? 'learner';
  return mode === 'off' ? undefined : mode === 'strict' ? 'warning' : 'information';
}

function plain(context: RuleContext, node: unknown): unknown {
  return isMap(node) ? node.toJS(context.document.chunk.yaml) : undefined;
}

export const bestPracticesRule: Rule = {
  codes: BEST_PRACTICE_CODES,
  check(context) {
    const severity = severityOf(context);
    if (!severity) return;
    const say = bestPracticesMessages[context.settings.language];
    const root = documentRoot(context)?.root;
    const text = context.document.chunk.text;
    for (const pod of podSpecsIn(context)) {
      const hostNetwork = pairOf(pod.spec, 'hostNetwork');
      if (hostNetwork && isScalar(hostNetwork.value) && hostNetwork.value.value === true && hostNetwork.value.range) {
        const [start, end] = [hostNetwork.value.range[0], hostNetwork.value.range[1]];
        context.report({
          code: 'best-practice-host-network',
          severity,
          start,
          end,
          message: say.hostNetwork,
          fixes: [{ title: say.useFalse, edits: [{ start, end, newText: 'false' }] }],
        });
      }
      for (const { map } of mapItems(seqAt(pod.spec, 'volumes'))) {
        const hostPath = pairOf(map, 'hostPath');
        if (hostPath && isMap(hostPath.value))
          context.report({
            code: 'best-practice-host-path',
            severity,
            ...span(context, hostPath.key),
            message: say.hostPath(stringAt(map, 'name')?.value ?? ''),
          });
      }
      for (const { container, list, index } of containersOf(pod.spec, ['containers', 'initContainers'])) {
        containerPractices(context, severity, say, root, { container, list, index, podPath: pod.path });
        const name = stringAt(container, 'name');
        const liveness = pairOf(container, 'livenessProbe');
        const readiness = mapAt(container, 'readinessProbe');
        if (liveness && readiness && isDeepStrictEqual(plain(context, liveness.value), plain(context, readiness))) {
          context.report({
            code: 'best-practice-identical-probes',
            severity,
            ...span(context, liveness.key),
            message: say.identicalProbes(name?.value ?? ''),
          });
        }
        // Init containers that finish are not scheduled apart from the pod's other containers; strict asks only of app containers.
        if (severity !== 'warning' || list !== 'containers' || !name || !root) continue;
        const resources = mapAt(container, 'resources');
        const requests = mapAt(resources, 'requests');
        const missing = [
          ...(pairOf(requests, 'cpu') ? [] : ['requests.cpu']),
          ...(pairOf(requests, 'memory') ? [] : ['requests.memory']),
          ...(pairOf(mapAt(resources, 'limits'), 'memory') ? [] : ['limits.memory']),
        ];
        if (missing.length === 0) continue;
        const base = [...pod.path, list, index, 'resources'];
        const settings = [
          ...(missing.includes('requests.cpu') ? [{ path: [...base, 'requests', 'cpu'], value: '100m' }] : []),
          ...(missing.includes('requests.memory') ? [{ path: [...base, 'requests', 'memory'], value: '128Mi' }] : []),
          ...(missing.includes('limits.memory') ? [{ path: [...base, 'limits', 'memory'], value: '128Mi' }] : []),
        ];
        const edits = setFieldsEdits(text, root, settings);
        context.report({
          code: 'best-practice-resources',
          severity,
          ...span(context, name),
          message: say.resources(name.value, missing),
          ...(edits ? { fixes: [{ title: say.addResources, edits }] } : {}),
        });
      }
    }
  },
};
