/**
 * The SSRF corpus: URLs the proxy must refuse, each with the answer it must give. Sources: the
 * address ranges of RFC 6890 and the IANA special-purpose registries (IPv4 and IPv6), the IPv6
 * transition formats that embed IPv4 (RFC 4291 IPv4-compatible and -mapped, RFC 6145, RFC 6052
 * NAT64, RFC 3056 6to4, RFC 4380 Teredo), the WHATWG URL host parser's IPv4 spellings (decimal,
 * octal, hex, 1-3 parts, full-width digits and dots), cloud metadata services (AWS, GCP, Azure,
 * Alibaba, ECS), and the usual SSRF-filter bypasses (credentials, `#@` and `\@` confusion, schemes).
 *
 * `port` is where a local listener counts connections: every loopback target points at it, so a
 * target that slipped through would be seen connecting there. Names are resolved by
 * `ssrfResolver`, which maps them to loopback forms only (never to an address off this machine).
 */

/** Non-public IPv4 addresses, one or two per special-purpose range. */
export const NON_PUBLIC_IPV4 = [
  '0.0.0.0', '0.1.2.3', // "this network"
  '10.0.0.1', '10.255.255.254', // private
  '100.64.0.1', '100.100.100.200', // CGNAT; Alibaba Cloud metadata
  '127.0.0.1', '127.53.53.53', // loopback
  '169.254.169.254', '169.254.170.2', // link-local: AWS/GCP/Azure/OpenStack metadata, ECS task metadata
  '172.16.0.1', '172.31.255.254', // private
  '192.0.0.170', '192.0.2.1', '192.88.99.1', // IETF protocol assignments, TEST-NET-1, 6to4 relay anycast
  '192.168.0.1', // private
  '198.18.0.1', '198.51.100.1', '203.0.113.1', // benchmarking, TEST-NET-2, TEST-NET-3
  '224.0.0.1', '239.255.255.250', // multicast
  '240.0.0.1', '255.255.255.255', // reserved, broadcast
  '168.63.129.16', // Azure's wire server: a public-looking metadata address
];

const hex = (ipv4) => ipv4.split('.').map(Number);
const hex16 = (a, b) => ((a << 8) | b).toString(16);
const inverted16 = (a, b) => (((a << 8) | b) ^ 0xffff).toString(16);

/** Every IPv6 spelling that embeds `ipv4`, as a URL host (bracketed). */
export function embeddingSpellings(ipv4) {
  const [a, b, c, d] = hex(ipv4);
  const high = hex16(a, b);
  const low = hex16(c, d);
  return [
    ['IPv4-compatible, dotted', `[::${ipv4}]`],
    ['IPv4-compatible, hex, uncompressed', `[0:0:0:0:0:0:${high}:${low}]`],
    ['IPv4-mapped, dotted', `[::ffff:${ipv4}]`],
    ['IPv4-mapped, hex, upper case', `[::FFFF:${high.toUpperCase()}:${low.toUpperCase()}]`],
    ['IPv4-translated (RFC 6145)', `[::ffff:0:${ipv4}]`],
    ['NAT64 well-known prefix, dotted', `[64:ff9b::${ipv4}]`],
    ['NAT64 well-known prefix, hex', `[64:ff9b:0:0:0:0:${high}:${low}]`],
    ['6to4', `[2002:${high}:${low}::1]`],
    // Teredo carries the client's address inverted; the server part here is the same address.
    ['Teredo', `[2001:0:${high}:${low}:8000:0:${inverted16(a, b)}:${inverted16(c, d)}]`],
  ];
}

/** WHATWG URL spellings of one IPv4 address (all parse to it). */
function ipv4Spellings(ipv4) {
  const [a, b, c, d] = hex(ipv4);
  const number = ((a << 24) >>> 0) + (b << 16) + (c << 8) + d;
  return [
    ['decimal', String(number)],
    ['hex', `0x${number.toString(16)}`],
    ['octal', `0${number.toString(8)}`],
    ['dotted octal', [a, b, c, d].map((part) => `0${part.toString(8)}`).join('.')],
    ['dotted hex', [a, b, c, d].map((part) => `0x${part.toString(16)}`).join('.')],
    ['two parts', `${a}.${(b << 16) + (c << 8) + d}`],
    ['three parts', `${a}.${b}.${(c << 8) + d}`],
    ['mixed radix', `0x${a.toString(16)}.0${b.toString(8)}.${(c << 8) + d}`],
    ['trailing dot', `${ipv4}.`],
    ['full-width digits and dots', ipv4.replace(/\d/g, (digit) => String.fromCharCode(0xff10 + Number(digit))).replace(/\./g, '\uff0e')],
    ['ideographic full stops', ipv4.replace(/\./g, '\u3002')],
  ];
}

/** Non-public IPv6 addresses that embed no IPv4 address. */
const NON_PUBLIC_IPV6 = [
  ['unspecified', '[::]'], ['loopback', '[::1]'], ['loopback, uncompressed', '[0:0:0:0:0:0:0:1]'],
  ['loopback, zero-padded', '[0000:0000:0000:0000:0000:0000:0000:0001]'], ['link-local', '[fe80::1]'],
  ['unique-local', '[fc00::1]'], ['unique-local, AWS metadata', '[fd00:ec2::254]'], ['site-local (deprecated)', '[fec0::1]'],
  ['multicast', '[ff02::1]'], ['documentation', '[2001:db8::1]'], ['discard-only', '[100::1]'],
  ['benchmarking', '[2001:2::1]'], ['ORCHIDv2', '[2001:20::1]'], ['local-use NAT64 (RFC 8215)', '[64:ff9b:1::a00:1]'],
];

/** Names that never denote a public host, refused by name. */
const PRIVATE_NAMES = [
  'localhost', 'LOCALHOST', 'localhost.', 'app.localhost', 'printer.local', 'metadata.google.internal',
  'metadata.internal', 'router.home.arpa', 'x.y.localhost',
];

/** Names the test resolver maps to non-public addresses: refused after resolution, at connect time. */
export const RESOLVED_NAMES = {
  'loopback.test': ['127.0.0.1'],
  'loopback-other.test': ['127.0.0.53'],
  'zero.test': ['0.0.0.0'],
  'v6-loopback.test': ['::1'],
  'mapped.test': ['::ffff:127.0.0.1'],
  'compatible.test': ['::127.0.0.1'],
  'translated.test': ['::ffff:0:127.0.0.1'],
  'nat64.test': ['64:ff9b::127.0.0.1'],
  '6to4.test': ['2002:7f00:1::1'],
  'teredo.test': ['2001:0:7f00:1:8000:0:80ff:fffe'],
  'several.test': ['127.0.0.1', '::1', '::ffff:127.0.0.1'],
};

/** Resolves the corpus's names (`public.test` and others resolve to nothing: a 502 if ever requested). */
export async function ssrfResolver(hostname) {
  const addresses = RESOLVED_NAMES[hostname.replace(/\.$/, '').toLowerCase()] ?? [];
  return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
}

const REFUSED_ADDRESS = { status: 403, code: 'refused-address' };
const REFUSED_PORT = { status: 403, code: 'refused-port' };
const BAD_URL = { status: 400, code: 'bad-url' };

/**
 * The corpus for a loopback listener on `port`: `{ category, label, url, expected }`, where
 * `expected` is `{ status, code }`.
 */
export function ssrfTargets(port) {
  const targets = [];
  const add = (category, label, url, expected) => targets.push({ category, label, url, expected });
  for (const ipv4 of NON_PUBLIC_IPV4) {
    add('IPv4', ipv4, `http://${ipv4}:${port}/faults/secret`, REFUSED_ADDRESS);
    for (const [label, host] of embeddingSpellings(ipv4)) {
      add('IPv6 embedding IPv4', `${label}: ${ipv4}`, `http://${host}:${port}/faults/secret`, REFUSED_ADDRESS);
    }
  }
  for (const ipv4 of ['127.0.0.1', '10.0.0.1', '169.254.169.254', '192.168.0.1', '0.0.0.0']) {
    for (const [label, host] of ipv4Spellings(ipv4)) {
      add('IPv4 spelling', `${label}: ${ipv4}`, `http://${host}:${port}/faults/secret`, REFUSED_ADDRESS);
    }
  }
  for (const [label, host] of NON_PUBLIC_IPV6) add('IPv6', label, `http://${host}:${port}/faults/secret`, REFUSED_ADDRESS);
  for (const name of PRIVATE_NAMES) add('private name', name, `http://${name}:${port}/faults/secret`, REFUSED_ADDRESS);
  for (const name of Object.keys(RESOLVED_NAMES)) {
    add('name resolving privately', name, `http://${name}:${port}/faults/secret`, REFUSED_ADDRESS);
    add('name resolving privately', `${name}, upper case, trailing dot`, `http://${name.toUpperCase()}.:${port}/faults/secret`, REFUSED_ADDRESS);
  }
  for (const otherPort of [0, 1, 22, 25, 3306, 6379, 8080, 11211, 65535]) {
    add('port', String(otherPort), `http://public.test:${otherPort}/`, REFUSED_PORT);
  }
  add('port', '443 over http', 'http://public.test:443/', REFUSED_PORT);
  add('port', '80 over https', 'https://public.test:80/', REFUSED_PORT);
  for (const url of [
    'file:///etc/passwd', 'file://localhost/etc/passwd', 'ftp://public.test/', 'gopher://public.test:70/_x',
    'dict://public.test:11211/stat', 'ldap://public.test/', 'ws://public.test/', 'wss://public.test/',
    'data:text/html,<title>x</title>', 'javascript:alert(1)', 'jar:http://public.test/x.jar!/', 'blob:http://public.test/x',
    'view-source:http://public.test/', 'netdoc:///etc/passwd', 'HTTP+UNIX://public.test/',
  ]) {
    add('scheme', url.split(':')[0], url, BAD_URL);
  }
  for (const [label, url] of [
    ['user and password', 'http://user:pass@public.test/'],
    ['user only', 'http://user@public.test/'],
    ['password only', 'http://:pass@public.test/'],
    ['public name as user, loopback host', `http://public.test@127.0.0.1:${port}/`],
    ['encoded @ in user', `http://public.test%40@127.0.0.1:${port}/`],
  ]) {
    add('credentials', label, url, BAD_URL);
  }
  for (const [label, url] of [
    ['#@ confusion', `http://127.0.0.1:${port}#@public.test/`],
    ['\\@ confusion', `http://127.0.0.1:${port}\\@public.test/`],
    ['?@ confusion', `http://127.0.0.1:${port}?@public.test/`],
    ['tab and newline inside the host', `http://127.\t0.0.\n1:${port}/`],
    ['percent-encoded host', `http://%31%32%37.0.0.1:${port}/`],
    ['soft hyphen in name', `http://local\u00adhost:${port}/`],
  ]) {
    add('parser confusion', label, url, REFUSED_ADDRESS);
  }
  return targets;
}
