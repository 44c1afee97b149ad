/**
 * Redis that hiccups is Redis that comes back (issue 27, failures 3 and 4), on a real `redis-server` started
 * here. For each fault — CLIENT PAUSE, DEBUG SLEEP, an OOM answer (maxmemory 1, noeviction), a restart, a kill —
 * requests are served while it lasts (from memory, each upstream fetched once), the proxy says so once, and once
 * the fault ends it is back on Redis (a new answer is written there) and says so once; the recovery time, from
 * the end of the fault to the proxy's note, is printed. Then foreign values under the proxy's keys, random
 * (fast-check) and crafted: each is a miss (the upstream fetched again, its answer served), never a crash nor a
 * served foreign value, and never taken for an outage. On main: after CLIENT PAUSE or OOM the proxy never went
 * back to Redis, and a stored `etag` with CR/LF threw from `writeHead`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import fc from 'fast-check';
import { hostileText } from '../helpers/hostile.mjs';
import { redisStore } from '../../../dist/server/store/redis.js';
import { startTestOrigin } from '../helpers/origin.mjs';
import { eventually, route, testProxy } from '../helpers/proxy.mjs';
import { startRedis } from '../helpers/redis.mjs';

const isJsonObject = (text) => {
  try {
    const value = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Redis chaos: the proxy serves through each fault and comes back to Redis', { concurrency: false }, () => {
  let origin;
  let redis;
  let admin;
  // Each scenario gets its own store (its own connection, breaker and log) and proxy, so none depends on the last.
  let store;
  let proxy;
  let events = [];
  const stores = [];
  const recoveries = {};
  async function freshProxy() {
    await store?.close();
    const mine = [];
    events = mine;
    const logger = {
      warn: (message) => mine.push({ level: 'warn', message, at: performance.now() }),
      info: (message) => mine.push({ level: 'info', message, at: performance.now() }),
    };
    store = await redisStore({ url: redis.url, logger, nearCache: false });
    stores.push(store);
    proxy = testProxy({ store, rateLimit: { capacity: 10_000, refillPerSecond: 1000 } });
  }

  before(async () => {
    origin = await startTestOrigin();
    redis = await startRedis(['--enable-debug-command', 'local']);
    admin = new Redis(redis.url, { maxRetriesPerRequest: 1, retryStrategy: () => 100 });
    admin.on('error', () => {}); // this test's own client, while it kills Redis
  });
  after(async () => {
    console.log(`redis chaos: recovery (end of the fault → "Redis is back") ${JSON.stringify(recoveries)}`);
    await Promise.all(stores.map((one) => one.close()));
    admin?.disconnect();
    await redis?.stop();
    await origin?.close();
  });

  const pagePath = (name) => `/faults/page?oembed=${encodeURIComponent(`/faults/counted-oembed?case=${name}`)}`;
  const get = (name, extra = '') => proxy.get(route('oembed', `http://origin.test:${origin.port}${pagePath(name)}`, extra));
  const hits = (name) => origin.hits(`/faults/counted-oembed?case=${name}`);
  const storedKeys = async (name) => admin.keys(`post-embeds:answer:*${name}*`);

  /**
   * Runs `fault`, checks requests are served during it (each upstream once), runs `heal`, and waits for the one
   * recovery note; returns the recovery time in ms.
   */
  async function chaos(name, { fault, heal, during = async () => {} }) {
    await freshProxy();
    const seen = events.length;
    assert.equal((await get(`${name}-first`)).status, 200);
    assert.equal((await storedKeys(`${name}-first`)).length, 1, 'on Redis before the fault');
    await fault();
    const statuses = [];
    for (let round = 0; round < 3; round++) {
      for (const key of ['one', 'two']) statuses.push((await get(`${name}-${key}`)).status);
      await during(round);
    }
    assert.deepEqual(statuses, [200, 200, 200, 200, 200, 200], 'served during the fault');
    assert.deepEqual([hits(`${name}-one`), hits(`${name}-two`)], [1, 1], 'each upstream fetched once (from memory after that)');
    assert.deepEqual(events.slice(seen).map(({ level }) => level), ['warn'], 'one warning for the outage');
    const healed = await heal();
    assert.ok(await eventually(() => events.slice(seen).some(({ level }) => level === 'info'), 1200), 'Redis is back');
    // 0 when the probe was already waiting on the blocked server, and answered as it woke.
    const recovery = Math.max(0, Math.round(events.slice(seen).find(({ level }) => level === 'info').at - healed));
    recoveries[name] = `${recovery} ms`;
    assert.deepEqual(events.slice(seen).map(({ level }) => level), ['warn', 'info'], 'one note for the recovery');
    // Back on Redis: a new answer is written there, and one fetched during the fault is served from Redis now.
    assert.equal((await get(`${name}-after`)).status, 200);
    assert.equal((await storedKeys(`${name}-after`)).length, 1, 'written to Redis after the recovery');
    return recovery;
  }

  it('CLIENT PAUSE 2500 (every command times out): served from memory, back on Redis after it', async () => {
    let ends;
    await chaos('pause', {
      fault: async () => {
        await admin.call('CLIENT', 'PAUSE', '2500', 'ALL');
        ends = performance.now() + 2500;
      },
      heal: async () => {
        await sleep(Math.max(0, ends - performance.now()));
        return ends;
      },
    });
  });

  it('DEBUG SLEEP 2 (the server blocked): served from memory, back on Redis after it', async () => {
    let slept;
    await chaos('sleep', {
      fault: async () => {
        slept = admin.call('DEBUG', 'SLEEP', '2');
        await sleep(50);
      },
      heal: async () => {
        await slept;
        return performance.now();
      },
    });
  });

  it('OOM answers (maxmemory 1, noeviction): served from memory, back on Redis once memory is allowed again', async () => {
    await chaos('oom', {
      fault: async () => {
        await admin.config('SET', 'maxmemory-policy', 'noeviction');
        await admin.config('SET', 'maxmemory', '1');
      },
      heal: async () => {
        await admin.config('SET', 'maxmemory', '0');
        return performance.now();
      },
    });
  });

  it('a restart (down for the requests, then up at once): served from memory, back on Redis once it is up', async () => {
    await chaos('restart', {
      fault: () => redis.stop(),
      heal: async () => {
        await redis.start();
        return performance.now();
      },
    });
  });

  it('a kill: served from memory for as long as Redis is down (probes on a backoff), back once it is started; /readyz says so', async () => {
    const readiness = [];
    await chaos('kill', {
      fault: () => redis.stop(),
      // Long enough for several probes to fail.
      during: async () => {
        readiness.push((await proxy.get('/readyz')).status);
        await sleep(700);
      },
      heal: async () => {
        await redis.start();
        return performance.now();
      },
    });
    const ready = await proxy.get('/readyz');
    assert.deepEqual([...readiness, ready.status], [503, 503, 503, 200], '/readyz: 503 while Redis is down, 200 once it is back');
    assert.equal((await proxy.get('/healthz')).status, 200);
  });

  describe('foreign values under the prefix', () => {
    const name = 'foreign';
    let key;
    before(async () => {
      await freshProxy();
      assert.equal((await get(name)).status, 200);
      [key] = (await storedKeys(name)).filter((found) => !found.includes(`${name}-`));
      assert.ok(key, 'found the key the proxy uses');
    });

    const valid = () => ({ body: '{"version":"1.0","type":"link","title":"Foreign"}', etag: '"foreign"', freshUntil: Date.now() + 60_000, staleUntil: Date.now() + 120_000 });
    // Values another writer could leave: each field of a stored answer wrong in some way, and anything at all.
    const field = {
      body: fc.oneof(fc.integer(), fc.double(), fc.constant(null), hostileText().filter((text) => !isJsonObject(text)), fc.constant('{"title":'), fc.constant('[1,2]'), fc.constant('"text"'), fc.jsonValue().map((value) => JSON.stringify(value)).filter((text) => !text.startsWith('{'))),
      etag: fc.oneof(hostileText(40).filter((text) => !/^"[\x21\x23-\x7e]{1,128}"$/.test(text)), fc.constant('unquoted'), fc.constant('"a"b"'), fc.integer(), fc.constant(null), hostileText(40).map((text) => `"${text}\u0000"`)),
      freshUntil: fc.oneof(hostileText(), fc.constant(98_203_327_759_000), fc.constant(-1), fc.constant(null), fc.constant('1e400'), fc.double({ min: 1e20, max: 1e300 })),
      staleUntil: fc.oneof(hostileText(), fc.constant(Number.MAX_SAFE_INTEGER), fc.constant(0), fc.constant(null), fc.constant('Infinity')),
    };
    const foreign = fc.oneof(
      // One field wrong, the others as the proxy writes them.
      fc.constantFrom('body', 'etag', 'freshUntil', 'staleUntil').chain((wrong) => field[wrong].map((value) => JSON.stringify({ ...valid(), [wrong]: value }))),
      // Anything JSON, and anything at all.
      fc.jsonValue().map((value) => JSON.stringify(value)),
      hostileText(200),
    );

    it('random and crafted values: each a miss, the upstream answer served, no crash, no outage', async () => {
      let cases = 0;
      let crashes = 0;
      const seen = events.length;
      const property = fc.asyncProperty(foreign, fc.boolean(), async (value, xml) => {
        cases++;
        const before = hits(name);
        await admin.set(key, value, 'PX', 60_000);
        let response;
        try {
          response = await get(name, xml ? '&format=xml' : '');
        } catch {
          crashes++;
          return false;
        }
        const body = await response.text();
        const servedForeign = body.includes('Foreign') || body.includes('script');
        // The valid-looking answer of the last case is a genuine one: then the upstream is not asked again.
        return response.status === 200 && !servedForeign && /Counted/.test(body) && hits(name) === before + 1;
      });
      try {
        await fc.assert(property, { numRuns: 150, endOnFailure: true });
      } finally {
        console.log(`redis chaos: foreign values: ${cases} cases, ${crashes} crashes`);
      }
      assert.deepEqual(events.slice(seen), [], 'no outage declared for a foreign value');
    });

    it('a value of the right shape is an answer, and its XML has only element names XML allows', async () => {
      await admin.set(key, JSON.stringify({ ...valid(), body: '{"x><script>alert(1)</script":"1","title":"Foreign"}' }), 'PX', 60_000);
      const response = await get(name, '&format=xml');
      assert.equal(response.status, 200);
      const xml = await response.text();
      assert.match(xml, /<title>Foreign<\/title>/);
      assert.doesNotMatch(xml, /script/);
    });

    it('a foreign value under a rate-limit key is not an outage', async () => {
      const seen = events.length;
      // The client's bucket key, whatever it is: every rate key is replaced by a string.
      assert.equal((await get(`${name}-rate`)).status, 200);
      const rateKeys = await admin.keys('post-embeds:rate:*');
      assert.ok(rateKeys.length > 0);
      for (const rateKey of rateKeys) await admin.set(rateKey, 'not a hash');
      assert.equal((await get(`${name}-rate-2`)).status, 200);
      assert.deepEqual(events.slice(seen), []);
    });
  });
});
