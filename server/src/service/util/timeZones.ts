// Time zone names as a CronJob's `timeZone` takes them: names of the IANA tz database, looked up by the
// API server case-sensitively. We know the names from the JavaScript runtime's ICU data, which lists
// fewer names than the tz database has (`US/Pacific`, `ROK` are valid links it does not list), so only
// clear mistakes are reported: a wrong case, an abbreviation, a UTC offset, characters no tz name has.
import { rankSuggestions } from './suggest';

export type TimeZoneIssue =
  | { readonly kind: 'empty' }
  | { readonly kind: 'local' }
  /** Kubernetes' own character check fails (spaces, `:`, a part longer than 14 characters). */
  | { readonly kind: 'characters' }
  | { readonly kind: 'case'; readonly suggestion: string }
  /** `KST`, `PST`: abbreviations are not tz names; `suggestions` are the zones they usually mean. */
  | { readonly kind: 'abbreviation'; readonly suggestions: readonly string[] }
  /** `GMT+9`, `UTC+09:00`; `suggestion` is the `Etc/GMT` zone of a whole-hour offset. */
  | { readonly kind: 'offset'; readonly suggestion: string | undefined }
  /** Not a name the runtime knows, but close to one (reported as a warning: the tz database has more). */
  | { readonly kind: 'unknown'; readonly suggestion: string };

/** Abbreviations people write for a zone; none of them is a tz database name (unlike `EST` or `HST`). */
const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  KST: ['Asia/Seoul'],
  JST: ['Asia/Tokyo'],
  PST: ['America/Los_Angeles'],
  PDT: ['America/Los_Angeles'],
  CST: ['America/Chicago', 'Asia/Shanghai'],
  CDT: ['America/Chicago'],
  EDT: ['America/New_York'],
  IST: ['Asia/Kolkata', 'Europe/Dublin'],
  BST: ['Europe/London'],
  CEST: ['Europe/Berlin', 'Europe/Paris'],
  EEST: ['Europe/Athens'],
  MSK: ['Europe/Moscow'],
  AEST: ['Australia/Sydney'],
  AEDT: ['Australia/Sydney'],
  NZST: ['Pacific/Auckland'],
  SGT: ['Asia/Singapore'],
  HKT: ['Asia/Hong_Kong'],
  ICT: ['Asia/Bangkok'],
  WIB: ['Asia/Jakarta'],
  PHT: ['Asia/Manila'],
  BRT: ['America/Sao_Paulo'],
};

/** Valid names the runtime may not list: UTC itself, the Etc offsets, and current names of renamed zones. */
const EXTRA_NAMES = [
  'UTC',
  'Etc/UTC',
  'GMT',
  'Etc/GMT',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Asia/Ho_Chi_Minh',
  'Asia/Yangon',
  'Europe/Kyiv',
  'America/Argentina/Buenos_Aires',
  'America/Nuuk',
  'Atlantic/Faroe',
  'Pacific/Chuuk',
  'Pacific/Pohnpei',
  ...Array.from({ length: 12 }, (_, i) => `Etc/GMT+${i + 1}`),
  ...Array.from({ length: 14 }, (_, i) => `Etc/GMT-${i + 1}`),
];

/** Names that are valid although an offset pattern would catch them. */
const OFFSET_NAMES = new Set(['GMT+0', 'GMT-0', 'GMT0']);
const OFFSET = /^(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$/i;

let known: { names: ReadonlySet<string>; byLower: ReadonlyMap<string, string> } | undefined;

function knownNames(): { names: ReadonlySet<string>; byLower: ReadonlyMap<string, string> } {
  if (known) return known;
  let listed: readonly string[] = [];
  try {
    listed = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  } catch {
    listed = [];
  }
  // A runtime without its time zone data knows too little to judge names by.
  const names = new Set(listed.length >= 100 ? [...listed, ...EXTRA_NAMES] : EXTRA_NAMES);
  const byLower = new Map<string, string>();
  for (const name of names) byLower.set(name.toLowerCase(), name);
  known = { names, byLower };
  return known;
}

/** The name the runtime resolves `zone` to, or undefined when it does not know the zone. */
function resolved(zone: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** Kubernetes' check of a tz name's characters, which the name must pass before it is looked up. */
function hasValidCharacters(zone: string): boolean {
  return zone.split('/').every((part) => part !== '.' && part !== '..' && !part.startsWith('-') && /^[A-Za-z.\-_0-9+]{1,14}$/.test(part));
}

function offsetZone(sign: string, hours: number, minutes: number): string | undefined {
  if (minutes !== 0) return undefined;
  if (hours === 0) return 'UTC';
  // The Etc zones count the other way round: UTC+9 is Etc/GMT-9.
  const etc = `Etc/GMT${sign === '+' ? '-' : '+'}${hours}`;
  return EXTRA_NAMES.includes(etc) ? etc : undefined;
}

export function timeZoneIssue(zone: string): TimeZoneIssue | undefined {
  if (zone === '') return { kind: 'empty' };
  if (zone.toLowerCase() === 'local') return { kind: 'local' };
  const { names, byLower } = knownNames();
  if (names.has(zone) || OFFSET_NAMES.has(zone)) return undefined;
  const abbreviation = Object.hasOwn(ABBREVIATIONS, zone.toUpperCase()) ? ABBREVIATIONS[zone.toUpperCase()] : undefined;
  if (abbreviation) return { kind: 'abbreviation', suggestions: abbreviation };
  const offset = OFFSET.exec(zone.trim());
  if (offset) return { kind: 'offset', suggestion: offsetZone(offset[1] ?? '+', Number(offset[2]), Number(offset[3] ?? '0')) };
  const sameLetters = byLower.get(zone.toLowerCase());
  if (sameLetters !== undefined) return { kind: 'case', suggestion: sameLetters };
  if (!hasValidCharacters(zone)) return { kind: 'characters' };
  const runtime = resolved(zone);
  if (runtime !== undefined) {
    // Known to the runtime, which ignores case: only a different case is a sure mistake.
    return runtime !== zone && runtime.toLowerCase() === zone.toLowerCase() ? { kind: 'case', suggestion: runtime } : undefined;
  }
  if (names.size < 100) return undefined;
  const suggestion = rankSuggestions(zone, names, 1)[0];
  return suggestion !== undefined ? { kind: 'unknown', suggestion } : undefined;
}
