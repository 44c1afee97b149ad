// `npm run bench` (second part): the first paint as users paste the README's snippet, and hostile strings.
//
//   Chromium  100 cards and 20 video previews, the API answering 400 ms late (and, for LCP, at once), loaded with the README's snippet
//             exactly (the stylesheet, then the plain module script: no blocking="render"), against the plain
//             script alone, the same cards as static HTML and lite-youtube-embed: CLS and LCP.
//   Firefox   the same pages with the snippet: how many elements' boxes differ between the first paint (an inline
//             script at the end of the body measures them; it runs once the stylesheet has loaded, before the
//             module) and the ready state. Firefox has no layout-shift API.
//   strings   <related-posts> of a JSON Feed whose titles are 1 MB without a space, and one whose content_html
//             is 1 MB of `<a`, against the same feed with short strings: ms from navigation to ready and painted.
//
// BENCH_DIST=<dir> benches another build; BENCH_ROUNDS (default 3). Results go to bench/first-paint-results.json.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { startDemoServer } from '../demo/server/start.mjs';
import { staticFiles } from '../demo/server/static-files.mjs';
import { CARDS, POST_IDS, PREVIEWS } from './pages.mjs';
import { median } from './stats.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const DIST = path.resolve(process.env.BENCH_DIST ?? path.join(ROOT, 'dist'));
const LITE = path.join(ROOT, 'node_modules/lite-youtube-embed/src');
const VIEWPORT = { width: 1280, height: 800 };
const STRING_TIMEOUT = 60_000;

const head = (extra) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title><link rel="icon" href="data:,">
<style>body{margin:0;font:16px/1.5 system-ui,sans-serif}header{padding:24px}main{display:grid;gap:16px;padding:0 24px 24px;max-width:1000px}
main.cards{grid-template-columns:repeat(3,minmax(0,1fr))}main.previews{grid-template-columns:minmax(0,560px)}</style>${extra}</head>`;
const intro = '<header><h1>Bench page</h1><p>A paragraph above the items, as on a real page.</p></header>';
const SNIPPET = '<link rel="stylesheet" href="/dist/post-embeds.css"><script type="module" src="/dist/post-embeds.min.js"></script>';
const PLAIN = '<script type="module" src="/dist/post-embeds.min.js"></script>';
/** Records each item's box as the first paint lays it out (after the stylesheet, before the module runs). */
const FIRST_BOXES = `<script>window.__firstBoxes=[...document.querySelectorAll('[data-bench-item]')].map(e=>{const r=e.getBoundingClientRect();return[r.x,r.y,r.width,r.height]})</script>`;

const cards = (scope) =>
  Array.from({ length: CARDS }, (_, i) => {
    const id = POST_IDS[i % POST_IDS.length];
    return `<post-card post-id="${id}" data-bench-item="element"><a href="/?p=${id}">Post ${id}</a></post-card>`;
  }).join('\n');
const previews = (scope) =>
  Array.from({ length: PREVIEWS }, (_, i) => {
    const page = `https://www.youtube.com/watch?v=bench${i}`;
    return `<oembed-preview url="${page}" endpoint="/api/~${scope}/oembed/video" data-bench-item="element"><a href="${page}">Video ${i}</a></oembed-preview>`;
  }).join('\n');
const lite = () =>
  Array.from({ length: PREVIEWS }, (_, i) => `<lite-youtube data-bench-item videoid="bench${String(i).padStart(7, '0')}" playlabel="Play video ${i}"></lite-youtube>`).join('\n');

let staticCards = '';
let staticCss = '';
let feeds = {};
const pages = {
  '/bench/fp-cards.html': (q) =>
    `${head(`<meta name="post-embeds:endpoint" content="/api/~${q.get('scope')}/wp-json">${q.has('plain') ? PLAIN : SNIPPET}`)}<body data-expected="${CARDS}">${intro}<main class="cards">${cards()}</main>${FIRST_BOXES}</body></html>`,
  '/bench/fp-static.html': () => `${head('')}<body data-expected="${CARDS}">${intro}<main class="cards">${staticCards}</main></body></html>`,
  '/bench/fp-card.css': () => staticCss,
  '/bench/fp-previews.html': (q) =>
    `${head(q.has('plain') ? PLAIN : SNIPPET)}<body data-expected="${PREVIEWS}">${intro}<main class="previews">${previews(q.get('scope'))}</main>${FIRST_BOXES}</body></html>`,
  '/bench/fp-lite.html': () =>
    `${head('<link rel="stylesheet" href="/peer/lite-yt-embed.css"><script src="/peer/lite-yt-embed.js"></script>')}<body data-expected="${PREVIEWS}">${intro}<main class="previews">${lite()}</main></body></html>`,
  '/bench/fp-strings.html': (q) =>
    `${head(PLAIN)}<body data-expected="1">${intro}<main class="cards" style="grid-template-columns:minmax(0,1fr)"><related-posts data-bench-item="element" layout="grid" loading="eager" src="/bench/feed-${q.get('kind')}.json"></related-posts></main></body></html>`,
};

/** A JSON Feed of three items, from the fixture feed, with `kind`'s strings. */
async function buildFeeds(base) {
  const feed = await (await fetch(new URL('/api/feed.json', base))).json();
  const items = feed.items.slice(0, 3);
  const variant = (change) => JSON.stringify({ ...feed, items: items.map((item) => ({ ...item, ...change(item) })) });
  const mb = 1024 * 1024;
  feeds = {
    short: variant(() => ({})),
    'long-title': variant(() => ({ title: 'x'.repeat(mb) })),
    'tags-html': variant(() => ({ title: undefined, content_html: '<a'.repeat(mb / 2) })),
  };
}

const benchPages = async (req, res) => {
  const url = new URL(req.url, 'http://bench.invalid');
  // The API answers 400 ms late for the scopes of this bench (`~fp-…`): the data arrives after the first paint.
  if (url.pathname.startsWith('/api/~fp-')) {
    await new Promise((resolve) => setTimeout(resolve, 400));
    return false;
  }
  const feed = /^\/bench\/feed-([\w-]+)\.json$/.exec(url.pathname)?.[1];
  if (feed && feeds[feed]) {
    res.writeHead(200, { 'Content-Type': 'application/feed+json', 'Cache-Control': 'no-store' });
    res.end(feeds[feed]);
    return true;
  }
  const page = pages[url.pathname];
  if (!page) return false;
  res.writeHead(200, { 'Content-Type': url.pathname.endsWith('.css') ? 'text/css' : 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(page(url.searchParams));
  return true;
};

const { server, url: base } = await startDemoServer({
  port: 0,
  handlers: [benchPages, staticFiles({ root: DIST, prefix: '/dist/' }), staticFiles({ root: LITE, prefix: '/peer/' })],
});
await buildFeeds(base);

/** CLS, LCP and readiness, installed before the page's scripts. */
const PROBE = `(() => {
  window.__cls = 0; window.__lcp = 0;
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {}
  const check = () => {
    const expected = Number(document.body?.dataset.expected);
    const items = [...document.querySelectorAll('[data-bench-item]')];
    const visible = items.filter((i) => { const r = i.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; });
    if (expected && items.length === expected && visible.every((i) => i.dataset.benchItem !== 'element' || i.state === 'ready')) {
      requestAnimationFrame(() => (window.__ready = performance.now()));
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

let scopes = 0;
const scope = (name) => `fp-${name}-${process.pid}-${scopes++}`;

async function openIn(browser, pagePath, intercept) {
  const tab = await browser.newPage();
  await tab.setViewport(VIEWPORT);
  await tab.evaluateOnNewDocument(PROBE);
  if (intercept) {
    await tab.setRequestInterception(true);
    tab.on('request', (request) => void intercept(request));
  }
  await tab.goto(new URL(pagePath, base).href, { waitUntil: 'load' });
  return tab;
}

async function settle(tab, timeout = 60_000) {
  await tab.waitForFunction(() => window.__ready !== undefined, { timeout, polling: 50 });
  await new Promise((resolve) => setTimeout(resolve, 500));
}

/**
 * Elements whose box at the first paint differs from their box now by a pixel or more, and the largest
 * difference (Gecko lays out in 1/60 px: a card's height may round differently, which adds up down a long page).
 */
const boxChanges = (tab) =>
  tab.evaluate(() => {
    const now = [...document.querySelectorAll('[data-bench-item]')].map((e) => {
      const r = e.getBoundingClientRect();
      return [r.x, r.y, r.width, r.height];
    });
    const first = window.__firstBoxes ?? [];
    const deltas = first.map((box, i) => Math.max(...box.map((v, k) => Math.abs(v - now[i][k]))));
    const changed = first.flatMap((box, i) => (deltas[i] >= 1 ? [{ i, box, now: now[i] }] : []));
    return { count: changed.length, changed, largest: Math.max(0, ...deltas) };
  });

const thumbnail = Buffer.from(await (await fetch(new URL('/api/uploads/2025/12/open-models-network-480x270.svg', base))).arrayBuffer());
const liteIntercept = (request) => {
  const { hostname } = new URL(request.url());
  if (hostname.endsWith('ytimg.com')) return request.respond({ status: 200, contentType: 'image/svg+xml', body: thumbnail });
  if (hostname === 'localhost' || hostname === '127.0.0.1') return request.continue();
  return request.abort();
};

const chromium = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});
const results = { chromium: {}, firefox: {}, strings: {} };
const push = (group, name, value) => ((results[group][name] ??= []).push(value));

try {
  // The static peer: the cards' rendered shadow DOM, captured once.
  {
    const tab = await openIn(chromium, `/bench/fp-cards.html?scope=${scope('static')}`);
    await settle(tab);
    ({ staticCards, staticCss } = await tab.evaluate(() => {
      const all = [...document.querySelectorAll('post-card')];
      const css = all[0].shadowRoot.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
      const html = all
        .map((c) => `<post-card-static data-bench-item><template shadowrootmode="open"><link rel="stylesheet" href="/bench/fp-card.css">${c.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '')}</template></post-card-static>`)
        .join('\n');
      return { staticCards: html, staticCss: css };
    }));
    await tab.close();
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, pagePath, intercept] of [
      ['cards, README snippet', () => `/bench/fp-cards.html?scope=${scope('c')}`],
      ['cards, plain script', () => `/bench/fp-cards.html?plain&scope=${scope('p')}`],
      ['cards, static HTML', () => '/bench/fp-static.html'],
      // LCP against the static page: the API answering at once (the static page has no request to wait for).
      ['cards, README snippet, API at once', () => `/bench/fp-cards.html?scope=now-${scopes++}`],
      ['previews, README snippet', () => `/bench/fp-previews.html?scope=${scope('v')}`],
      ['previews, plain script', () => `/bench/fp-previews.html?plain&scope=${scope('w')}`],
      ['previews, lite-youtube-embed', () => '/bench/fp-lite.html', liteIntercept],
      ['previews, README snippet, API at once', () => `/bench/fp-previews.html?scope=now-${scopes++}`],
    ]) {
      const tab = await openIn(chromium, pagePath(), intercept);
      await settle(tab);
      push('chromium', name, await tab.evaluate(() => ({ cls: window.__cls, lcp: window.__lcp, ready: window.__ready })));
      await tab.close();
    }
    for (const kind of ['short', 'long-title', 'tags-html']) {
      const tab = await openIn(chromium, `/bench/fp-strings.html?kind=${kind}`);
      try {
        await settle(tab, STRING_TIMEOUT);
        push('strings', kind, { ready: await tab.evaluate(() => window.__ready) });
      } catch {
        push('strings', kind, { ready: Infinity });
      }
      await tab.close().catch(() => {});
    }
    process.stderr.write(`chromium round ${round + 1}/${ROUNDS} done\n`);
  }
} finally {
  await chromium.close();
}

const firefox = await puppeteer.launch({ browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true });
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, pagePath] of [
      ['cards, README snippet', () => `/bench/fp-cards.html?scope=${scope('fc')}`],
      ['cards, plain script', () => `/bench/fp-cards.html?plain&scope=${scope('fp')}`],
      ['previews, README snippet', () => `/bench/fp-previews.html?scope=${scope('fv')}`],
      ['previews, plain script', () => `/bench/fp-previews.html?plain&scope=${scope('fw')}`],
    ]) {
      const tab = await openIn(firefox, pagePath());
      await settle(tab);
      const { count, changed, largest } = await boxChanges(tab);
      push('firefox', name, { changed: count, largest, firstChanged: changed.slice(0, 3), total: await tab.evaluate(() => document.querySelectorAll('[data-bench-item]').length) });
      await tab.close();
    }
    process.stderr.write(`firefox round ${round + 1}/${ROUNDS} done\n`);
  }
} finally {
  await firefox.close();
  server.close();
  server.closeAllConnections();
}

const med = (runs, key) => median(runs.map((run) => run[key]));
const fmt = (value, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : `>${STRING_TIMEOUT / 1000} s`);
const lines = [`Chromium, API 400 ms late, medians of ${ROUNDS}`, 'page                                    CLS     LCP ms  ready ms'];
for (const [name, runs] of Object.entries(results.chromium)) {
  lines.push(`${name.padEnd(40)}${fmt(med(runs, 'cls'), 3).padEnd(8)}${fmt(med(runs, 'lcp')).padEnd(8)}${fmt(med(runs, 'ready'))}`);
}
const ratioOf = (a, b, key) => median(results.chromium[a].map((run, i) => run[key] / results.chromium[b][i][key]));
lines.push(`LCP, API at once: cards snippet / static HTML ${ratioOf('cards, README snippet, API at once', 'cards, static HTML', 'lcp').toFixed(2)}×; previews snippet / lite-youtube-embed ${ratioOf('previews, README snippet, API at once', 'previews, lite-youtube-embed', 'lcp').toFixed(2)}×`);
lines.push('', 'Firefox: elements whose box moved or resized by 1 px or more between the first paint and ready (largest change)');
for (const [name, runs] of Object.entries(results.firefox)) {
  lines.push(`${name.padEnd(40)}${med(runs, 'changed')} of ${runs[0].total} (${med(runs, 'largest').toFixed(2)} px)`);
}
lines.push('', 'Chromium: <related-posts> of a 3-item JSON Feed, ms from navigation to ready and painted');
for (const [name, runs] of Object.entries(results.strings)) lines.push(`${name.padEnd(40)}${fmt(med(runs, 'ready'))}`);
console.log(lines.join('\n'));
await writeFile(new URL('./first-paint-results.json', import.meta.url), `${JSON.stringify({ date: new Date().toISOString(), dist: path.relative(ROOT, DIST) || DIST, rounds: ROUNDS, results }, null, 2)}\n`);
