// IP addresses and CIDR ranges as the API server reads them: IPv4 in dotted form (leading zeros
// tolerated, as Kubernetes' legacy parser does), IPv6 with `::` and an optional dotted IPv4 tail.

export interface IpAddress {
  /** 4 bytes for IPv4, 16 for IPv6. */
  readonly bytes: readonly number[];
}

export interface CidrRange {
  /** The network address: the written address with the bits past the prefix cleared. */
  readonly network: readonly number[];
  readonly prefix: number;
}

function parseIPv4(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const bytes: number[] = [];
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return undefined;
    const value = Number(part);
    if (value > 255) return undefined;
    bytes.push(value);
  }
  return bytes;
}

function parseGroups(text: string): number[] | undefined {
  if (text === '') return [];
  const out: number[] = [];
  for (const group of text.split(':')) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(group)) return undefined;
    const value = parseInt(group, 16);
    out.push(value >> 8, value & 0xff);
  }
  return out;
}

function parseIPv6(text: string): number[] | undefined {
  if (!text.includes(':')) return undefined;
  let body = text;
  let tail: number[] = [];
  const lastColon = body.lastIndexOf(':');
  if (body.slice(lastColon + 1).includes('.')) {
    const v4 = parseIPv4(body.slice(lastColon + 1));
    if (!v4) return undefined;
    tail = v4;
    // `::1.2.3.4` keeps its double colon; `a:b::c:1.2.3.4` ends at the group before the address.
    body = body.slice(0, lastColon + 1);
    body = body.endsWith('::') ? body : body.slice(0, -1);
  }
  const halves = body.split('::');
  if (halves.length > 2) return undefined;
  const head = parseGroups(halves[0] ?? '');
  const rest = halves.length === 2 ? parseGroups(halves[1] ?? '') : [];
  if (!head || !rest) return undefined;
  const known = head.length + rest.length + tail.length;
  if (halves.length === 1) return known === 16 ? [...head, ...tail] : undefined;
  if (known > 14) return undefined;
  return [...head, ...new Array<number>(16 - known).fill(0), ...rest, ...tail];
}

export function parseIp(text: string): IpAddress | undefined {
  const bytes = parseIPv4(text) ?? parseIPv6(text);
  return bytes ? { bytes } : undefined;
}

export function parseCidr(text: string): CidrRange | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const address = parseIp(text.slice(0, slash));
  const prefixText = text.slice(slash + 1);
  if (!address || !/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  if (prefix > address.bytes.length * 8) return undefined;
  const network = address.bytes.map((byte, i) => {
    const keep = Math.max(0, Math.min(8, prefix - i * 8));
    return byte & ((0xff << (8 - keep)) & 0xff);
  });
  return { network, prefix };
}

/** Whether `inner` lies inside `outer` and is smaller than it; undefined when the families differ. */
export function strictlyInside(inner: CidrRange, outer: CidrRange): boolean | undefined {
  if (inner.network.length !== outer.network.length) return undefined;
  if (inner.prefix <= outer.prefix) return false;
  return outer.network.every((byte, i) => {
    const keep = Math.max(0, Math.min(8, outer.prefix - i * 8));
    const mask = (0xff << (8 - keep)) & 0xff;
    return ((inner.network[i] ?? 0) & mask) === byte;
  });
}
