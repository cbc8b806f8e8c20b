// Building blocks shared by the describe layouts: an indenting writer whose output goes through
// the tabwriter, kubectl's time format, and the multi-line label, annotation, toleration and
// event sections that appear in every describe.

import { ageSince } from './duration';
import { timeMillis, type KubeEvent, type Time, type Toleration } from '../kube/kubeTypes';
import { alignColumns } from './tabwriter';

export interface DescribeOptions {
  /** The time ages are measured against (epoch milliseconds). */
  now: number;
  /** The zone times are printed in, as minutes east of UTC; defaults to this machine's zone, like kubectl. */
  utcOffsetMinutes?: number;
}

/** Text written at indentation levels of two spaces, then aligned like kubectl's tabwriter. */
export class DescribeWriter {
  private text = '';

  write(level: number, text: string): void {
    this.text += '  '.repeat(level) + text;
  }

  toString(): string {
    return alignColumns(this.text);
  }
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** RFC 1123 with a numeric zone (`Mon, 02 Jan 2006 15:04:05 -0700`), the format describe uses. */
export function formatTime(time: Time | undefined, options: DescribeOptions): string {
  const ms = timeMillis(time);
  if (ms === undefined) return '<unknown>';
  const offset = options.utcOffsetMinutes ?? -new Date(ms).getTimezoneOffset();
  const d = new Date(ms + offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const zone = `${sign}${pad2(Math.trunc(Math.abs(offset) / 60))}${pad2(Math.abs(offset) % 60)}`;
  const clock = `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
  return `${DAYS[d.getUTCDay()] ?? ''}, ${pad2(d.getUTCDate())} ${MONTHS[d.getUTCMonth()] ?? ''} ${d.getUTCFullYear()} ${clock} ${zone}`;
}

export function orNone(text: string | undefined): string {
  return text === undefined || text === '' ? '<none>' : text;
}

/** `Labels:\tk=v` with one pair per line, sorted by key; `<none>` when empty. */
export function writeLabels(w: DescribeWriter, title: string, labels: Record<string, string> | undefined, indent = ''): void {
  w.write(0, `${indent}${title}:\t`);
  const keys = Object.keys(labels ?? {}).sort();
  if (keys.length === 0) {
    w.write(0, '<none>\n');
    return;
  }
  keys.forEach((key, i) => w.write(0, `${i === 0 ? '' : `${indent}\t`}${key}=${labels?.[key] ?? ''}\n`));
}

const SKIPPED_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration']);
const MAX_ANNOTATION = 140;

/** `Annotations:\tk: v`, long values cut at 140 characters like kubectl. */
export function writeAnnotations(w: DescribeWriter, title: string, annotations: Record<string, string> | undefined, indent = ''): void {
  w.write(0, `${indent}${title}:\t`);
  const keys = Object.keys(annotations ?? {})
    .filter((k) => !SKIPPED_ANNOTATIONS.has(k))
    .sort();
  if (keys.length === 0) {
    w.write(0, '<none>\n');
    return;
  }
  keys.forEach((key, i) => {
    const line = `${key}: ${annotations?.[key] ?? ''}`;
    w.write(0, `${i === 0 ? '' : `${indent}\t`}${line.length > MAX_ANNOTATION ? `${line.slice(0, MAX_ANNOTATION)}...` : line}\n`);
  });
}

function tolerationText(t: Toleration): string {
  let text = t.key ?? '';
  if (t.value) text += `=${t.value}`;
  if (t.effect) text += `:${t.effect}`;
  if (t.operator === 'Exists' && !t.value) text += t.key || t.effect ? ' op=Exists' : 'op=Exists';
  if (t.tolerationSeconds !== undefined) text += ` for ${t.tolerationSeconds}s`;
  return text;
}

/** `Tolerations:\tkey:Effect op=Exists for 300s`, sorted by key. */
export function writeTolerations(w: DescribeWriter, title: string, tolerations: Toleration[] | undefined, indent = ''): void {
  w.write(0, `${indent}${title}:\t`);
  const sorted = [...(tolerations ?? [])].sort((a, b) => ((a.key ?? '') < (b.key ?? '') ? -1 : (a.key ?? '') > (b.key ?? '') ? 1 : 0));
  if (sorted.length === 0) {
    w.write(0, '<none>\n');
    return;
  }
  sorted.forEach((t, i) => w.write(0, `${i === 0 ? '' : `${indent}\t`}${tolerationText(t)}\n`));
}

/** When the event last happened, for ordering oldest first. */
function lastSeen(e: KubeEvent): number {
  return (
    timeMillis(e.series?.lastObservedTime) ?? timeMillis(e.lastTimestamp) ?? timeMillis(e.eventTime) ?? timeMillis(e.firstTimestamp) ?? 0
  );
}

/** The AGE cell: `5m`, or `2m (x4 over 10m)` for repeated events. */
export function eventAge(e: KubeEvent, now: number): string {
  const first = e.eventTime !== undefined ? ageSince(e.eventTime, now) : ageSince(e.firstTimestamp, now);
  if (e.series?.count !== undefined) return `${ageSince(e.series.lastObservedTime, now)} (x${e.series.count} over ${first})`;
  if ((e.count ?? 0) > 1) return `${ageSince(e.lastTimestamp, now)} (x${e.count ?? 0} over ${first})`;
  return first;
}

/** Events sorted oldest first (newest last), as describe lists them. */
export function sortEvents(events: readonly KubeEvent[]): KubeEvent[] {
  return [...events].sort((a, b) => lastSeen(a) - lastSeen(b));
}

/** The Events table (Type, Reason, Age, From, Message), or `Events:\t<none>`. */
export function writeEvents(w: DescribeWriter, events: readonly KubeEvent[], now: number): void {
  if (events.length === 0) {
    w.write(0, 'Events:\t<none>\n');
    return;
  }
  w.write(0, 'Events:\n');
  w.write(1, 'Type\tReason\tAge\tFrom\tMessage\n');
  w.write(1, '----\t------\t----\t----\t-------\n');
  for (const e of sortEvents(events)) {
    const from = e.source?.component || e.reportingComponent || '';
    w.write(1, `${e.type ?? ''}\t${e.reason ?? ''}\t${eventAge(e, now)}\t${from}\t${(e.message ?? '').trim()}\n`);
  }
}
