// `npm run bench`: post-embeds against its peers and the limit, in headless Chromium, loopback only.
//
//   cards      100 <post-card post-id> on one WordPress endpoint (lazy, the default) vs the same cards as static
//              HTML (their rendered shadow DOM and CSS as declarative shadow roots): first screen rendered,
//              main-thread time, CLS, requests before scrolling and for all 100, heap.
//   previews   20 <oembed-preview> videos vs 20 provider iframes vs 20 lite-youtube-embed: bytes, requests,
//              third-party requests, main-thread time, CLS.
//   Our pages load the bundle with blocking="render" (`elements`), as lite-youtube-embed's stylesheet blocks
//   rendering; `deferred` is the plain module script, which paints the light-DOM fallbacks first.
//   cycles     1,000 connect/disconnect cycles of a card shown from .data, with and without an image, and 300
//              cards fetching distinct URLs: heap and DOM nodes left after GC.
//
// Runs are interleaved (round after round, every variant once per round), so a noisy machine slows all
// variants alike; the table shows medians with min–max, and ratios computed per round. Results go to
// bench/results.json. BENCH_DIST=<dir> benches another build (e.g. a copy of an older dist/);
// BENCH_ROUNDS (default 5) sets the rounds. The proxy's throughput is `npm run bench:proxy`.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { startDemoServer } from '../demo/server/start.mjs';
import { staticFiles } from '../demo/server/static-files.mjs';
import { cardsPage, cyclesPage, previewsPage, staticCardsPage } from './pages.mjs';
import { runCycles } from './cycles.mjs';
import { table } from './stats.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const DIST = path.resolve(process.env.BENCH_DIST ?? path.join(ROOT, 'dist'));
const LITE = path.join(ROOT, 'node_modules/lite-youtube-embed/src');
const VIEWPORT = { width: 1280, height: 800 };
const probe = await readFile(new URL('./probe.js', import.meta.url), 'utf8');

let staticCards = '';
let staticCss = '';
const pages = {
  '/bench/cards.html': (query) =>
    cardsPage({ scope: query.get('scope'), loading: query.get('loading') ?? 'lazy', blocking: !query.has('deferred') }),
  '/bench/static-cards.html': () => staticCardsPage(staticCards),
  '/bench/card.css': () => staticCss,
  '/bench/previews.html': (query) =>
    previewsPage({ variant: query.get('variant'), scope: query.get('scope'), thirdParty: query.get('third') }),
  '/bench/cycles.html': () => cyclesPage(),
};
const benchPages = (req, res) => {
  const url = new URL(req.url, 'http://bench.invalid');
  const page = pages[url.pathname];
  if (!page) return false;
  const type = url.pathname.endsWith('.css') ? 'text/css' : 'text/html; charset=utf-8';
  res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(page(url.searchParams));
  return true;
};

const { server, url: base } = await startDemoServer({
  port: 0,
  handlers: [benchPages, staticFiles({ root: DIST, prefix: '/dist/' }), staticFiles({ root: LITE, prefix: '/peer/' })],
});
// The same server under another host name is another origin: the "third party" of the iframes.
const thirdParty = base.replace('localhost', '127.0.0.1').replace(/\/$/, '');
const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run',
    // Frames in the page's process, so their requests and bytes reach the page's DevTools session.
    '--disable-site-isolation-trials', '--disable-features=IsolateOrigins,site-per-process',
  ],
});

let scopes = 0;
const scope = (name) => `bench-${name}-${process.pid}-${scopes++}`;

/** Opens `path` in a fresh tab with the probe, counting requests and bytes; resolves to the tab and its tallies. */
async function open(pagePath, { intercept } = {}) {
  const tab = await browser.newPage();
  await tab.setViewport(VIEWPORT);
  await tab.evaluateOnNewDocument(probe);
  const cdp = await tab.createCDPSession();
  await cdp.send('Performance.enable');
  await cdp.send('Network.enable');
  const net = { requests: 0, thirdParty: 0, bytes: 0 };
  const pageOrigin = new URL(base).origin;
  cdp.on('Network.requestWillBeSent', ({ request }) => {
    if (request.url.startsWith('data:')) return;
    net.requests++;
    if (new URL(request.url).origin !== pageOrigin) net.thirdParty++;
  });
  cdp.on('Network.loadingFinished', ({ encodedDataLength }) => (net.bytes += encodedDataLength));
  if (intercept) {
    await tab.setRequestInterception(true);
    tab.on('request', (request) => void intercept(request));
  }
  await tab.goto(new URL(pagePath, base).href, { waitUntil: 'load' });
  return { tab, cdp, net };
}

/** Waits for the first screen, then for the network to rest: what a visitor sees without scrolling. */
async function settle(tab) {
  await tab.waitForFunction(() => window.__firstScreen !== undefined, { timeout: 60_000, polling: 50 });
  await tab.waitForNetworkIdle({ idleTime: 750, timeout: 60_000 });
}

async function mainThreadMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'TaskDuration').value * 1000;
}

async function heap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes } = await cdp.send('Memory.getDOMCounters');
  return { heapKB: usedSize / 1024, nodes };
}

const apiRequests = async (name) =>
  (await (await fetch(new URL(`/api/__log?path=/api/~${name}/wp-json/`, base))).json()).count;

/** Scrolls to the end a screen at a time, giving each screen's lazy cards the time to load. */
async function scrollThrough(tab) {
  for (;;) {
    const more = await tab.evaluate(() => {
      const before = scrollY;
      scrollBy(0, innerHeight);
      return scrollY > before;
    });
    if (!more) break;
    await tab.waitForNetworkIdle({ idleTime: 150, timeout: 60_000 });
  }
  await tab.waitForFunction(() => [...document.querySelectorAll('post-card')].every((card) => card.state === 'ready'), {
    timeout: 60_000,
  });
}

// ---------------------------------------------------------------------------------------------

/** The static peer: the rendered cards' shadow DOM, serialized once, with their stylesheet shared. */
async function buildStaticCards() {
  const { tab } = await open(`/bench/cards.html?scope=${scope('static-source')}&loading=eager`);
  await tab.waitForFunction(() => [...document.querySelectorAll('post-card')].every((card) => card.state === 'ready'), {
    timeout: 60_000,
  });
  ({ staticCards, staticCss } = await tab.evaluate(() => {
    const cards = [...document.querySelectorAll('post-card')];
    const css = cards[0].shadowRoot.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
    const html = cards.map((card) => {
      const inner = card.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '');
      return `<post-card-static data-bench-item><template shadowrootmode="open"><link rel="stylesheet" href="/bench/card.css">${inner}</template></post-card-static>`;
    });
    return { staticCards: html.join('\n'), staticCss: css.join('\n') };
  }));
  await tab.close();
}

async function cardsRun(variant) {
  const name = scope(`cards-${variant}`);
  const pagePath = {
    elements: `/bench/cards.html?scope=${name}`,
    deferred: `/bench/cards.html?scope=${name}&deferred`,
    static: '/bench/static-cards.html',
  }[variant];
  const { tab, cdp } = await open(pagePath);
  try {
    await settle(tab);
    const result = {
      firstScreenMs: await tab.evaluate(() => window.__firstScreen),
      mainThreadMs: await mainThreadMs(cdp),
      cls: await tab.evaluate(() => window.__cls),
      ...(await heap(cdp)),
    };
    if (variant !== 'static') {
      result.requestsBeforeScroll = await apiRequests(name);
      await scrollThrough(tab);
      result.requestsAll = await apiRequests(name);
    }
    return result;
  } finally {
    await tab.close();
  }
}

/** lite-youtube's thumbnails come from i.ytimg.com: answered locally with the fixture's thumbnail. */
async function liteThumbnails() {
  const response = await fetch(new URL('/api/uploads/2025/12/open-models-network-480x270.svg', base));
  const body = Buffer.from(await response.arrayBuffer());
  return (request) => {
    const { hostname } = new URL(request.url());
    if (hostname.endsWith('ytimg.com')) return request.respond({ status: 200, contentType: 'image/svg+xml', body });
    if (hostname === 'localhost' || hostname === '127.0.0.1') return request.continue();
    return request.abort(); // never the internet
  };
}

async function previewsRun(variant, intercept) {
  const name = scope(`previews-${variant}`);
  const { tab, cdp, net } = await open(`/bench/previews.html?variant=${variant}&scope=${name}&third=${thirdParty}`, {
    intercept: variant === 'lite' ? intercept : undefined,
  });
  try {
    await settle(tab);
    return {
      bytesKB: net.bytes / 1024,
      requests: net.requests,
      thirdPartyRequests: net.thirdParty,
      mainThreadMs: await mainThreadMs(cdp),
      cls: await tab.evaluate(() => window.__cls),
      firstScreenMs: await tab.evaluate(() => window.__firstScreen),
    };
  } finally {
    await tab.close();
  }
}

async function cyclesRun() {
  const { tab, cdp } = await open('/bench/cycles.html');
  try {
    await tab.waitForFunction(() => customElements.get('post-card'));
    return await runCycles(tab, () => heap(cdp), base, scope('cycles'));
  } finally {
    await tab.close();
  }
}

// ---------------------------------------------------------------------------------------------

const chromium = await browser.version();
const runs = {
  cards: { elements: [], deferred: [], static: [] },
  previews: { elements: [], deferred: [], iframes: [], lite: [] },
  cycles: [],
};
/** Each round starts with the next variant, so none always runs first (on a colder or warmer machine). */
const rotate = (names, round) => names.map((_, i) => names[(i + round) % names.length]);
try {
  await buildStaticCards();
  const intercept = await liteThumbnails();
  for (let round = 0; round < ROUNDS; round++) {
    for (const variant of rotate(Object.keys(runs.cards), round)) runs.cards[variant].push(await cardsRun(variant));
    for (const variant of rotate(Object.keys(runs.previews), round)) {
      runs.previews[variant].push(await previewsRun(variant, intercept));
    }
    runs.cycles.push(await cyclesRun());
    process.stderr.write(`round ${round + 1}/${ROUNDS} done\n`);
  }
} finally {
  await browser.close();
  server.close();
  server.closeAllConnections();
}

const version = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')).version;
const results = {
  date: new Date().toISOString(),
  dist: path.relative(ROOT, DIST) || DIST,
  version,
  chromium,
  rounds: ROUNDS,
  runs,
};
console.log(table(runs));
await writeFile(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nmedians of ${ROUNDS} interleaved rounds; every run in bench/results.json`);
