// ErrImagePull / ImagePullBackOff / InvalidImageName: read the registry's answer in the kubelet's
// message and tell apart a locally built image that Kubernetes tries to pull, a name or tag that
// does not exist, a private registry without credentials, a wrong platform, and network trouble.

import { impliedPullPolicy, parseImageReference } from '../../../../server/src/service/manifestKit';
import { containerTarget, evidenceOf, finding, messagesOf, type ContainerRef, type DiagnosisContext, type Finding } from './context';

const PULL_REASONS = new Set(['ErrImagePull', 'ImagePullBackOff', 'ErrImageNeverPull', 'RegistryUnavailable']);

type PullProblem = 'platform' | 'unauthorized' | 'not-found' | 'other';

const PLATFORM = /no matching manifest for ([\w/.-]+)|no match for platform in manifest/;
const UNAUTHORIZED =
  /pull access denied|requested access to the resource is denied|unauthorized|authorization failed|authentication required|401 Unauthorized|403 Forbidden|may require authorization|may require 'docker login'/i;
const NOT_FOUND = /not found|manifest unknown|NotFound|does not exist/;

export function classifyPullError(text: string): PullProblem {
  if (PLATFORM.test(text)) return 'platform';
  if (UNAUTHORIZED.test(text)) return 'unauthorized';
  if (NOT_FOUND.test(text)) return 'not-found';
  return 'other';
}

const DOCKER_HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

interface ImageFacts {
  registry: string;
  /** Docker Hub image with a one-part name (`myapp`): the shape of an image built with `docker build -t myapp`. */
  localLooking: boolean;
  impliedPolicy: string;
}

function imageFacts(image: string): ImageFacts {
  const parsed = parseImageReference(image);
  if (!parsed.ok) return { registry: 'docker.io', localLooking: false, impliedPolicy: 'Always' };
  const registry = parsed.ref.registry ?? 'docker.io';
  const repository = parsed.ref.repository.replace(/^library\//, '');
  return { registry, localLooking: DOCKER_HUB.has(registry) && !repository.includes('/'), impliedPolicy: impliedPullPolicy(parsed.ref) };
}

function diagnosePull(ctx: DiagnosisContext, ref: ContainerRef): Finding | undefined {
  const waiting = ref.status?.state?.waiting;
  const { container } = ref;
  const image = container.image ?? '';
  const who = { container: container.name, init: ref.init };
  const base = { severity: 'error' as const, container: container.name, init: ref.init, target: containerTarget(ref, 'image') };
  if (waiting?.reason === 'InvalidImageName') {
    return finding(
      'image-invalid-name',
      { ...who, image },
      { ...base, evidence: evidenceOf(waiting.message, messagesOf(ctx.eventsFor(container.name, 'InspectFailed'))) },
    );
  }
  if (waiting?.reason === undefined || !PULL_REASONS.has(waiting.reason)) return undefined;
  const failures = ctx.eventsFor(container.name, 'Failed').filter((e) => (e.message ?? '').startsWith('Failed to pull image'));
  const evidence = evidenceOf(messagesOf(failures), waiting.message);
  const text = evidence.join('\n');
  const facts = imageFacts(image);
  const problem = classifyPullError(text);
  const policySet = container.imagePullPolicy !== undefined && container.imagePullPolicy !== '';
  const policy = policySet ? (container.imagePullPolicy ?? '') : facts.impliedPolicy;
  if (problem === 'platform') {
    const platform =
      PLATFORM.exec(text)?.[1] ??
      (ctx.input.node?.status?.nodeInfo?.architecture ? `linux/${ctx.input.node.status.nodeInfo.architecture}` : undefined);
    return finding('image-pull-wrong-platform', platform ? { ...who, image, platform } : { ...who, image }, { ...base, evidence });
  }
  const ambiguous = /repository does not exist|may require/.test(text);
  // A one-part Docker Hub name that the registry does not know: untagged/latest (pulled because of
  // the implied Always policy), or a repository Docker Hub has never heard of. A tagged official
  // image with an unknown tag (`nginx:1.277`) is a plain typo instead.
  const untaggedOrLatest = facts.impliedPolicy === 'Always';
  const unknownHere = (untaggedOrLatest && problem !== 'other') || (problem === 'unauthorized' && ambiguous);
  if (facts.localLooking && unknownHere && policy !== 'Never') {
    const result = finding('image-pull-local-image', { ...who, image, policy, policySet }, { ...base, evidence });
    if (policy === 'Always') {
      result.quickFix = {
        kind: 'add-imagePullPolicy',
        container: container.name,
        target: containerTarget(ref, 'imagePullPolicy'),
        value: 'IfNotPresent',
      };
      if (!policySet) result.quickFix.target.missing = true;
    }
    return result;
  }
  if (problem === 'not-found') return finding('image-pull-not-found', { ...who, image }, { ...base, evidence });
  if (problem === 'unauthorized') {
    const hasPullSecrets = (ctx.spec.imagePullSecrets ?? []).length > 0;
    return finding(
      'image-pull-unauthorized',
      { ...who, image, registry: facts.registry, hasPullSecrets, ambiguous },
      { ...base, evidence },
    );
  }
  return finding('image-pull-failed', { ...who, image, registry: facts.registry }, { ...base, evidence });
}

/** Pull and image-name problems of every container that is waiting on its image. */
export function diagnoseImagePulls(ctx: DiagnosisContext): Finding[] {
  return ctx.containers.map((ref) => diagnosePull(ctx, ref)).filter((f): f is Finding => f !== undefined);
}
