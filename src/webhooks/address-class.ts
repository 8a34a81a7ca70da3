import { isIPv4, isIPv6 } from 'node:net';

/** Where an IP address leads; webhooks may only call `public` ones unless allowed otherwise. */
export type AddressClass =
  | 'public'
  | 'private'
  | 'loopback'
  | 'link_local'
  | 'unspecified'
  | 'multicast'
  | 'reserved'
  | 'invalid';

interface Range {
  base: number;
  bits: number;
  kind: AddressClass;
}

function ipv4ToNumber(address: string): number {
  return address.split('.').reduce((value, octet) => value * 256 + Number(octet), 0);
}

function range(cidr: string, kind: AddressClass): Range {
  const [base, bits] = cidr.split('/');
  return { base: ipv4ToNumber(base), bits: Number(bits), kind };
}

/** IPv4 blocks that are not the public internet (RFC 6890 and friends), most specific first. */
const IPV4_RANGES: Range[] = [
  range('0.0.0.0/8', 'unspecified'),
  range('10.0.0.0/8', 'private'),
  range('100.64.0.0/10', 'private'),
  range('127.0.0.0/8', 'loopback'),
  range('169.254.0.0/16', 'link_local'),
  range('172.16.0.0/12', 'private'),
  range('192.0.0.0/24', 'reserved'),
  range('192.0.2.0/24', 'reserved'),
  range('192.88.99.0/24', 'reserved'),
  range('192.168.0.0/16', 'private'),
  range('198.18.0.0/15', 'reserved'),
  range('198.51.100.0/24', 'reserved'),
  range('203.0.113.0/24', 'reserved'),
  range('224.0.0.0/4', 'multicast'),
  range('240.0.0.0/4', 'reserved'),
];

function inRange(value: number, { base, bits }: Range): boolean {
  const size = 2 ** (32 - bits);
  return value >= base && value < base + size;
}

function classifyIpv4Number(value: number): AddressClass {
  return IPV4_RANGES.find((candidate) => inRange(value, candidate))?.kind ?? 'public';
}

/** The eight 16-bit groups of an IPv6 address (zone id dropped, embedded IPv4 expanded). */
export function ipv6Groups(address: string): number[] | null {
  const text = address.split('%')[0];
  if (!isIPv6(text)) return null;
  let head = text;
  const tail: number[] = [];
  const lastColon = text.lastIndexOf(':');
  const last = text.slice(lastColon + 1);
  if (last.includes('.')) {
    if (!isIPv4(last)) return null;
    const v4 = ipv4ToNumber(last);
    tail.push(Math.floor(v4 / 65536), v4 % 65536);
    head = text.slice(0, lastColon + 1);
    if (head.endsWith(':') && !head.endsWith('::')) head = head.slice(0, -1);
  }
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((g) => parseInt(g, 16)));
  const halves = head.split('::');
  const left = parse(halves[0]);
  const right = halves.length === 2 ? parse(halves[1]) : [];
  const missing = 8 - left.length - right.length - tail.length;
  if (halves.length === 1 && missing !== 0) return null;
  if (missing < 0) return null;
  return [...left, ...Array<number>(halves.length === 2 ? missing : 0).fill(0), ...right, ...tail];
}

function embeddedIpv4(groups: number[], from: number): number {
  return groups[from] * 65536 + groups[from + 1];
}

/**
 * The IPv4 address an IPv6 address carries, when its prefix is one of the forms that reach
 * (or name) an IPv4 host: then the IPv6 address is worth what the IPv4 one is.
 * - IPv4-mapped ::ffff:a.b.c.d and IPv4-translated ::ffff:0:a.b.c.d (RFC 2765);
 * - NAT64 64:ff9b::/96 (RFC 6052) and the local-use 64:ff9b:1::/48 (RFC 8215) in its /96
 *   layout; the /48's other layouts (prefixes of 48–64 bits) are refused as reserved
 *   rather than guessed at;
 * - 6to4 2002::/16, the IPv4 address in bits 16–47 (RFC 3056);
 * - Teredo 2001::/32, the client's address inverted in the last 32 bits and the server's in
 *   bits 32–63 (RFC 4380): whichever of the two is the worse.
 * IPv4-compatible ::a.b.c.d is handled by classifyIpv6 (deprecated, never public).
 */
function embeddedIpv4Class(groups: number[]): AddressClass | null {
  const [g0, g1, g2, , g4, g5] = groups;
  const zero = (from: number, to: number) => groups.slice(from, to).every((group) => group === 0);
  const last32 = () => classifyIpv4Number(embeddedIpv4(groups, 6));
  if (zero(0, 5) && g5 === 0xffff) return last32();
  if (zero(0, 4) && g4 === 0xffff && g5 === 0) return last32();
  if (g0 === 0x64 && g1 === 0xff9b && zero(2, 6)) return last32();
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 1) {
    return zero(3, 6) ? last32() : 'reserved';
  }
  if (g0 === 0x2002) return classifyIpv4Number(embeddedIpv4(groups, 1));
  if (g0 === 0x2001 && g1 === 0) {
    const server = classifyIpv4Number(embeddedIpv4(groups, 2));
    const client = classifyIpv4Number(~embeddedIpv4(groups, 6) >>> 0);
    return client !== 'public' ? client : server;
  }
  return null;
}

function classifyIpv6(groups: number[]): AddressClass {
  const [g0, g1, g2, g3] = groups;
  const prefixZero = (count: number) => groups.slice(0, count).every((group) => group === 0);
  if (groups.every((group) => group === 0)) return 'unspecified';
  if (prefixZero(7) && groups[7] === 1) return 'loopback';
  const embedded = embeddedIpv4Class(groups);
  if (embedded) return embedded;
  // IPv4-compatible ::a.b.c.d: deprecated, so refused even for a public IPv4 address, and
  // named after the embedded address when that is refused too.
  if (prefixZero(6)) {
    const v4 = classifyIpv4Number(embeddedIpv4(groups, 6));
    return v4 === 'public' ? 'reserved' : v4;
  }
  if ((g0 & 0xffc0) === 0xfe80) return 'link_local';
  if ((g0 & 0xffc0) === 0xfec0) return 'private';
  if ((g0 & 0xfe00) === 0xfc00) return 'private';
  if ((g0 & 0xff00) === 0xff00) return 'multicast';
  if (g0 === 0x2001 && g1 === 0x0db8) return 'reserved';
  if (g0 === 0x0100 && g1 === 0 && g2 === 0 && g3 === 0) return 'reserved';
  return 'public';
}

/** Classifies a literal IPv4 or IPv6 address (brackets and a zone id are tolerated). */
export function classifyAddress(address: string): AddressClass {
  const text = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  if (isIPv4(text)) return classifyIpv4Number(ipv4ToNumber(text));
  const groups = ipv6Groups(text);
  return groups ? classifyIpv6(groups) : 'invalid';
}

export function isPublicAddress(address: string): boolean {
  return classifyAddress(address) === 'public';
}
