// Container logs: read once, or follow until the container stops or the caller aborts.
import type { Transport } from './transport';

export interface LogOptions {
  readonly container?: string;
  readonly follow?: boolean;
  /** The previous (terminated) run of the container, after a restart. */
  readonly previous?: boolean;
  readonly tailLines?: number;
  readonly timestamps?: boolean;
  readonly sinceSeconds?: number;
  /** RFC 3339; the server returns lines stamped at or after it (the API server passes it on to the
   * kubelet in whole seconds, so expect the earlier lines of that second too). Not with sinceSeconds. */
  readonly sinceTime?: string;
  readonly limitBytes?: number;
  readonly signal?: AbortSignal;
}

function logPath(namespace: string, pod: string): string {
  return `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods/${encodeURIComponent(pod)}/log`;
}

function query(options: LogOptions): Record<string, string | number | boolean | undefined> {
  return {
    container: options.container,
    follow: options.follow ? 'true' : undefined,
    previous: options.previous ? 'true' : undefined,
    tailLines: options.tailLines,
    timestamps: options.timestamps ? 'true' : undefined,
    sinceSeconds: options.sinceSeconds,
    sinceTime: options.sinceTime,
    limitBytes: options.limitBytes,
  };
}

/** Streams log text to `onText` as it arrives; resolves when the stream ends (or is aborted). */
export async function streamLogs(
  transport: Transport,
  namespace: string,
  pod: string,
  options: LogOptions,
  onText: (text: string) => void,
): Promise<void> {
  const res = await transport.open({
    path: logPath(namespace, pod),
    query: query(options),
    accept: '*/*',
    ...(options.signal ? { signal: options.signal } : {}),
  });
  res.setEncoding('utf8');
  await new Promise<void>((resolve) => {
    res.on('data', (chunk: string) => onText(chunk));
    res.on('end', resolve);
    res.on('close', resolve);
    // An aborted follow ends the stream; that is how a caller stops it.
    res.on('error', () => resolve());
  });
}

export async function readLogs(
  transport: Transport,
  namespace: string,
  pod: string,
  options: Omit<LogOptions, 'follow'> = {},
): Promise<string> {
  let text = '';
  await streamLogs(transport, namespace, pod, { ...options, follow: false }, (chunk) => {
    text += chunk;
  });
  return text;
}
