// `npm run build && node bench/privacy.mjs`: third-party requests before any click on the 20-preview bench page
// (bench/pages.mjs's video previews), counted at the network level (Chromium's DevTools protocol, frames included),
// after the page has settled and after scrolling through every preview, in three set-ups:
//
//   provider    `endpoint` is the provider's own oEmbed endpoint (the element asks it directly)
//   none        the same, with <meta name="post-embeds:thumbnails" content="none">
//   proxy       `endpoint` is the post-embeds proxy (dist/server), mounted on the page's origin
//
// The provider is a small YouTube-like one served here under another host name (127.0.0.1 instead of localhost:
// another origin): one thumbnail per video (a real PNG, Pillow's test image) and a player, third-party as
// i.ytimg.com and youtube-nocookie.com are on a real site.
// BENCH_DIST=<dir> benches another build (its element bundle and its proxy): e.g. a build of main, for "before".
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { startDemoServer } from '../demo/server/start.mjs';
import { staticFiles } from '../demo/server/static-files.mjs';
import { PREVIEWS } from './pages.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = path.resolve(process.env.BENCH_DIST ?? path.join(ROOT, 'dist'));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let thirdParty = '';
let proxyListener;

const page = (variant, scope) => {
  const endpoint = variant === 'proxy' ? '/proxy/oembed' : `${thirdParty}/bench-provider/oembed`;
  const items = Array.from({ length: PREVIEWS }, (_, index) => {
    const url = `https://www.youtube.com/watch?v=${scope}-${index}`;
    return `<oembed-preview url="${url}" endpoint="${endpoint}"><a href="${url}">Video ${index}</a></oembed-preview>`;
  });
  const meta = variant === 'none' ? '<meta name="post-embeds:thumbnails" content="none">' : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>20 previews</title><link rel="icon" href="data:,">${meta}
<style>body { margin: 0; font: 16px/1.5 system-ui, sans-serif } main { display: grid; gap: 16px; padding: 24px; max-width: 560px }</style>
<script type="module" src="/dist/post-embeds.min.js"></script></head><body><main>${items.join('\n')}</main></body></html>`;
};

const THUMBNAIL = readFileSync(new URL('../test/fixtures/real/images/pillow-hopper.png', import.meta.url));

/** The provider: `/bench-provider/oembed?url=…`, `/thumb/<id>.png`, `/player/<id>`, on whichever host it is asked. */
function provider(req, res) {
  const url = new URL(req.url, `http://${req.headers.host}`);
  if (!url.pathname.startsWith('/bench-provider/')) return false;
  const cors = { 'Access-Control-Allow-Origin': '*' };
  if (url.pathname === '/bench-provider/oembed') {
    const id = new URL(url.searchParams.get('url')).searchParams.get('v');
    res.writeHead(200, { 'Content-Type': 'application/json', ...cors });
    res.end(JSON.stringify({
      version: '1.0', type: 'video', title: `Video ${id}`, provider_name: 'YouTube', provider_url: 'https://www.youtube.com/',
      width: 480, height: 270, html: `<iframe src="${url.origin}/bench-provider/player/${id}" width="480" height="270"></iframe>`,
      thumbnail_url: `${url.origin}/bench-provider/thumb/${id}.png`, thumbnail_width: 480, thumbnail_height: 360,
    }));
  } else if (url.pathname.startsWith('/bench-provider/thumb/')) {
    res.writeHead(200, { 'Content-Type': 'image/png', 'Cache-Control': 'max-age=600', ...cors }).end(THUMBNAIL);
  } else {
    res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>Player</title>');
  }
  return true;
}

const handlers = [
  provider,
  (req, res) => {
    const url = new URL(req.url, 'http://bench.invalid');
    if (url.pathname !== '/bench/privacy.html') return false;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(page(url.searchParams.get('variant'), url.searchParams.get('scope')));
    return true;
  },
  (req, res) => (req.url.startsWith('/proxy/') ? proxyListener(req, res) : false),
  staticFiles({ root: DIST, prefix: '/dist/' }),
];

const { server, url: base } = await startDemoServer({ port: 0, handlers });
thirdParty = base.replace('localhost', '127.0.0.1').replace(/\/$/, '');
const thirdPartyPort = Number(new URL(thirdParty).port);
const { createNodeListener } = await import(path.join(DIST, 'server/node.js'));
proxyListener = createNodeListener({
  basePath: '/proxy',
  rateLimit: false,
  allowHosts: [`127.0.0.1:${thirdPartyPort}`],
  // YouTube's page URLs, answered by the fixture provider on the third-party origin.
  providers: [
    { provider_name: 'YouTube', endpoints: [{ schemes: ['https://*.youtube.com/watch*'], url: `${thirdParty}/bench-provider/oembed` }] },
  ],
});

const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run',
    '--disable-site-isolation-trials', '--disable-features=IsolateOrigins,site-per-process'],
});

async function run(variant) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 800 });
  const cdp = await tab.createCDPSession();
  await cdp.send('Network.enable');
  const pageOrigin = new URL(base).origin;
  const seen = [];
  cdp.on('Network.requestWillBeSent', ({ request }) => {
    if (!request.url.startsWith('data:') && new URL(request.url).origin !== pageOrigin) seen.push(request.url);
  });
  const scope = `privacy-${variant}-${process.pid}`;
  await tab.goto(new URL(`/bench/privacy.html?variant=${variant}&scope=${scope}`, base).href, { waitUntil: 'load' });
  await tab.waitForNetworkIdle({ idleTime: 750, timeout: 60_000 });
  const firstScreen = seen.length;
  // A reader who scrolls through every preview without clicking any.
  for (let y = 0; y < 20_000; y += 600) {
    await tab.evaluate((top) => window.scrollTo(0, top), y);
    await new Promise((resolve) => setTimeout(resolve, 60));
  }
  await tab.waitForNetworkIdle({ idleTime: 750, timeout: 60_000 });
  const ready = await tab.evaluate(() => [...document.querySelectorAll('oembed-preview')].filter((el) => el.state === 'ready').length);
  const thumbnails = await tab.evaluate(
    () => [...document.querySelectorAll('oembed-preview')].filter((el) => el.shadowRoot.querySelector('img[part~="thumbnail"]')?.naturalWidth > 0).length,
  );
  const kinds = {};
  for (const url of seen) {
    const kind = /\/oembed/.test(url) ? 'oEmbed' : /\/thumb\//.test(url) ? 'thumbnail' : /\/player\//.test(url) ? 'player' : 'other';
    kinds[kind] = (kinds[kind] ?? 0) + 1;
  }
  await tab.close();
  return { variant, ready, thumbnails, firstScreen, scrolledThrough: seen.length, kinds };
}

try {
  const results = [];
  for (const variant of ['provider', 'none', 'proxy']) results.push(await run(variant));
  console.log(`dist: ${path.relative(ROOT, DIST) || DIST}`);
  console.log('set-up     ready  thumbnails shown   third-party requests: first screen / scrolled through   by kind');
  for (const { variant, ready, thumbnails, firstScreen, scrolledThrough, kinds } of results) {
    console.log(`${variant.padEnd(10)} ${String(ready).padStart(5)}  ${String(thumbnails).padStart(16)}   ${String(firstScreen).padStart(22)} / ${String(scrolledThrough).padEnd(18)}   ${JSON.stringify(kinds)}`);
  }
} finally {
  await browser.close();
  server.close();
  server.closeAllConnections();
}
