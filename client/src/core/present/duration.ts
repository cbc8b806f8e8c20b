// Ages written the way kubectl writes them (`5s`, `3m2s`, `4h`, `2d3h`, `45d`, `2y10d`): the
// precision shrinks as the duration grows, so a column of ages stays short and readable.

import { timeMillis, type Time } from '../kube/kubeTypes';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A duration in kubectl's short human form. */
export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / SECOND);
  // Clocks disagree a little between machines: up to a second in the future still reads as now.
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 120) return `${seconds}s`;
  const minutes = Math.trunc(ms / MINUTE);
  if (minutes < 10) {
    const s = seconds % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 180) return `${minutes}m`;
  const hours = Math.trunc(ms / HOUR);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  const days = Math.trunc(ms / DAY);
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${days}d` : `${days}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${days}d`;
  const years = Math.trunc(days / 365);
  if (hours < 24 * 365 * 8) {
    const d = days % 365;
    return d === 0 ? `${years}y` : `${years}y${d}d`;
  }
  return `${years}y`;
}

/** The age of a timestamp at `now`, or `<unknown>` when there is no timestamp (as kubectl prints). */
export function ageSince(time: Time | undefined, now: number): string {
  const at = timeMillis(time);
  return at === undefined ? '<unknown>' : humanDuration(now - at);
}
