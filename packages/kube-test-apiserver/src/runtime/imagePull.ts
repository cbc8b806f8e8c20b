// Pulling a container's image with the kubelet's events and waiting states: Pulling/Pulled, or
// Failed with ErrImagePull, then BackOff with ImagePullBackOff, retried with growing delays.
import { asString, type Obj } from '../objects';
import { resolveImage, type ImageDefinition, type ImageReference } from './images';
import { backoffDelay } from './options';
import { pause, type PodContext } from './podContext';

export interface PulledImage {
  readonly image: ImageDefinition;
  readonly reference: ImageReference;
  readonly imageId: string;
  readonly bin: string;
}

export interface PullTarget {
  readonly spec: Obj;
  readonly fieldPath: string;
  setWaiting(reason: string, message?: string): void;
}

/** A duration as Go prints one: 517.2ms, 5.358s. */
function seconds(ms: number): string {
  return ms < 1000 ? `${Number(ms.toFixed(1))}ms` : `${Number((ms / 1000).toFixed(3))}s`;
}

async function attempt(
  pod: PodContext,
  target: PullTarget,
  signal: AbortSignal,
): Promise<PulledImage | { failed: string; reason: string }> {
  const image = asString(target.spec.image) ?? '';
  const policy = asString(target.spec.imagePullPolicy) ?? 'IfNotPresent';
  const resolved = resolveImage(image);
  if (!resolved.ok && resolved.reason === 'InvalidImageName') return { failed: resolved.message, reason: 'InvalidImageName' };
  const present = resolved.ok && pod.images.has(resolved.reference.full);
  if (policy === 'Never' && !present) {
    return { failed: `Container image "${image}" is not present with pull policy of Never`, reason: 'ErrImageNeverPull' };
  }
  if (present && policy !== 'Always' && resolved.ok) {
    pod.event('Normal', 'Pulled', `Container image "${image}" already present on machine`, target.fieldPath);
    return {
      image: resolved.image,
      reference: resolved.reference,
      imageId: resolved.imageId,
      bin: pod.images.materialize(resolved.reference.full, resolved.image),
    };
  }
  pod.event('Normal', 'Pulling', `Pulling image "${image}"`, target.fieldPath);
  const started = Date.now();
  await pause(pod.options.pullDelayMs, signal);
  if (!resolved.ok) {
    pod.event('Warning', 'Failed', `Failed to pull image "${image}": ${resolved.message}`, target.fieldPath);
    return { failed: resolved.message, reason: 'ErrImagePull' };
  }
  const took = seconds(Date.now() - started);
  pod.event(
    'Normal',
    'Pulled',
    `Successfully pulled image "${image}" in ${took} (${took} including waiting). Image size: ${resolved.image.sizeBytes} bytes.`,
    target.fieldPath,
  );
  return {
    image: resolved.image,
    reference: resolved.reference,
    imageId: resolved.imageId,
    bin: pod.images.materialize(resolved.reference.full, resolved.image),
  };
}

/** Pulls until it works or the pod stops; undefined when stopped first. */
export async function pullImage(pod: PodContext, target: PullTarget, signal: AbortSignal): Promise<PulledImage | undefined> {
  const image = asString(target.spec.image) ?? '';
  for (let failures = 0; !pod.isStopping(); failures++) {
    const result = await attempt(pod, target, signal);
    if (pod.isStopping()) return undefined;
    if (!('failed' in result)) return result;
    pod.event('Warning', 'Failed', `Error: ${result.reason}`, target.fieldPath);
    target.setWaiting(result.reason, result.failed);
    pod.publish();
    if (result.reason === 'InvalidImageName') {
      await pause(backoffDelay(pod.options, failures), signal);
      continue;
    }
    const delay = backoffDelay(pod.options, failures);
    // The kubelet reports ErrImagePull for a moment, then backs off.
    await pause(Math.min(delay / 3, 500), signal);
    if (pod.isStopping()) return undefined;
    pod.event('Normal', 'BackOff', `Back-off pulling image "${image}"`, target.fieldPath);
    pod.event('Warning', 'Failed', 'Error: ImagePullBackOff', target.fieldPath);
    target.setWaiting('ImagePullBackOff', `Back-off pulling image "${image}": ${result.reason}: ${result.failed}`);
    pod.publish();
    await pause(delay, signal);
  }
  return undefined;
}
