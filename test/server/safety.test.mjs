import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { isPublicAddress } from '../../dist/server/index.js';
import { checkTarget, createTargetPolicy } from '../../dist/server/target-policy.js';
import { startTestOrigin } from './helpers/origin.mjs';
import { eventually, route, testProxy } from './helpers/proxy.mjs';

const STRICT = createTargetPolicy({});

describe('address and URL policy', () => {
  it('refuses every non-public address, metadata services included', () => {
    for (const address of [
      '127.0.0.1', '127.255.0.9', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1',
      '100.100.100.200', '0.0.0.0', '224.0.0.251', '255.255.255.255', '198.18.0.1', '168.63.129.16',
      '::', '::1', 'fe80::1', 'fc00::1', 'fd00:ec2::254', '::ffff:127.0.0.1', '::127.0.0.1',
      '64:ff9b::7f00:1', '2002:7f00:1::', '2001:db8::1', 'ff02::1', 'not-an-address',
    ]) {
      assert.equal(isPublicAddress(address), false, address);
    }
    for (const address of ['8.8.8.8', '1.1.1.1', '151.101.0.81', '::ffff:8.8.8.8', '2606:4700:4700::1111', '2a00:1450:4001:80b::200e']) {
      assert.equal(isPublicAddress(address), true, address);
    }
  });

  it('refuses private literals in any spelling, private names, and non-default ports', () => {
    for (const url of [
      'http://127.0.0.1/', 'http://2130706433/', 'http://0x7f.1/', 'http://017700000001/', 'http://[::1]/',
      'http://[::ffff:7f00:1]/', 'http://169.254.169.254/latest/meta-data/', 'http://localhost/', 'http://localhost./',
      'http://app.localhost/', 'http://printer.local/', 'http://metadata.google.internal/', 'http://router.home.arpa/',
    ]) {
      assert.throws(() => checkTarget(new URL(url), STRICT), { status: 403, code: 'refused-address' }, url);
    }
    assert.throws(() => checkTarget(new URL('http://example.com:8080/'), STRICT), { status: 403, code: 'refused-port' });
    assert.doesNotThrow(() => checkTarget(new URL('https://example.com:8443/'), createTargetPolicy({ allowPorts: [8443] })));
    assert.doesNotThrow(() => checkTarget(new URL('https://example.com/'), STRICT));
  });
});

describe('SSRF protection through the proxy', () => {
  let origin;
  let proxy;
  before(async () => {
    origin = await startTestOrigin();
    // The origin's port is allowed, so only the address check stands between evil.test and it.
    proxy = testProxy({ allowPorts: [origin.port] });
  });
  after(() => origin.close());

  it('refuses a host that resolves to 127.0.0.1, without ever contacting it', async () => {
    const evil = `http://evil.test:${origin.port}/faults/secret`;
    for (const path of [route('meta', evil), route('oembed', evil)]) {
      const response = await proxy.get(path);
      assert.equal(response.status, 403);
      // Refused at connect time, by the DNS guard, not by a name rule.
      assert.deepEqual(await response.json(), {
        error: 'refused-address',
        message: 'evil.test does not resolve to a public address.',
      });
    }
    assert.equal(origin.hits('/faults/secret'), 0);
  });

  it('refuses loopback literals and the local port, without contacting them', async () => {
    for (const target of [`http://127.0.0.1:${origin.port}/faults/secret`, `http://[::ffff:127.0.0.1]:${origin.port}/faults/secret`]) {
      const response = await proxy.get(route('meta', target));
      assert.equal(response.status, 403, target);
    }
    assert.equal(origin.hits('/faults/secret'), 0);
  });

  it('follows redirects and reports where it landed', async () => {
    const target = `${origin.url}/faults/redirect?to=${encodeURIComponent('/samples/plain')}`;
    const response = await proxy.get(route('meta', target));
    assert.equal(response.status, 200);
    assert.equal((await response.json()).url, `${origin.url}/samples/plain`);
  });

  it('re-checks every redirect: to a private literal, to a name resolving privately, to another scheme', async () => {
    for (const [to, status] of [
      [`http://127.0.0.1:${origin.port}/faults/secret`, 403],
      [`http://evil.test:${origin.port}/faults/secret`, 403],
      ['http://169.254.169.254/latest/meta-data/', 403],
      ['file:///etc/passwd', 400],
    ]) {
      const response = await proxy.get(route('meta', `${origin.url}/faults/redirect?to=${encodeURIComponent(to)}`));
      assert.equal(response.status, status, to);
    }
    assert.equal(origin.hits('/faults/secret'), 0);
  });

  it('gives up after 5 redirects', async () => {
    const response = await proxy.get(route('meta', `${origin.url}/faults/redirect-loop/0`));
    assert.equal(response.status, 502);
    assert.equal(origin.hits('/faults/redirect-loop/'), 6, 'the first request and 5 redirects');
  });

  it('cuts an oversized oEmbed body off at 256 KB with a 422, and keeps serving', async () => {
    const response = await proxy.get(route('oembed', `${origin.url}/faults/page?oembed=/faults/huge-oembed`));
    assert.equal(response.status, 422);
    assert.match((await response.json()).message, /larger than 262144 bytes/);
    assert.ok(await eventually(() => origin.wasCutOff('/faults/huge-oembed')), 'the upstream connection was closed');
    assert.equal((await proxy.get(route('meta', `${origin.url}/samples/plain`))).status, 200);
  });

  it('answers 504 for a body that stalls, and keeps serving', async () => {
    const impatient = testProxy({ timeout: 300 });
    const response = await impatient.get(route('oembed', `${origin.url}/faults/page?oembed=/faults/slow-oembed`));
    assert.equal(response.status, 504);
    assert.equal((await response.json()).error, 'upstream-timeout');
    assert.equal((await impatient.get(route('meta', `${origin.url}/samples/twitter-card`))).status, 200);
  });

  it('answers 502 when the upstream cannot be reached', async () => {
    const closed = await startTestOrigin();
    await closed.close();
    const response = await proxy.get(route('meta', `http://origin.test:${closed.port}/`));
    assert.equal(response.status, 502);
  });

  it('exempts an allowHosts entry with a port on that port only, at connect time too', async () => {
    const other = await startTestOrigin();
    try {
      const { get } = testProxy({ allowHosts: [`origin.test:${origin.port}`], allowPorts: [other.port] });
      assert.equal((await get(route('meta', `${origin.url}/samples/plain`))).status, 200);
      // Same name, another (allowed) port: the name's private address is refused again.
      const response = await get(route('meta', `http://origin.test:${other.port}/samples/plain`));
      assert.equal(response.status, 403);
      assert.equal(other.hits('/'), 0);
    } finally {
      await other.close();
    }
  });

  it('with allowPrivate, reaches loopback for local development', async () => {
    const local = testProxy({ allowPrivate: true, allowHosts: [] });
    const response = await local.get(route('meta', `http://127.0.0.1:${origin.port}/samples/plain`));
    assert.equal(response.status, 200);
  });
});

describe('rate limit and CORS', () => {
  let origin;
  before(async () => {
    origin = await startTestOrigin();
  });
  after(() => origin.close());

  it('gives each client a token bucket and answers 429 with Retry-After once it is empty', async () => {
    const proxy = testProxy({ rateLimit: { capacity: 2, refillPerSecond: 0.01 } });
    const target = route('meta', `${origin.url}/samples/plain`);
    assert.equal((await proxy.get(target)).status, 200);
    assert.equal((await proxy.get(target)).status, 200);
    const limited = await proxy.get(target);
    assert.equal(limited.status, 429);
    assert.equal((await limited.json()).error, 'rate-limited');
    assert.equal(limited.headers.get('retry-after'), '100');
    assert.equal((await proxy.get(target, { clientAddress: '198.51.100.7' })).status, 200, 'another client');
  });

  it('counts IPv6 clients per /64, since one host can rotate through a whole /64', async () => {
    const proxy = testProxy({ rateLimit: { capacity: 2, refillPerSecond: 0.01 } });
    const target = route('meta', `${origin.url}/samples/plain`);
    assert.equal((await proxy.get(target, { clientAddress: '2001:db8:1:1::1' })).status, 200);
    assert.equal((await proxy.get(target, { clientAddress: '2001:db8:1:1::2' })).status, 200);
    assert.equal((await proxy.get(target, { clientAddress: '2001:db8:1:1:ffff::9' })).status, 429, 'same /64');
    assert.equal((await proxy.get(target, { clientAddress: '2001:db8:1:2::1' })).status, 200, 'another /64');
  });

  it('allows any origin by default, on answers and errors alike', async () => {
    const { get } = testProxy();
    const ok = await get(route('meta', `${origin.url}/samples/plain`), { headers: { origin: 'https://blog.example' } });
    assert.equal(ok.headers.get('access-control-allow-origin'), '*');
    const error = await get('/oembed', { headers: { origin: 'https://blog.example' } });
    assert.equal(error.status, 400);
    assert.equal(error.headers.get('access-control-allow-origin'), '*');
  });

  it('answers preflights, and other methods with 405', async () => {
    const { get } = testProxy();
    const preflight = await get('/oembed', {
      method: 'OPTIONS',
      headers: { origin: 'https://blog.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'x-requested-with' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-methods'), 'GET, HEAD, OPTIONS');
    assert.equal(preflight.headers.get('access-control-allow-headers'), 'x-requested-with');
    const post = await get('/oembed', { method: 'POST' });
    assert.equal(post.status, 405);
    assert.equal(post.headers.get('allow'), 'GET, HEAD, OPTIONS');
  });

  it('with an allow-list, lets only the listed origins read answers', async () => {
    const { get } = testProxy({ allowOrigin: ['https://blog.example'] });
    const target = route('meta', `${origin.url}/samples/plain`);
    const listed = await get(target, { headers: { origin: 'https://blog.example' } });
    assert.equal(listed.headers.get('access-control-allow-origin'), 'https://blog.example');
    assert.equal(listed.headers.get('vary'), 'Origin');
    const other = await get(target, { headers: { origin: 'https://elsewhere.example' } });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
  });

  it('answers unknown paths with a JSON 404', async () => {
    const response = await testProxy().get('/wp-admin');
    assert.equal(response.status, 404);
    assert.equal((await response.json()).error, 'no-route');
  });
});
