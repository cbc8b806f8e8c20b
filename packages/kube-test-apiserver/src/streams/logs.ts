// GET pods/NAME/log: a container's output as a raw chunked body, with the query options kubectl
// and the client library send (container, follow, previous, tailLines, timestamps, since*, limitBytes).
import type { ServerResponse } from 'node:http';
import { isObj, type Obj } from '../objects';
import { badRequest, notFound } from '../status';
import { resourceByName } from '../resources';
import type { Kubelet } from '../runtime/kubelet';
import { logTimestamp, type ContainerLog, type LogLine } from '../runtime/containerLog';
import type { ContainerWorker } from '../runtime/containerWorker';
import type { PodWorker } from '../runtime/podWorker';

const WAITING_TEXT: Record<string, string> = {
  ErrImagePull: 'trying and failing to pull image',
  ImagePullBackOff: "image can't be pulled",
};

export function chooseContainer(pod: Obj, worker: PodWorker | undefined, name: string | null): ContainerWorker | undefined {
  const spec = isObj(pod.spec) ? pod.spec : {};
  const names = (list: unknown): string[] => (Array.isArray(list) ? list.filter(isObj).map((c) => String(c.name as string)) : []);
  const containers = names(spec.containers);
  const init = names(spec.initContainers);
  const ephemeral = names(spec.ephemeralContainers);
  const podName = isObj(pod.metadata) ? String(pod.metadata.name) : '';
  if (!name) {
    if (containers.length !== 1) {
      const initText = init.length > 0 ? ` or one of the init containers: [${init.join(' ')}]` : '';
      throw badRequest(`a container name must be specified for pod ${podName}, choose one of: [${containers.join(' ')}]${initText}`);
    }
    name = containers[0] ?? '';
  }
  if (!containers.includes(name) && !init.includes(name) && !ephemeral.includes(name))
    throw badRequest(`container ${name} is not valid for pod ${podName}`);
  return worker?.worker(name);
}

function waitingMessage(worker: ContainerWorker | undefined, container: string, pod: string): string {
  const waiting = worker && isObj(worker.state.waiting) ? String(worker.state.waiting.reason) : 'ContainerCreating';
  return `container "${container}" in pod "${pod}" is waiting to start: ${WAITING_TEXT[waiting] ?? waiting}`;
}

/** Follows in progress, per node, so a test can cut them (as a network blip or a restarting API server would). */
const follows = new WeakMap<Kubelet, Set<{ readonly namespace: string; readonly pod: string; readonly cut: () => void }>>();

/** Cuts the open follow streams of a pod's logs mid-stream; says how many there were. */
export function dropLogStreams(kubelet: Kubelet, namespace: string, pod: string): number {
  const open = [...(follows.get(kubelet) ?? [])].filter((f) => f.namespace === namespace && f.pod === pod);
  for (const follow of open) follow.cut();
  return open.length;
}

const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

/** sinceTime as the kubelet applies it: the API server passes it on in whole seconds (RFC 3339
 * without fractions), so a fraction the client sent does not narrow the answer. */
function sinceTimeMs(value: string): number {
  const ms = RFC3339.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) throw badRequest(`invalid sinceTime "${value}": expected an RFC 3339 time such as 2006-01-02T15:04:05Z`);
  return Math.floor(ms / 1000) * 1000;
}

function format(line: LogLine, timestamps: boolean): string {
  return timestamps ? `${logTimestamp(line.time)} ${line.text}` : line.text;
}

export interface LogQuery {
  readonly container: string | null;
  readonly follow: boolean;
  readonly previous: boolean;
  readonly timestamps: boolean;
  readonly tailLines: number | undefined;
  readonly sinceSeconds: number | undefined;
  readonly sinceTime: string | null;
  readonly limitBytes: number | undefined;
}

export function serveLogs(
  res: ServerResponse,
  kubelet: Kubelet,
  pod: Obj | undefined,
  namespace: string,
  name: string,
  query: LogQuery,
): void {
  if (!pod) throw notFound(resourceByName('pods'), name);
  const worker = kubelet.pod(namespace, name);
  const container = chooseContainer(pod, worker, query.container);
  const containerName = query.container ?? container?.name ?? '';
  let log: ContainerLog | undefined;
  if (query.previous) {
    log = container?.previousLog;
    if (!log) throw badRequest(`previous terminated container "${containerName}" in pod "${name}" not found`);
  } else {
    log = container?.currentLog;
    if (!log) throw badRequest(waitingMessage(container, containerName, name));
  }
  const since = query.sinceTime
    ? sinceTimeMs(query.sinceTime)
    : query.sinceSeconds !== undefined
      ? Date.now() - query.sinceSeconds * 1000
      : undefined;
  let lines = log.snapshot().filter((l) => since === undefined || l.time.getTime() >= since);
  if (query.tailLines !== undefined) lines = query.tailLines === 0 ? [] : lines.slice(-query.tailLines);
  res.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-cache, private', 'Transfer-Encoding': 'chunked' });
  res.flushHeaders();
  let budget = query.limitBytes ?? Infinity;
  const write = (line: LogLine): boolean => {
    let text = format(line, query.timestamps);
    if (Buffer.byteLength(text) > budget) text = Buffer.from(text).subarray(0, budget).toString();
    budget -= Buffer.byteLength(text);
    if (text !== '' && !res.writableEnded) res.write(text);
    return budget > 0;
  };
  for (const line of lines) {
    if (!write(line)) {
      res.end();
      return;
    }
  }
  if (!query.follow || log.isEnded) {
    res.end();
    return;
  }
  const followed = log;
  const onLine = (line: LogLine): void => {
    if (!write(line)) finish();
  };
  const open = follows.get(kubelet) ?? new Set();
  follows.set(kubelet, open);
  // Destroyed, not ended: the client sees the connection go without the chunked body's end.
  const entry = { namespace, pod: name, cut: () => res.destroy() };
  const finish = (): void => {
    open.delete(entry);
    followed.off('line', onLine);
    followed.off('end', finish);
    if (!res.writableEnded) res.end();
  };
  open.add(entry);
  followed.on('line', onLine);
  followed.on('end', finish);
  res.on('close', finish);
}
