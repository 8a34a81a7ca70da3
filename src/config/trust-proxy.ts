import { isIP } from 'node:net';

/** What Express's 'trust proxy' setting gets: no proxy, a number of hops, or named proxies. */
export type TrustProxy = false | number | string[];

const KEYWORDS = new Set(['loopback', 'linklocal', 'uniquelocal']);
const MAX_HOPS = 10;

function isAddressOrSubnet(entry: string): boolean {
  const [address, prefix, ...rest] = entry.split('/');
  if (rest.length > 0 || isIP(address) === 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (isIP(address) === 4 ? 32 : 128);
}

/**
 * Which reverse proxies may say who the client is (X-Forwarded-For): the public rate limit
 * counts per client address, and behind a proxy every client would otherwise share the
 * proxy's. Unset: none, and X-Forwarded-For is ignored (a client cannot pick its own
 * address). A number: that many proxies in front. Otherwise a comma-separated list of
 * addresses, subnets (10.0.0.0/8) and the words loopback, linklocal, uniquelocal. `true`
 * (trust anyone) is refused: it would let every client choose its address.
 * Returns the setting, or the problem as a string for the configuration error.
 */
export function parseTrustProxy(raw: string | undefined): TrustProxy | { problem: string } {
  const value = raw?.trim() ?? '';
  if (value === '' || value.toLowerCase() === 'false') return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > MAX_HOPS) return { problem: `must be at most ${MAX_HOPS} hops, got ${hops}` };
    return hops === 0 ? false : hops;
  }
  if (value.toLowerCase() === 'true') {
    return { problem: 'must name the proxies or their number; true would trust any client' };
  }
  const entries = value.split(',').map((entry) => entry.trim());
  const wrong = entries.find((entry) => !KEYWORDS.has(entry) && !isAddressOrSubnet(entry));
  if (wrong !== undefined) {
    return {
      problem: `has "${wrong.slice(0, 60)}", which is neither an address, a subnet nor loopback/linklocal/uniquelocal`,
    };
  }
  return entries;
}
