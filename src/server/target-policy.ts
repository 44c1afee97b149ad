/**
 * Which URLs the proxy may fetch. Runs before every upstream request, redirects included, on every
 * runtime. What it cannot see — the address a host name resolves to — is checked again at connect
 * time by the Node guard (`node/guarded-fetch.ts`), against the same `isPublicAddress`.
 */
import ipaddr from 'ipaddr.js';
import { ProxyError } from './errors.js';

export interface TargetPolicy {
  /** Local development and tests only: any address, any port. */
  allowPrivate: boolean;
  /** Hosts (on one port, or on any) exempt from the address and port checks: a local fixture origin. */
  allowHosts: readonly AllowedHost[];
  /** Ports allowed besides the scheme's default one. */
  allowPorts: ReadonlySet<number>;
}

export interface AllowedHost {
  /** As `normalizeHostname()` gives it. */
  hostname: string;
  /** Only this port; any port when absent. */
  port?: number;
}

const MAX_URL_LENGTH = 2048;

/**
 * Metadata services that answer on public-looking addresses. The others (169.254.169.254,
 * fd00:ec2::254, Alibaba's 100.100.100.200) fall in ranges refused anyway.
 */
const METADATA_ADDRESSES = new Set(['168.63.129.16']);

/** Names that never denote a public host (RFC 6761 `localhost`, mDNS `.local`, `.internal`, `.home.arpa`). */
const PRIVATE_NAME_SUFFIXES = ['.localhost', '.local', '.internal', '.home.arpa'];

/**
 * IPv6 prefixes whose addresses carry an IPv4 address that decides where packets go, with where it
 * sits: IPv4-compatible (deprecated `::a.b.c.d`), IPv4-mapped, IPv4-translated (RFC 6145), NAT64's
 * well-known prefix (RFC 6052) and 6to4 (RFC 3056). Teredo is handled apart: it carries two.
 */
const EMBEDDING_PREFIXES: ReadonlyArray<[prefix: ipaddr.IPv6, bits: number, ipv4Offset: number]> = [
  [ipaddr.IPv6.parse('::'), 96, 12],
  [ipaddr.IPv6.parse('::ffff:0:0'), 96, 12],
  [ipaddr.IPv6.parse('::ffff:0:0:0'), 96, 12],
  [ipaddr.IPv6.parse('64:ff9b::'), 96, 12],
  [ipaddr.IPv6.parse('2002::'), 16, 2],
];
const TEREDO_PREFIX = ipaddr.IPv6.parse('2001::');

/**
 * The IPv4 addresses an IPv6 address embeds, or none. Teredo (RFC 4380) carries its server's
 * address and its client's, the latter with every bit inverted.
 */
function embeddedIpv4(address: ipaddr.IPv6): ipaddr.IPv4[] {
  const bytes = address.toByteArray();
  const ipv4At = (offset: number, mask = 0) =>
    new ipaddr.IPv4(bytes.slice(offset, offset + 4).map((byte) => byte ^ mask));
  if (address.match(TEREDO_PREFIX, 32)) return [ipv4At(4), ipv4At(12, 0xff)];
  const embedding = EMBEDDING_PREFIXES.find(([prefix, bits]) => address.match(prefix, bits));
  return embedding ? [ipv4At(embedding[2])] : [];
}

function isPublicIpv4(address: ipaddr.IPv4): boolean {
  return address.range() === 'unicast' && !METADATA_ADDRESSES.has(address.toString());
}

/**
 * Whether an IP address is an ordinary public unicast address. Everything ipaddr.js files under a
 * special range is refused: private, loopback, link-local, multicast, CGNAT, unspecified, reserved,
 * unique-local, local-use NAT64. An IPv6 address that embeds an IPv4 one gets the answer of the
 * IPv4 inside (of both, for Teredo): that is where its packets end up.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv4') return isPublicIpv4(parsed as ipaddr.IPv4);
  const embedded = embeddedIpv4(parsed as ipaddr.IPv6);
  if (embedded.length > 0) return embedded.every(isPublicIpv4);
  return parsed.range() === 'unicast' && !METADATA_ADDRESSES.has(parsed.toString());
}

/** Host names compared without brackets, case or a trailing dot. */
function normalizeHostname(hostname: string): string {
  return hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();
}

/** The policy from the proxy's options (see `ProxyOptions`). */
export function createTargetPolicy(options: {
  allowPrivate?: boolean;
  allowHosts?: readonly string[];
  allowPorts?: readonly number[];
}): TargetPolicy {
  return {
    allowPrivate: options.allowPrivate ?? false,
    allowHosts: (options.allowHosts ?? []).map(parseAllowedHost),
    allowPorts: new Set(options.allowPorts ?? []),
  };
}

/** An `allowHosts` entry: `localhost`, `localhost:8081`, `127.0.0.1:8081`, `::1` or `[::1]:8081`. */
function parseAllowedHost(entry: string): AllowedHost {
  // A bare IPv6 address has several colons and no port; anything else may end in `:port`.
  const bareIpv6 = !entry.startsWith('[') && entry.split(':').length > 2;
  const port = bareIpv6 ? undefined : /:(\d+)$/.exec(entry)?.[1];
  const hostname = new URL(`http://${bareIpv6 ? `[${entry}]` : entry}`).hostname;
  return { hostname: normalizeHostname(hostname), port: port === undefined ? undefined : Number(port) };
}

/** The port a connection uses: the one spelled out, else the scheme's default. */
export function effectivePort(protocol: string, port: string): number {
  return Number(port) || (protocol === 'https:' ? 443 : 80);
}

/** Whether a connection to `hostname`:`port` is exempt from the address and port checks. */
export function isExemptTarget(hostname: string, port: number, policy: TargetPolicy): boolean {
  const host = normalizeHostname(hostname);
  return (
    policy.allowPrivate ||
    policy.allowHosts.some((allowed) => allowed.hostname === host && (allowed.port ?? port) === port)
  );
}

/** Parses the `url` query parameter: an absolute http(s) URL without credentials. */
export function parseTargetUrl(value: string | null): URL {
  if (!value) throw new ProxyError(400, 'bad-url', 'The `url` parameter is required.');
  if (value.length > MAX_URL_LENGTH) throw new ProxyError(400, 'bad-url', 'The `url` parameter is too long.');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ProxyError(400, 'bad-url', 'The `url` parameter is not an absolute URL.');
  }
  checkUrlForm(url);
  // A fragment is never sent upstream: kept, it would only make one page many cache entries, and echo it back.
  url.hash = '';
  return url;
}

/** http(s) without credentials: the form of every URL requested, the first and each redirect. */
function checkUrlForm(url: URL): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ProxyError(400, 'bad-url', 'Only http and https URLs are fetched.');
  }
  if (url.username || url.password) {
    throw new ProxyError(400, 'bad-url', 'URLs with credentials are not fetched.');
  }
}

/**
 * Throws unless the proxy may request `url`: http(s) without credentials, a default or allowed port,
 * and a host that is not an IP literal or name of a private network. (Literals never reach a DNS lookup, so this is
 * where they are checked.)
 */
export function checkTarget(url: URL, policy: TargetPolicy): void {
  checkUrlForm(url);
  if (isExemptTarget(url.hostname, effectivePort(url.protocol, url.port), policy)) return;
  if (url.port && !policy.allowPorts.has(Number(url.port))) {
    throw new ProxyError(403, 'refused-port', `Port ${url.port} is not allowed.`);
  }
  const host = normalizeHostname(url.hostname);
  const isLiteral = ipaddr.isValid(host);
  if (
    (isLiteral && !isPublicAddress(host)) ||
    host === 'localhost' ||
    PRIVATE_NAME_SUFFIXES.some((suffix) => host.endsWith(suffix))
  ) {
    throw new ProxyError(403, 'refused-address', `${host} is not a public address.`);
  }
}
