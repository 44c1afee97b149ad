import { expect } from '@open-wc/testing';
import { configure, resetConfig, resolveEndpoint } from '../../../src/core/config.js';
import { clearResourceCache, fetchResource, primeResource } from '../../../src/core/fetch/cache.js';
import { rejected } from '../thrown.js';

/** A fake transport: records each call and answers with what `respond` returns for it. */
function fakeFetch(respond: (url: string, init: RequestInit) => Promise<Response> | Response) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  configure({
    fetch: ((url: string, init: RequestInit) => {
      calls.push({ url, init });
      return Promise.resolve(respond(url, init));
    }) as typeof fetch,
  });
  return calls;
}

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' }, ...init });

/** A response that never arrives, but rejects like fetch() when its signal aborts. */
const never = (init: RequestInit) =>
  new Promise<Response>((_, reject) =>
    init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
  );

const signal = () => new AbortController().signal;

describe('fetch layer', () => {
  beforeEach(() => {
    clearResourceCache();
    resetConfig();
  });
  after(() => resetConfig());

  describe('bounded cache (issue 11: flat memory)', () => {
    /** A body of about `kb` KB of text. */
    const sized = (kb: number) => json({ text: 'x'.repeat(kb * 1024) });

    it('drops the least recently used responses nobody holds once over maxCacheBytes', async () => {
      const calls = fakeFetch(() => sized(10));
      configure({ maxCacheBytes: 25 * 1024 });
      const done = () => {
        const controller = new AbortController();
        return { signal: controller.signal, release: () => controller.abort() };
      };
      for (const name of ['a', 'b', 'c']) {
        const caller = done();
        await fetchResource(`https://a.example/${name}`, { signal: caller.signal });
        caller.release();
      }
      // 30 KB cached, 25 KB allowed: a, the least recently used, went.
      await fetchResource('https://a.example/c', { signal: signal() });
      await fetchResource('https://a.example/b', { signal: signal() });
      expect(calls.length).to.equal(3);
      await fetchResource('https://a.example/a', { signal: signal() });
      expect(calls.length).to.equal(4);
    });

    it('a reload replaces its entry in the bound: reloading does not crowd others out', async () => {
      const calls = fakeFetch(() => sized(10));
      configure({ maxCacheBytes: 25 * 1024 });
      // Each caller lets go once its response has arrived, as a removed element does.
      for (const reload of [false, true, true]) {
        const caller = new AbortController();
        await fetchResource('https://a.example/a', { signal: caller.signal, reload });
        caller.abort();
      }
      // 10 KB cached once, not 30 KB: a is still there.
      await fetchResource('https://a.example/a', { signal: signal() });
      expect(calls.length).to.equal(3);
    });

    it('never drops a response a caller still holds, however far over the bound', async () => {
      const calls = fakeFetch(() => sized(10));
      configure({ maxCacheBytes: 1 });
      // Held: the signals never abort, as a connected element's do not.
      for (const name of ['a', 'b', 'c']) await fetchResource(`https://a.example/${name}`, { signal: signal() });
      for (const name of ['a', 'b', 'c']) await fetchResource(`https://a.example/${name}`, { signal: signal() });
      expect(calls.length).to.equal(3);
    });

    it('a released response goes as soon as the cache is over its bound', async () => {
      const calls = fakeFetch(() => sized(10));
      configure({ maxCacheBytes: 15 * 1024 });
      const holder = new AbortController();
      await fetchResource('https://a.example/a', { signal: holder.signal });
      await fetchResource('https://a.example/b', { signal: signal() });
      await fetchResource('https://a.example/a', { signal: signal() });
      expect(calls.length).to.equal(2);
      // The first holder goes, but a second caller of a still holds it.
      holder.abort();
      await fetchResource('https://a.example/a', { signal: signal() });
      expect(calls.length).to.equal(2);
    });
  });

  it('shares one request between concurrent callers and caches the result', async () => {
    const calls = fakeFetch(() => json({ ok: 1 }));
    const [a, b] = await Promise.all([
      fetchResource('https://a.example/x', { signal: signal() }),
      fetchResource('https://a.example/x', { signal: signal() }),
    ]);
    const c = await fetchResource('https://a.example/x', { signal: signal() });
    expect(calls).to.have.length(1);
    expect(a.body).to.deep.equal({ ok: 1 });
    expect(b).to.equal(a);
    expect(c).to.equal(a);
  });

  it('sends credentials: omit, Accept: application/json and the configured headers', async () => {
    const calls = fakeFetch(() => json({}));
    configure({ headers: { Authorization: 'Bearer t' } });
    await fetchResource('https://a.example/h', { signal: signal() });
    const headers = calls[0].init.headers as Record<string, string>;
    expect(calls[0].init.credentials).to.equal('omit');
    expect(headers.Accept).to.equal('application/json');
    expect(headers.Authorization).to.equal('Bearer t');
  });

  it('keeps the request going while one caller is left, and aborts it when the last one leaves', async () => {
    let seen: AbortSignal | undefined;
    fakeFetch((_, init) => ((seen = init.signal!), never(init)));
    const first = new AbortController();
    const second = new AbortController();
    const one = fetchResource('https://a.example/slow', { signal: first.signal });
    const two = fetchResource('https://a.example/slow', { signal: second.signal });
    first.abort();
    await one.then(
      () => expect.fail('the first caller should see its abort'),
      (error) => expect((error as DOMException).name).to.equal('AbortError'),
    );
    expect(seen!.aborted).to.equal(false);
    second.abort();
    await two.catch(() => {});
    expect(seen!.aborted).to.equal(true);
  });

  it('does not cache failures: the next call asks again', async () => {
    let status = 500;
    const calls = fakeFetch(() => json({ message: 'Broken' }, { status }));
    const error = await rejected(fetchResource('https://a.example/flaky', { signal: signal() }));
    expect(error.code).to.equal('http');
    expect(error.status).to.equal(500);
    expect(error.message).to.contain('Broken');
    status = 200;
    await fetchResource('https://a.example/flaky', { signal: signal() });
    expect(calls).to.have.length(2);
  });

  it('reload bypasses the cache', async () => {
    const calls = fakeFetch(() => json({}));
    await fetchResource('https://a.example/r', { signal: signal() });
    await fetchResource('https://a.example/r', { signal: signal(), reload: true });
    expect(calls).to.have.length(2);
  });

  it('serves a primed body without a request', async () => {
    const calls = fakeFetch(() => json({}));
    primeResource('https://a.example/primed', { primed: true });
    const resource = await fetchResource('https://a.example/primed', { signal: signal() });
    expect(resource.body).to.deep.equal({ primed: true });
    expect(calls).to.have.length(0);
  });

  it('caps requests in flight per origin, leaving other origins alone', async () => {
    configure({ maxConcurrentPerOrigin: 2 });
    const pending: Array<() => void> = [];
    let inFlight = 0;
    let most = 0;
    fakeFetch(
      (url) =>
        new Promise<Response>((resolve) => {
          inFlight++;
          most = Math.max(most, inFlight);
          pending.push(() => {
            inFlight--;
            resolve(json({ url }));
          });
        }),
    );
    const sameOrigin = [1, 2, 3, 4, 5].map((n) => fetchResource(`https://busy.example/${n}`, { signal: signal() }));
    const other = fetchResource('https://other.example/1', { signal: signal() });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(inFlight).to.equal(3, 'two for busy.example, one for other.example');
    while (pending.length) {
      pending.shift()!();
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await Promise.all([...sameOrigin, other]);
    expect(most).to.equal(3);
  });

  it('never sends a request whose last caller left while it waited for a slot', async () => {
    configure({ maxConcurrentPerOrigin: 1 });
    let finish!: () => void;
    const calls = fakeFetch((url) =>
      url.endsWith('first') ? new Promise<Response>((resolve) => (finish = () => resolve(json({})))) : json({}),
    );
    const first = fetchResource('https://one.example/first', { signal: signal() });
    const caller = new AbortController();
    const queued = fetchResource('https://one.example/queued', { signal: caller.signal });
    caller.abort();
    await queued.catch((error) => expect((error as DOMException).name).to.equal('AbortError'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    finish();
    await first;
    // The slot passes on: a later request to the origin still goes out.
    await fetchResource('https://one.example/later', { signal: signal() });
    expect(calls.map(({ url }) => url)).to.deep.equal(['https://one.example/first', 'https://one.example/later']);
  });

  it('rejects a caller whose signal is already aborted, without a request', async () => {
    const calls = fakeFetch(() => json({}));
    const caller = new AbortController();
    caller.abort();
    const error = await fetchResource('https://a.example/gone', { signal: caller.signal }).catch((caught) => caught);
    expect((error as DOMException).name).to.equal('AbortError');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).to.have.length(0);
  });

  it('times out with code "timeout"', async () => {
    configure({ timeout: 50 });
    fakeFetch((_, init) => never(init));
    expect((await rejected(fetchResource('https://a.example/hang', { signal: signal() }))).code).to.equal('timeout');
  });

  it('refuses bodies over the cap, by Content-Length and while streaming', async () => {
    configure({ maxBytes: 100 });
    fakeFetch((url) =>
      url.endsWith('declared')
        ? new Response('{}', { headers: { 'Content-Length': '5000' } })
        : new Response(`[${'1,'.repeat(200)}1]`),
    );
    expect((await rejected(fetchResource('https://a.example/declared', { signal: signal() }))).code).to.equal('too-large');
    expect((await rejected(fetchResource('https://a.example/streamed', { signal: signal() }))).code).to.equal('too-large');
  });

  it('tells HTML from broken JSON, and network failures apart', async () => {
    fakeFetch((url) => {
      if (url.endsWith('html')) return new Response('<!doctype html><p>Log in', { headers: { 'Content-Type': 'text/html' } });
      if (url.endsWith('cut')) return new Response('{"title": "Are Chi', { headers: { 'Content-Type': 'application/json' } });
      throw new TypeError('Failed to fetch');
    });
    expect((await rejected(fetchResource('https://a.example/html', { signal: signal() }))).code).to.equal('not-json');
    expect((await rejected(fetchResource('https://a.example/cut', { signal: signal() }))).code).to.equal('malformed');
    expect((await rejected(fetchResource('https://a.example/down', { signal: signal() }))).code).to.equal('network');
  });
});

describe('endpoint configuration', () => {
  let meta: HTMLMetaElement;
  beforeEach(() => {
    resetConfig();
    meta = Object.assign(document.createElement('meta'), { name: 'post-embeds:endpoint', content: '/from-meta/wp-json' });
    document.head.append(meta);
  });
  afterEach(() => {
    meta.remove();
    resetConfig();
  });

  it('takes the attribute over configure() over <meta>', () => {
    expect(resolveEndpoint(undefined)).to.equal(new URL('/from-meta/wp-json', document.baseURI).href);
    configure({ endpoint: 'https://configured.example/wp-json' });
    expect(resolveEndpoint(undefined)).to.equal('https://configured.example/wp-json');
    expect(resolveEndpoint('https://attribute.example/wp-json')).to.equal('https://attribute.example/wp-json');
  });

  it('keeps the oEmbed endpoint apart', () => {
    configure({ endpoint: 'https://configured.example/wp-json', oembedEndpoint: 'https://proxy.example/oembed' });
    expect(resolveEndpoint(undefined, 'oembed')).to.equal('https://proxy.example/oembed');
  });
});
