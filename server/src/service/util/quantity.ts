// Kubernetes resource quantities (`500m`, `128Mi`, `1e3`): parsing, suggestions for the units
// people actually type (`128mb`, `0.5cpu`), and plain-language formatting for hovers (in English
// or Korean; unit symbols such as MiB read the same in both).
import type { Language } from '../settings';

export interface ParsedQuantity {
  /** Value in base units: bytes for byte-sized resources, cores for cpu, a plain number otherwise. */
  readonly value: number;
  /** The suffix as written: '' , a binary (`Mi`) or decimal (`m`, `G`) suffix, or an exponent (`e3`). */
  readonly suffix: string;
}

const MULTIPLIERS: Readonly<Record<string, number>> = {
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
};

// sign, digits with an optional fraction, then one suffix or a decimal exponent
const QUANTITY = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(?:(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)|([eE][+-]?\d+))?$/;

export function parseQuantity(text: string): ParsedQuantity | undefined {
  const match = QUANTITY.exec(text);
  if (!match) return undefined;
  const [, sign, number, suffix, exponent] = match;
  const magnitude = Number(number);
  if (exponent !== undefined) {
    const value = magnitude * 10 ** Number(exponent.slice(1));
    return { value: sign === '-' ? -value : value, suffix: exponent };
  }
  const multiplier = MULTIPLIERS[suffix ?? ''] ?? 1;
  const value = magnitude * multiplier;
  return { value: sign === '-' ? -value : value, suffix: suffix ?? '' };
}

export type ResourceUnit = 'bytes' | 'cpu' | 'count';

/** What a resource name (or quantity field name) measures. */
export function resourceUnit(resource: string): ResourceUnit {
  if (resource === 'cpu') return 'cpu';
  if (['memory', 'storage', 'ephemeral-storage', 'sizeLimit'].includes(resource) || resource.startsWith('hugepages-')) return 'bytes';
  return 'count';
}

const BYTE_UNITS: Readonly<Record<string, string>> = {
  b: '',
  byte: '',
  bytes: '',
  k: 'Ki',
  kb: 'Ki',
  kib: 'Ki',
  ki: 'Ki',
  m: 'Mi',
  mb: 'Mi',
  mib: 'Mi',
  mi: 'Mi',
  meg: 'Mi',
  g: 'Gi',
  gb: 'Gi',
  gib: 'Gi',
  gi: 'Gi',
  t: 'Ti',
  tb: 'Ti',
  tib: 'Ti',
  ti: 'Ti',
  p: 'Pi',
  pb: 'Pi',
  pib: 'Pi',
  pi: 'Pi',
  e: 'Ei',
  eb: 'Ei',
  eib: 'Ei',
  ei: 'Ei',
};

const CORE_WORDS = new Set(['cpu', 'cpus', 'core', 'cores', 'vcpu', 'vcpus', 'c']);
const MILLI_WORDS = new Set(['m', 'mcpu', 'millicpu', 'millicpus', 'millicore', 'millicores']);

function trimNumber(n: number): string {
  return String(Number(n.toFixed(6)));
}

/**
 * A valid quantity for what the user probably meant, for a value that is not one or that means
 * something else for this resource: `128mb`/`128MB`/`128m` memory → `128Mi`, `1gb` → `1Gi`,
 * `0.5cpu` → `500m`. Undefined when there is no clear reading (`lots`).
 */
export function suggestQuantity(text: string, resource: string): string | undefined {
  const match = /^\s*(\d+(?:\.\d*)?|\.\d+)\s*([A-Za-z]*)\s*$/.exec(text);
  if (!match) return undefined;
  const amount = Number(match[1]);
  const unit = (match[2] ?? '').toLowerCase();
  let suggestion: string | undefined;
  switch (resourceUnit(resource)) {
    case 'bytes': {
      const suffix = BYTE_UNITS[unit];
      if (suffix !== undefined && (unit !== '' || /\s/.test(text))) suggestion = `${trimNumber(amount)}${suffix}`;
      break;
    }
    case 'cpu':
      if (CORE_WORDS.has(unit) || (unit === '' && /\s/.test(text))) {
        suggestion = Number.isInteger(amount) ? String(amount) : `${Math.round(amount * 1000)}m`;
      } else if (MILLI_WORDS.has(unit)) {
        suggestion = `${Math.round(amount)}m`;
      }
      break;
    case 'count':
      if (unit === '' && /\s/.test(text)) suggestion = trimNumber(amount);
      break;
  }
  return suggestion !== undefined && suggestion !== text && parseQuantity(suggestion) ? suggestion : undefined;
}

function grouped(n: number, fractionDigits = 3): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: fractionDigits });
}

const BINARY_NAMES = ['KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];
const DECIMAL_NAMES = ['kB', 'MB', 'GB', 'TB', 'PB', 'EB'];

/** `134217728` → `134,217,728 bytes (128 MiB)`; `1e9` → `1,000,000,000 bytes (1 GB, 953.67 MiB)`. */
export function formatBytes(n: number, language: Language = 'en'): string {
  const size = Math.abs(n);
  const plain = language === 'ko' ? `${grouped(n)}바이트` : `${grouped(n)} ${size === 1 ? 'byte' : 'bytes'}`;
  let power = 0;
  while (power < BINARY_NAMES.length && size >= 1024 ** (power + 1)) power++;
  if (power === 0) return plain;
  const binary = `${grouped(n / 1024 ** power, 2)} ${BINARY_NAMES[power - 1] ?? ''}`;
  let decimalPower = 0;
  while (decimalPower < DECIMAL_NAMES.length && size >= 1000 ** (decimalPower + 1)) decimalPower++;
  const decimalAmount = n / 1000 ** decimalPower;
  const binaryExact = Number.isInteger(n / 1024 ** power);
  if (!binaryExact && decimalPower > 0 && Number.isInteger(decimalAmount)) {
    return `${plain} (${grouped(decimalAmount)} ${DECIMAL_NAMES[decimalPower - 1] ?? ''}, ${binary})`;
  }
  return `${plain} (${binary})`;
}

interface CpuWords {
  readonly half: string;
  readonly one: string;
  readonly millicores: (milli: number) => string;
  readonly cores: (cores: number) => string;
}

const CPU_WORDS: Readonly<Record<Language, CpuWords>> = {
  en: {
    half: 'half a core',
    one: 'one core',
    millicores: (milli) => `${grouped(milli, 6)} ${milli === 1 ? 'millicore' : 'millicores'}`,
    cores: (cores) => `${grouped(cores, 3)} cores`,
  },
  ko: {
    half: '코어 절반',
    one: '1코어',
    millicores: (milli) => `${grouped(milli, 6)}밀리코어`,
    cores: (cores) => `${grouped(cores, 3)}코어`,
  },
};

/** `0.5` → `0.5 CPU (half a core)`, `0.25` → `0.25 CPU (250 millicores)`, `2` → `2 CPU (2 cores)`. */
export function formatCpu(cores: number, language: Language = 'en'): string {
  const words = CPU_WORDS[language];
  const amount = `${grouped(cores, 9)} CPU`;
  if (cores === 0.5) return `${amount} (${words.half})`;
  if (cores === 1) return `${amount} (${words.one})`;
  if (Math.abs(cores) < 1) return `${amount} (${words.millicores(Number((cores * 1000).toFixed(6)))})`;
  return `${amount} (${words.cores(cores)})`;
}
