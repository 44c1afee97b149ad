/**
 * The SSRF corpus (test/server/corpus/ssrf-targets.mjs) through the proxy, directly and as the target
 * of a redirect. Each target must get its refusal, and none may reach the network: literals must
 * never reach the transport at all, and names (refused by the connect-time DNS guard) must never
 * open a connection to the loopback listener every target points at.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { isPublicAddress } from '../../dist/server/index.js';
import { createGuardedFetch, createNodeHandler } from '../../dist/server/node.js';
import { embeddingSpellings, NON_PUBLIC_IPV4, ssrfResolver, ssrfTargets } from './corpus/ssrf-targets.mjs';
import { startTestOrigin } from './helpers/origin.mjs';
import { route } from './helpers/proxy.mjs';

/** A TCP listener on every loopback address (dual-stack `::` when the host has IPv6) counting connections. */
async function startCanary() {
  const server = createServer((socket) => socket.destroy());
  let connections = 0;
  server.on('connection', () => connections++);
  await new Promise((resolve, reject) => {
    server.once('error', () => server.listen(0, '0.0.0.0', resolve));
    server.listen(0, '::', resolve);
    setTimeout(reject, 10_000, new Error('the canary could not listen')).unref();
  });
  return {
    port: server.address().port,
    connections: () => connections,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

describe('IPv6 addresses that embed an IPv4 address get the answer of the IPv4 inside', () => {
  it('refuses every embedding of every non-public IPv4 address', () => {
    for (const ipv4 of NON_PUBLIC_IPV4) {
      assert.equal(isPublicAddress(ipv4), false, ipv4);
      for (const [label, host] of embeddingSpellings(ipv4)) {
        assert.equal(isPublicAddress(host.slice(1, -1)), false, `${label}: ${ipv4}`);
      }
    }
  });

  it('accepts every embedding of a public IPv4 address (NAT64 is how IPv6-only hosts reach IPv4 sites)', () => {
    for (const ipv4 of ['8.8.8.8', '1.1.1.1', '151.101.0.81']) {
      for (const [label, host] of embeddingSpellings(ipv4)) {
        assert.equal(isPublicAddress(host.slice(1, -1)), true, `${label}: ${ipv4}`);
      }
    }
  });

  it('refuses a Teredo address when either its server or its client is not public', () => {
    // RFC 4380's example: server 65.54.227.120, client 192.0.2.45 (documentation range).
    assert.equal(isPublicAddress('2001:0:4136:e378:8000:63bf:3fff:fdd2'), false);
    // Server 8.8.8.8, client 127.0.0.1 (inverted: 80ff:fffe).
    assert.equal(isPublicAddress('2001:0:808:808:8000:0:80ff:fffe'), false);
    // Server 10.0.0.1, client 8.8.8.8 (inverted: f7f7:f7f7).
    assert.equal(isPublicAddress('2001:0:a00:1:8000:0:f7f7:f7f7'), false);
    assert.equal(isPublicAddress('2001:0:808:808:8000:0:f7f7:f7f7'), true);
  });
});

describe('the SSRF corpus through the proxy', () => {
  let origin;
  let canary;
  let proxy;
  /** Every URL the proxy asked its transport for, other than the redirecting origin. */
  const requested = [];
  const targets = [];

  before(async () => {
    origin = await startTestOrigin();
    canary = await startCanary();
    targets.push(...ssrfTargets(canary.port));
    const resolve = async (hostname) =>
      hostname === 'origin.test' ? [{ address: '127.0.0.1', family: 4 }] : ssrfResolver(hostname);
    const guardOptions = { resolve, allowHosts: [`origin.test:${origin.port}`] };
    const guarded = createGuardedFetch(guardOptions);
    proxy = createNodeHandler({
      ...guardOptions,
      // The listener's port is allowed, so the address checks alone stand between a target and it.
      allowPorts: [canary.port],
      rateLimit: false,
      cache: false,
      timeout: 5000,
      fetch: (input, init) => {
        const { hostname, port } = new URL(input);
        if (hostname === 'origin.test' && Number(port) === origin.port) return guarded(input, init);
        requested.push(input);
        // Names go on to the guard under test (the corpus resolves them to loopback only); an IP
        // literal should never have got here, and is not sent anywhere.
        if (/^[\d.]+$|^\[/.test(hostname)) return Promise.reject(new TypeError(`test transport: ${input} not sent`));
        return guarded(input, init);
      },
    });
  });
  after(async () => {
    await origin.close();
    await canary.close();
  });

  const get = (path) => proxy(new Request(`http://proxy.test${path}`), { clientAddress: '192.0.2.1' });

  /** Requests each target through `toPath` and lists the ones that did not get their expected answer. */
  async function misses(toPath) {
    const found = [];
    for (const target of targets) {
      const response = await get(toPath(target));
      const body = await response.json();
      if (response.status !== target.expected.status || body.error !== target.expected.code) {
        found.push(`${target.category} / ${target.label} (${target.url}): ${response.status} ${body.error}`);
      }
    }
    return found;
  }

  it(`has at least 250 targets`, () => {
    assert.ok(targets.length >= 250, `${targets.length} targets`);
  });

  it('refuses each target requested directly, before any connection', async () => {
    for (const name of ['meta', 'oembed']) {
      assert.deepEqual(await misses((target) => routeFor(name, target)), [], `/${name}`);
    }
    assert.deepEqual(
      requested.filter((url) => !/^http:\/\/[^/]*\.test\.?:/i.test(url)),
      [],
      'no literal target reached the transport',
    );
    assert.equal(canary.connections(), 0, 'no connection reached the loopback listener');
  });

  it('refuses each target when a public page redirects to it, before any connection', async () => {
    requested.length = 0;
    const hitsBefore = origin.hits('/faults/redirect');
    const found = await misses((target) =>
      routeFor('meta', `${origin.url}/faults/redirect?to=${encodeURIComponent(locationFor(target.url))}`),
    );
    assert.deepEqual(found, []);
    assert.equal(origin.hits('/faults/redirect') - hitsBefore, targets.length, 'each redirect was followed up to the target');
    assert.deepEqual(
      requested.filter((url) => !/^http:\/\/[^/]*\.test\.?:/i.test(url)),
      [],
      'no literal target reached the transport',
    );
    assert.equal(canary.connections(), 0, 'no connection reached the loopback listener');
    console.log(`# SSRF corpus: ${targets.length} targets × (direct /meta, direct /oembed, redirect) = ${targets.length * 3} requests, all refused`);
  });
});

function routeFor(name, target) {
  return route(name, typeof target === 'string' ? target : target.url);
}

/**
 * The target as a `Location` header can carry it: HTTP header values are bytes, so a spelling
 * with characters outside printable ASCII (full-width digits, tabs) is sent as its parsed form.
 */
function locationFor(url) {
  return /^[\x21-\x7e]*$/.test(url) ? url : new URL(url).href;
}
