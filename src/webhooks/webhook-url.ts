import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { type AddressClass, classifyAddress } from './address-class';

export const MAX_WEBHOOK_URL_LENGTH = 2000;

export interface ParsedWebhookUrl {
  url: URL;
  /** The host without IPv6 brackets, as given to DNS or connect(). */
  host: string;
  /** The host is a literal IP address: no name to resolve. */
  literal: boolean;
}

/** Syntax and scheme only: http/https, a host, no credentials in the URL. */
export function parseWebhookUrl(raw: string): ParsedWebhookUrl | { problem: string } {
  if (raw.length > MAX_WEBHOOK_URL_LENGTH) {
    return { problem: `must be at most ${MAX_WEBHOOK_URL_LENGTH} characters` };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { problem: 'must be an absolute URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { problem: 'must use http or https' };
  }
  if (url.username || url.password) {
    // The URL is shown in listings; the secret is what authenticates the sender.
    return { problem: 'must not carry credentials; the receiver checks X-Signature instead' };
  }
  const host =
    url.hostname.startsWith('[') && url.hostname.endsWith(']')
      ? url.hostname.slice(1, -1)
      : url.hostname;
  if (!host) return { problem: 'must name a host' };
  return { url, host, literal: isIP(host) !== 0 };
}

const CLASS_WORDING: Record<Exclude<AddressClass, 'public'>, string> = {
  private: 'a private network address',
  loopback: 'a loopback address',
  link_local: 'a link-local address',
  unspecified: 'an unspecified address',
  multicast: 'a multicast address',
  reserved: 'a reserved address',
  invalid: 'not a valid address',
};

/** What kind of non-public address this is, or null when it is public. */
function nonPublicKind(address: string): string | null {
  const kind = classifyAddress(address);
  return kind === 'public' ? null : CLASS_WORDING[kind];
}

/** Why an address may not be called, or null when it may. */
export function addressProblem(address: string): string | null {
  const kind = nonPublicKind(address);
  return kind && `${address} is ${kind}`;
}

export type ResolveAll = (host: string) => Promise<string[]>;

const DNS_TIMEOUT_MS = 3_000;

/** Every address a name resolves to, as the operating system resolves it for connect(). */
export const resolveAll: ResolveAll = (host) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`resolving ${host} timed out`)),
      DNS_TIMEOUT_MS,
    );
    dnsLookup(host, { all: true, verbatim: true }, (error, addresses: LookupAddress[]) => {
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(addresses.map((entry) => entry.address));
    });
  });

/**
 * Why a subscriber URL is refused, or null. Unless private targets are allowed, a literal
 * address and every address its name resolves to must be public (no SSRF into the network
 * the service runs in).
 */
export async function webhookUrlProblem(
  raw: string,
  allowPrivate: boolean,
  resolve: ResolveAll = resolveAll,
): Promise<string | null> {
  const parsed = parseWebhookUrl(raw);
  if ('problem' in parsed) return parsed.problem;
  if (allowPrivate) return null;
  if (parsed.literal) return addressProblem(parsed.host);
  let addresses: string[];
  try {
    addresses = await resolve(parsed.host);
  } catch {
    return `host ${parsed.host} does not resolve`;
  }
  if (addresses.length === 0) return `host ${parsed.host} does not resolve`;
  for (const address of addresses) {
    const kind = nonPublicKind(address);
    if (kind) return `host ${parsed.host} resolves to ${address}, ${kind}`;
  }
  return null;
}

/**
 * A lookup for http.request that refuses non-public addresses at connect time, so a name
 * that was public when the subscription was made cannot be re-pointed inside (DNS rebinding).
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) {
      callback(error, '');
      return;
    }
    const refused = addresses.map((entry) => addressProblem(entry.address)).find(Boolean);
    if (refused || addresses.length === 0) {
      const blocked: NodeJS.ErrnoException = new Error(
        `refused to connect: ${refused ?? `${hostname} has no address`}`,
      );
      blocked.code = 'EWEBHOOKADDRESS';
      callback(blocked, '');
      return;
    }
    if (options.all) callback(null, addresses);
    else callback(null, addresses[0].address, addresses[0].family);
  });
};
