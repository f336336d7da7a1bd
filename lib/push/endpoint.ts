// Which push endpoints the server may POST to. A subscription names any URL the client likes, so an
// endpoint on a loopback or private address would let a shopper make the server call into its own
// network (server-side request forgery). Only https on public unicast addresses passes; loopback
// (http or https) only when OBROL_PUSH_ALLOW_LOOPBACK says so, for tests and development.
import { lookup as dnsLookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

export type AddressClass = 'public' | 'loopback' | 'blocked';

export interface EndpointPolicy {
  allowLoopback: boolean;
}

/** Resolves a host name to every address it has, as dns.lookup({ all: true }) does. */
export type ResolveHost = (hostname: string) => Promise<string[]>;

export const resolveHost: ResolveHost = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

export class EndpointRejected extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EndpointRejected';
  }
}

/** 'public' only for global unicast; mapped IPv4 is judged as the IPv4 address it carries. */
export function classifyAddress(address: string): AddressClass {
  if (!ipaddr.isValid(address)) return 'blocked';
  const range = ipaddr.process(address).range();
  if (range === 'unicast') return 'public';
  return range === 'loopback' ? 'loopback' : 'blocked';
}

function addressAllowed(address: string, policy: EndpointPolicy): boolean {
  const kind = classifyAddress(address);
  return kind === 'public' || (kind === 'loopback' && policy.allowLoopback);
}

/** The URL's host as an IP address, or null when it is a name to resolve. */
export function literalAddress(url: URL): string | null {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return ipaddr.isValid(host) ? host : null;
}

/**
 * Checks everything that can be checked without the network: a parseable https URL without
 * credentials, and a literal IP host in an allowed range. Throws EndpointRejected.
 */
export function checkEndpointShape(endpoint: string, policy: EndpointPolicy): URL {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new EndpointRejected('The push endpoint is not a URL.');
  }
  if (url.username || url.password) {
    throw new EndpointRejected('A push endpoint cannot carry a user name or password.');
  }
  const address = literalAddress(url);
  const loopback = address !== null && classifyAddress(address) === 'loopback';
  if (
    url.protocol !== 'https:' &&
    !(url.protocol === 'http:' && loopback && policy.allowLoopback)
  ) {
    throw new EndpointRejected('A push endpoint must be an https URL.');
  }
  if (address !== null && !addressAllowed(address, policy)) {
    throw new EndpointRejected('A push endpoint must be on a public address.');
  }
  return url;
}

/** Throws EndpointRejected unless every address the host resolves to is allowed. */
export function assertAddressesAllowed(addresses: string[], policy: EndpointPolicy): void {
  if (addresses.length === 0) throw new EndpointRejected('The push endpoint host has no address.');
  if (!addresses.every((address) => addressAllowed(address, policy))) {
    throw new EndpointRejected('A push endpoint must be on a public address.');
  }
}

/** The full check before storing a subscription: shape, then every address the host resolves to. */
export async function checkEndpoint(
  endpoint: string,
  policy: EndpointPolicy,
  resolve: ResolveHost = resolveHost,
): Promise<URL> {
  const url = checkEndpointShape(endpoint, policy);
  if (literalAddress(url) !== null) return url;
  let addresses: string[];
  try {
    addresses = await resolve(url.hostname);
  } catch {
    throw new EndpointRejected('The push endpoint host could not be found.');
  }
  assertAddressesAllowed(addresses, policy);
  return url;
}

/** Only the origin of an endpoint may be logged: its path is a secret that lets anyone push. */
export function describeEndpoint(endpoint: string): string {
  try {
    return new URL(endpoint).origin;
  } catch {
    return '(invalid endpoint)';
  }
}
