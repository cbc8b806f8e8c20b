// CronJob schedules as the API server reads them: the standard five-field cron format with the
// macros (`@daily`, `@every 1h`) that its parser (robfig/cron, "standard" mode) accepts. Problems are
// returned as data; the CronJob rule words them.
import { rankSuggestions } from './suggest';

export type CronField = 'minute' | 'hour' | 'dayOfMonth' | 'month' | 'dayOfWeek';

export const CRON_FIELDS: readonly CronField[] = ['minute', 'hour', 'dayOfMonth', 'month', 'dayOfWeek'];

interface Bounds {
  readonly min: number;
  readonly max: number;
  readonly names?: Readonly<Record<string, number>>;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

export const CRON_BOUNDS: Readonly<Record<CronField, Bounds>> = {
  minute: { min: 0, max: 59 },
  hour: { min: 0, max: 23 },
  dayOfMonth: { min: 1, max: 31 },
  month: { min: 1, max: 12, names: Object.fromEntries(MONTHS.map((m, i) => [m, i + 1])) },
  dayOfWeek: { min: 0, max: 6, names: Object.fromEntries(DAYS.map((d, i) => [d, i])) },
};

export const CRON_MACROS = ['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly'];

export type CronIssue =
  | { readonly kind: 'empty' }
  /** `TZ=` or `CRON_TZ=` in the schedule; `zone` and `rest` when it is the usual prefix form. */
  | { readonly kind: 'timeZonePrefix'; readonly zone: string | undefined; readonly rest: string | undefined }
  /** `withSeconds`: six fields of which the last five are a valid schedule (a leading seconds field). */
  | { readonly kind: 'fieldCount'; readonly count: number; readonly withSeconds: boolean }
  | { readonly kind: 'macro'; readonly written: string; readonly suggestion: string | undefined }
  | { readonly kind: 'every'; readonly duration: string }
  | { readonly kind: 'outOfRange'; readonly field: CronField; readonly token: string; readonly value: number }
  | { readonly kind: 'backwards'; readonly field: CronField; readonly token: string }
  | { readonly kind: 'step'; readonly field: CronField; readonly token: string }
  /** A token that is neither a number nor a name; `quartz` when it uses Quartz's `L`, `W` or `#`. */
  | { readonly kind: 'value'; readonly field: CronField; readonly token: string; readonly quartz: boolean };

/** Go's `time.ParseDuration` grammar: `90m`, `1h30m`, `1.5h`, `0`. */
const GO_DURATION = /^[-+]?(0|((\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))+)$/;

function parseNumber(text: string, names?: Readonly<Record<string, number>>): number | undefined {
  const lower = text.toLowerCase();
  if (names && Object.hasOwn(names, lower)) return names[lower];
  return /^\+?\d+$/.test(text) ? Number(text) : undefined;
}

function fieldIssue(field: CronField, text: string): CronIssue | undefined {
  const bounds = CRON_BOUNDS[field];
  // Empty parts between commas are skipped, as the parser does.
  for (const token of text.split(',').filter((t) => t !== '')) {
    const valueIssue: CronIssue = { kind: 'value', field, token, quartz: /[LW#]/i.test(token) && !/^[a-z]{3}$/i.test(token) };
    const rangeAndStep = token.split('/');
    if (rangeAndStep.length > 2) return { kind: 'step', field, token };
    const lowAndHigh = (rangeAndStep[0] ?? '').split('-');
    const single = lowAndHigh.length === 1;
    let start: number;
    let end: number;
    if (lowAndHigh[0] === '*' || lowAndHigh[0] === '?') {
      start = bounds.min;
      end = bounds.max;
    } else {
      if (lowAndHigh.length > 2) return valueIssue;
      const low = parseNumber(lowAndHigh[0] ?? '', bounds.names);
      const high = single ? low : parseNumber(lowAndHigh[1] ?? '', bounds.names);
      if (low === undefined || high === undefined) return valueIssue;
      start = low;
      end = high;
    }
    if (rangeAndStep.length === 2) {
      const step = parseNumber(rangeAndStep[1] ?? '');
      if (step === undefined || step === 0) return { kind: 'step', field, token };
      if (single) end = bounds.max;
    }
    if (start < bounds.min) return { kind: 'outOfRange', field, token, value: start };
    if (end > bounds.max) return { kind: 'outOfRange', field, token, value: end };
    if (start > end) return { kind: 'backwards', field, token };
  }
  return undefined;
}

/** The first problem of five whitespace-separated fields, or undefined when they are a valid schedule. */
function fieldsIssue(fields: readonly string[]): CronIssue | undefined {
  for (const [index, field] of CRON_FIELDS.entries()) {
    const issue = fieldIssue(field, fields[index] ?? '');
    if (issue) return issue;
  }
  return undefined;
}

export function cronIssue(schedule: string): CronIssue | undefined {
  if (schedule.trim() === '') return { kind: 'empty' };
  if (schedule.includes('TZ')) {
    const prefix = /^(?:CRON_)?TZ=(\S+)\s+(.*)$/.exec(schedule);
    return { kind: 'timeZonePrefix', zone: prefix?.[1], rest: prefix?.[2]?.trim() };
  }
  if (schedule.startsWith('@')) {
    if (CRON_MACROS.includes(schedule)) return undefined;
    if (schedule.startsWith('@every ')) {
      const duration = schedule.slice('@every '.length);
      return GO_DURATION.test(duration) ? undefined : { kind: 'every', duration };
    }
    const lower = schedule.toLowerCase().trim();
    if (lower === '@every') return { kind: 'every', duration: '' };
    const suggestion = CRON_MACROS.includes(lower) ? lower : rankSuggestions(lower, CRON_MACROS, 1)[0];
    return { kind: 'macro', written: schedule, suggestion };
  }
  const fields = schedule.trim().split(/\s+/);
  if (fields.length !== 5) {
    const withSeconds = fields.length === 6 && fieldsIssue(fields.slice(1)) === undefined;
    return { kind: 'fieldCount', count: fields.length, withSeconds };
  }
  return fieldsIssue(fields);
}
