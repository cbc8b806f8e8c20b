// Pure decisions behind "Debug with an ephemeral container": reuse a debugger of the same image
// and target that still runs (ephemeral containers can never be removed, so one per click would
// pile up), otherwise a new one named as kubectl debug names them (`debugger-xxxxx`), added with a
// strategic merge patch that names only the new container (the list merges by name).
import type { Container, ContainerStatus, Pod } from '../kube/kubeTypes';

export type EphemeralContainer = Container & { targetContainerName?: string };

/** The consonants and digits Kubernetes' random name suffixes use (no vowels, so no words). */
const SUFFIX_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

export interface DebuggerRequest {
  readonly image: string;
  /** The container whose processes the debugger should see (targetContainerName). */
  readonly target: string;
}

/** Where an ephemeral container stands, from the pod's status. */
export type DebuggerState =
  | { readonly kind: 'starting'; readonly reason?: string }
  | { readonly kind: 'running' }
  /** It will not run: an image that cannot be pulled, or a container that exited. */
  | { readonly kind: 'failed'; readonly reason: string; readonly message?: string };

export type DebuggerPlan =
  { readonly kind: 'reuse'; readonly name: string } | { readonly kind: 'add'; readonly container: EphemeralContainer };

/** Waiting reasons after which the kubelet will not start the container without a change. */
const FAILED_WAITING = new Set([
  'ErrImagePull',
  'ImagePullBackOff',
  'InvalidImageName',
  'ErrImageNeverPull',
  'CreateContainerConfigError',
  'CreateContainerError',
  'RunContainerError',
]);

function statusOf(pod: Pod, name: string): ContainerStatus | undefined {
  return pod.status?.ephemeralContainerStatuses?.find((s) => s.name === name);
}

export function debuggerState(pod: Pod, name: string): DebuggerState {
  const status = statusOf(pod, name);
  const state = status?.state;
  if (state?.running) return { kind: 'running' };
  if (state?.terminated) {
    const t = state.terminated;
    return { kind: 'failed', reason: t.reason ?? 'Terminated', message: t.message ?? `exit code ${t.exitCode}` };
  }
  const waiting = state?.waiting;
  if (waiting?.reason !== undefined && FAILED_WAITING.has(waiting.reason)) {
    return waiting.message !== undefined
      ? { kind: 'failed', reason: waiting.reason, message: waiting.message }
      : { kind: 'failed', reason: waiting.reason };
  }
  return waiting?.reason !== undefined ? { kind: 'starting', reason: waiting.reason } : { kind: 'starting' };
}

/** `busybox` and `docker.io/library/busybox:latest` are the same image. */
export function sameImage(a: string, b: string): boolean {
  return normalizeImage(a) === normalizeImage(b);
}

function normalizeImage(image: string): string {
  let rest = image.trim();
  const at = rest.indexOf('@');
  const digest = at >= 0 ? rest.slice(at) : '';
  if (at >= 0) rest = rest.slice(0, at);
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  let tag = '';
  if (colon > slash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const first = rest.split('/')[0] ?? '';
  const hasRegistry = rest.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  if (!hasRegistry) rest = rest.includes('/') ? `docker.io/${rest}` : `docker.io/library/${rest}`;
  return digest !== '' ? `${rest}${digest}` : `${rest}:${tag === '' ? 'latest' : tag}`;
}

/** A debugger of this image and target that runs or is still starting. */
export function reusableDebugger(pod: Pod, request: DebuggerRequest): string | undefined {
  const found = (pod.spec?.ephemeralContainers ?? []).find(
    (c) =>
      c.image !== undefined &&
      sameImage(c.image, request.image) &&
      (c.targetContainerName ?? '') === request.target &&
      debuggerState(pod, c.name).kind !== 'failed',
  );
  return found?.name;
}

function allNames(pod: Pod): Set<string> {
  const spec = pod.spec;
  return new Set([...(spec?.containers ?? []), ...(spec?.initContainers ?? []), ...(spec?.ephemeralContainers ?? [])].map((c) => c.name));
}

/** `debugger-` and five random characters, not taken in the pod. `random` returns values in [0, 1). */
export function debuggerName(pod: Pod, random: () => number): string {
  const taken = allNames(pod);
  for (;;) {
    let suffix = '';
    for (let i = 0; i < 5; i++) suffix += SUFFIX_ALPHABET[Math.floor(random() * SUFFIX_ALPHABET.length)] ?? 'b';
    const name = `debugger-${suffix}`;
    if (!taken.has(name)) return name;
  }
}

export function planDebugger(pod: Pod, request: DebuggerRequest, random: () => number): DebuggerPlan {
  const reuse = reusableDebugger(pod, request);
  if (reuse !== undefined) return { kind: 'reuse', name: reuse };
  return {
    kind: 'add',
    container: {
      name: debuggerName(pod, random),
      image: request.image,
      targetContainerName: request.target,
      // An interactive shell as its main process keeps the debugger alive for the sessions opened in it.
      stdin: true,
      tty: true,
      terminationMessagePolicy: 'File',
    },
  };
}

/** The body of a strategic merge patch to pods/NAME/ephemeralcontainers that adds `container`. */
export function addDebuggerPatch(container: EphemeralContainer): { spec: { ephemeralContainers: EphemeralContainer[] } } {
  return { spec: { ephemeralContainers: [container] } };
}
