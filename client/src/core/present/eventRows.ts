// The rows of a live events view (`podwright.showEvents`): type, reason, object, age, count and
// message, oldest first. Events come in two shapes on core/v1: the deprecated count/firstTimestamp/
// lastTimestamp fields, and the events.k8s.io-era eventTime plus series {count, lastObservedTime};
// both are read so a row means the same whichever component wrote it.
import { ageSince } from './duration';
import { alignColumns } from './tabwriter';
import { timeMillis, type KubeEvent } from '../kube/kubeTypes';

export interface EventRow {
  readonly warning: boolean;
  readonly type: string;
  readonly reason: string;
  /** `kind/name` of the involved object, lower-case kind like kubectl get events. */
  readonly object: string;
  /** Since the event was last seen. */
  readonly age: string;
  readonly count: number;
  readonly message: string;
}

/** When the event was last observed (epoch ms), 0 when it carries no time at all. */
export function eventLastSeen(e: KubeEvent): number {
  return (
    timeMillis(e.series?.lastObservedTime) ??
    timeMillis(e.lastTimestamp) ??
    timeMillis(e.eventTime) ??
    timeMillis(e.firstTimestamp) ??
    timeMillis(e.metadata?.creationTimestamp) ??
    0
  );
}

/** How many times it happened: the series count, else the deprecated count, else once. */
export function eventCount(e: KubeEvent): number {
  const count = e.series?.count ?? e.count;
  return typeof count === 'number' && count > 0 ? count : 1;
}

export function eventRow(e: KubeEvent, now: number): EventRow {
  const involved = e.involvedObject ?? {};
  const last = eventLastSeen(e);
  return {
    warning: e.type === 'Warning',
    type: e.type ?? 'Normal',
    reason: e.reason ?? '',
    object: `${(involved.kind ?? '').toLowerCase()}/${involved.name ?? ''}`,
    age: last > 0 ? ageSince(new Date(last), now) : '<unknown>',
    count: eventCount(e),
    // A message may span lines; one row per event keeps the table readable.
    message: (e.message ?? '').trim().replace(/\s*\n\s*/g, ' '),
  };
}

/** Events oldest first; ties keep their name order (the server names them by time). */
export function sortEventsOldestFirst(events: readonly KubeEvent[]): KubeEvent[] {
  return [...events].sort((a, b) => eventLastSeen(a) - eventLastSeen(b) || (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''));
}

/** The table, indented two spaces (the describe grammar colours Warning rows), or undefined when empty. */
export function eventsTable(events: readonly KubeEvent[], now: number): string | undefined {
  if (events.length === 0) return undefined;
  const lines = ['  Type\tReason\tObject\tAge\tCount\tMessage\n', '  ----\t------\t------\t---\t-----\t-------\n'];
  for (const e of sortEventsOldestFirst(events)) {
    const row = eventRow(e, now);
    lines.push(`  ${row.type}\t${row.reason}\t${row.object}\t${row.age}\t${row.count}\t${row.message}\n`);
  }
  return alignColumns(lines.join(''));
}

/** The newest `limit` Warning events, oldest of them first (for a pod's tooltip). */
export function recentWarnings(events: readonly KubeEvent[], limit: number): KubeEvent[] {
  const warnings = sortEventsOldestFirst(events.filter((e) => e.type === 'Warning'));
  return warnings.slice(Math.max(0, warnings.length - limit));
}
