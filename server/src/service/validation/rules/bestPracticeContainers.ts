// The best-practice checks of one container's own fields: privileged mode and a floating image tag
// (learner; with any written pull policy in strict), a writable root filesystem (strict only: nearly every first manifest has one, and the
// fix needs volumes for whatever the app writes).
import { isScalar, type YAMLMap } from 'yaml';
import type { ContainerListName } from '../../schema/podSpecs';
import { parseImageReference } from '../../util/imageRef';
import { isStringScalar, mapAt, pairOf, stringAt } from '../../util/yamlAccess';
import { setFieldsEdits } from '../podSecurity/fieldEdits';
import type { BestPracticesMessages } from '../messages/bestPractices';
import type { RuleContext, RuleSeverity } from '../rule';
import { span } from './podContext';

export const CONTAINER_PRACTICE_CODES = [
  'best-practice-privileged',
  'best-practice-latest-tag',
  'best-practice-read-only-root-fs',
] as const;

export interface ContainerAt {
  readonly container: YAMLMap;
  readonly list: ContainerListName;
  readonly index: number;
  /** Path from the document's root to the pod spec. */
  readonly podPath: readonly (string | number)[];
}

export function containerPractices(
  context: RuleContext,
  severity: RuleSeverity,
  say: BestPracticesMessages,
  root: YAMLMap | undefined,
  at: ContainerAt,
): void {
  const { container } = at;
  const name = stringAt(container, 'name');
  const privileged = pairOf(mapAt(container, 'securityContext'), 'privileged')?.value;
  if (isScalar(privileged) && privileged.value === true && privileged.range) {
    const [start, end] = [privileged.range[0], privileged.range[1]];
    context.report({
      code: 'best-practice-privileged',
      severity,
      start,
      end,
      message: say.privileged(name?.value ?? ''),
      fixes: [{ title: say.setPrivilegedFalse, edits: [{ start, end, newText: 'false' }], preferred: true }],
    });
  }
  latestTag(context, severity, say, container);
  // Strict only, and only for app containers: an init container that finishes writes nothing that stays.
  if (severity !== 'warning' || at.list !== 'containers' || !name || !root) return;
  const readOnly = pairOf(mapAt(container, 'securityContext'), 'readOnlyRootFilesystem')?.value;
  if (isScalar(readOnly) && readOnly.value === true) return;
  const edits = setFieldsEdits(context.document.chunk.text, root, [
    { path: [...at.podPath, at.list, at.index, 'securityContext', 'readOnlyRootFilesystem'], value: true },
  ]);
  context.report({
    code: 'best-practice-read-only-root-fs',
    severity,
    ...span(context, name),
    message: say.readOnlyRootFilesystem(name.value),
    ...(edits ? { fixes: [{ title: say.setReadOnlyRootFilesystem, edits }] } : {}),
  });
}

/**
 * An untagged or `latest` image whose pull policy is written: without one, implicit-always-pull
 * already explains what the kubelet does with it, and one finding on the same image is enough.
 * Learners meet it only with `Always`: `IfNotPresent` is implicit-always-pull's own fix for a
 * locally built image, and following one fix must not raise the next note.
 */
function latestTag(context: RuleContext, severity: RuleSeverity, say: BestPracticesMessages, container: YAMLMap): void {
  const image = pairOf(container, 'image')?.value;
  const policy = stringAt(container, 'imagePullPolicy');
  if (!isStringScalar(image) || !policy || (severity !== 'warning' && policy.value !== 'Always')) return;
  const parsed = parseImageReference(image.value);
  if (!parsed.ok || parsed.ref.digest !== undefined || (parsed.ref.tag !== undefined && parsed.ref.tag !== 'latest')) return;
  context.report({
    code: 'best-practice-latest-tag',
    severity,
    ...span(context, image),
    message: say.latestTag(image.value, parsed.ref.tag === 'latest', policy.value),
  });
}
