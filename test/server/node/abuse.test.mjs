/**
 * The proxy under resource abuse, in a process of its own (see abuse/harness.mjs): crafted
 * upstream headers, compression bombs, endless and slow-drip bodies, floods within the rate
 * limit. Each case asserts that the median /healthz probe during the attack waits for at most
 * 500 ms of the proxy's CPU time (the target is 100 ms; see assertSurvived for why the bound is
 * wider), that memory comes back within 20% of its baseline after it, that the upstream
 * connections are closed, and that the proxy still serves.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { measureAttack, startProxyProcess } from './abuse/harness.mjs';
import { startAbuseOrigin } from './abuse/origin.mjs';
import { eventually, route } from '../helpers/proxy.mjs';

const CONCURRENCY = 50;

describe('the proxy under abuse', () => {
  let origin;
  let proxy;
  before(async () => {
    origin = await startAbuseOrigin();
    // Timeout shortened from 10 s so the stalling cases end quickly, and the HTML cap from 1 MB so
    // the legitimate work of reading 50 heads up to it stays small beside what is measured; no
    // rate limit except where tested.
    proxy = await startProxyProcess({ proxy: { rateLimit: false, timeout: 2000, maxHtmlBytes: 256 * 1024 } });
  });
  after(async () => {
    await proxy?.close();
    await origin?.close();
  });

  /** `count` requests at once, `pathFor(i)` each; resolves to their `{ status, body }`. */
  const answers = (count, pathFor, offset = 0) =>
    Promise.all(Array.from({ length: count }, (_, i) => proxy.get(pathFor(offset + i)).then(({ status, body }) => ({ status, body }))));

  /**
   * Measures `CONCURRENCY` requests at once, after ten of the same kind to warm up; `results` are
   * their statuses, `answers` their statuses and bodies.
   */
  const attack = async (name, pathFor) => {
    const outcome = await measureAttack(name, proxy, () => answers(CONCURRENCY, pathFor), { warmUp: () => answers(10, pathFor, 1000) });
    return { ...outcome, answers: outcome.results, results: outcome.results.map(({ status }) => status) };
  };

  /**
   * Each status is one of `allowed`. (Any answer can run out of time on a loaded machine: 50
   * requests share the CPU, and the timeout here is 2 s.)
   */
  const assertEach = (statuses, allowed) =>
    assert.deepEqual(statuses.filter((status) => !allowed.includes(status)), [], `statuses: ${statuses}`);

  /**
   * The assertions every case shares. Latency is asserted in the proxy's CPU time (see
   * abuse/harness.mjs; the wall clock is reported): the median /healthz probe during the attack
   * waits for at most 500 ms of the proxy's work, and the attack costs at most 50 ms of CPU per
   * request. The target is 100 ms; the bound is generous because this machine is shared (CPU
   * time inflates under contention too) and a probe queues behind 50 requests' legitimate work
   * (50-300 ms here), yet meaningful: the backtracking `Link` parser made the same probe wait
   * 770-2 900 ms of CPU, at 110 ms per request.
   */
  async function assertSurvived({ figures }) {
    assert.ok(figures.healthDuringCpu <= 500, `/healthz median during the attack: ${figures.healthDuringCpu} ms of proxy CPU`);
    assert.ok(figures.attackCpuMs / CONCURRENCY <= 50, `proxy CPU per request: ${figures.attackCpuMs / CONCURRENCY} ms`);
    assert.ok(
      figures.after.used <= figures.before.used * 1.2,
      `memory after ${figures.after.used} bytes, baseline ${figures.before.used}`,
    );
    assert.ok(await eventually(() => origin.sockets() === 0, 1000), `upstream connections left open: ${origin.sockets()}`);
    const still = await proxy.get(route('oembed', `${origin.url}/ok-page?after=${Math.random()}`));
    assert.equal(still.status, 200, 'still serving');
  }

  it('parses crafted Link headers in linear time', async () => {
    const outcome = await attack('Link header (15 000 "<", no ">")', (i) => route('oembed', `${origin.url}/link?n=15000&i=${i}`));
    assertEach(outcome.results, [404, 504]); // no oEmbed advertised (or out of time on a loaded machine)
    await assertSurvived(outcome);
  });

  it('cuts endless bodies at their caps', async () => {
    const outcome = await attack('endless bodies', (i) =>
      i % 2
        ? route('meta', `${origin.url}/endless/html?i=${i}`)
        : route('oembed', `${origin.url}/page?oembed=${encodeURIComponent(`/endless/json?i=${i}`)}`),
    );
    assertEach(outcome.results, [200, 422, 504]);
    await assertSurvived(outcome);
  });

  it('ends slow-drip and mute upstreams at its timeout', async () => {
    const outcome = await attack('slow-drip and mute upstreams (timeout 2 s)', (i) =>
      i % 2 ? route('meta', `${origin.url}/drip?i=${i}`) : route('meta', `${origin.url}/mute?i=${i}`),
    );
    assert.deepEqual(new Set(outcome.results), new Set([504]));
    await assertSurvived(outcome);
  });

  // Compression bombs: 100 KB-1 MB on the wire, 10-100 MB once decoded. Half are pages for /meta
  // (a head that never ends), half oEmbed JSON behind a page (a title that never ends). The caps
  // count decoded bytes and decoding follows reading: a page is read up to the HTML cap and
  // answered from what it held (200, its title), an oEmbed past its cap is refused (422
  // invalid-upstream), and nothing past a cap is decoded.
  for (const encodings of ['gzip', 'deflate', 'br', 'gzip,gzip']) {
    it(`stops decoding ${encodings} bombs at their caps`, async () => {
      const outcome = await attack(`${encodings} bombs`, (i) =>
        i % 2
          ? route('meta', `${origin.url}/bomb/html.${encodings}?i=${i}`)
          : route('oembed', `${origin.url}/page?oembed=${encodeURIComponent(`/bomb/json.${encodings}?i=${i}`)}`),
      );
      const html = outcome.answers.filter((_, i) => i % 2);
      const json = outcome.answers.filter((_, i) => i % 2 === 0);
      assert.deepEqual(
        html.filter(({ status, body }) => status !== 504 && !(status === 200 && JSON.parse(body).title === 'Bomb')),
        [],
        'pages: read up to the cap and answered from it',
      );
      assert.deepEqual(
        json.filter(({ status, body }) => status !== 504 && !(status === 422 && JSON.parse(body).error === 'invalid-upstream')),
        [],
        'oEmbed: refused as larger than its cap',
      );
      // Resident memory (zlib's buffers are native, outside heap+external) comes back to within 20% of its
      // baseline: the least of a few readings over two seconds, as the allocator hands freed pages back.
      let rss = outcome.figures.after.rss;
      for (let i = 0; i < 5 && rss > outcome.figures.before.rss * 1.2; i++) {
        await new Promise((resolve) => setTimeout(resolve, 400));
        rss = Math.min(rss, (await proxy.memory()).rss);
      }
      assert.ok(rss <= outcome.figures.before.rss * 1.2, `rss after ${rss}, baseline ${outcome.figures.before.rss}`);
      await assertSurvived(outcome);
    });
  }

  it('reads crafted Content-Type headers in linear time', async () => {
    const outcome = await attack('crafted Content-Type', (i) => route('meta', `${origin.url}/content-type?n=4000&i=${i}`));
    assertEach(outcome.results, [200, 504]);
    await assertSurvived(outcome);
  });
});

describe('a flood within the rate limit', () => {
  let origin;
  let proxy;
  before(async () => {
    origin = await startAbuseOrigin();
    proxy = await startProxyProcess();
  });
  after(async () => {
    await proxy?.close();
    await origin?.close();
  });

  it('serves a full burst of distinct uncached requests from one client, then limits it', async () => {
    // The default bucket holds 60 and refills 1 a second: 10 to warm up, then 50 at once.
    const pathFor = (i) => route('oembed', `${origin.url}/ok-page?flood=${i}`);
    const requests = (count, offset) =>
      Promise.all(Array.from({ length: count }, (_, i) => proxy.get(pathFor(offset + i)).then(({ status }) => status)));
    const outcome = await measureAttack('flood of 50 uncached requests within the rate limit', proxy, () => requests(50, 0), {
      warmUp: () => requests(10, 1000),
    });
    assert.deepEqual(new Set(outcome.results), new Set([200]));
    assert.ok(outcome.figures.healthDuringCpu <= 500, `/healthz median during the flood: ${outcome.figures.healthDuringCpu} ms of proxy CPU`);
    assert.ok(outcome.figures.after.used <= outcome.figures.before.used * 1.2, 'memory back within 20%');
    assert.ok((await requests(15, 2000)).includes(429), 'then limited');
  });
});
