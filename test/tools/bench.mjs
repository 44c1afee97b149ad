// `npm run bench`: rendering speed of the built bundle in headless Chromium, as ratios measured in one run
// (these machines are shared and noisy: absolute times vary, ratios much less).
//
//   cards from .data     N <post-card>s rendered from the normalized model (no network)
//   hand-written DOM     the same card markup built with createElement: the floor any library sits above
//   cards from the API   N <post-card>s on one WordPress URL (one request, shared), until every card is ready
//
// Prints the median of several rounds for each, and the ratio of the first two.
import puppeteer from 'puppeteer-core';
import { startDemoServer } from '../../demo/server/start.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CARDS = Number(process.env.BENCH_CARDS ?? 300);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script type="module" src="/dist/post-embeds.min.js"></script></head><body><main id="root"></main>
<script type="module" src="/bench-runner.js"></script></body></html>`;

// Runs in the page: each function renders CARDS cards into #root and resolves with the milliseconds taken,
// up to the first paint after the DOM is complete.
const runner = `
const root = document.getElementById('root');
const post = {
  id: '42', title: 'Are Chinese open-source AI models “winning” by being cheap and deployable?',
  url: 'https://florin.blog/chinese-open-source-ai-models-cheap-deployable/',
  excerpt: 'US firms are increasingly using Chinese open-source AI models because they are cheap, fast and customisable.',
  published: '2025-12-02T09:30:00Z', readingTime: 5,
  authors: [{ name: 'Admin', url: 'https://florin.blog/author/admin/' }],
  terms: [{ name: 'Technology', taxonomy: 'category', url: 'https://florin.blog/category/technology/' }],
};
const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
window.bench = {
  async data(n) {
    root.replaceChildren(); await painted();
    const start = performance.now();
    const cards = [];
    for (let i = 0; i < n; i++) { const card = document.createElement('post-card'); card.data = post; cards.push(card); }
    root.append(...cards);
    await Promise.all(cards.map((card) => card.updateComplete));
    await painted();
    return performance.now() - start;
  },
  async handWritten(n) {
    root.replaceChildren(); await painted();
    const start = performance.now();
    const date = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
    const el = (tag, props, ...children) => { const node = Object.assign(document.createElement(tag), props); node.append(...children); return node; };
    for (let i = 0; i < n; i++) {
      root.append(el('article', { className: 'card' },
        el('h3', {}, el('a', { href: post.url }, post.title)),
        el('p', {}, post.excerpt),
        el('div', {}, el('a', { href: post.authors[0].url }, post.authors[0].name),
          el('time', { dateTime: post.published }, date.format(new Date(post.published))), '5 min read'),
        el('ul', {}, el('li', {}, el('a', { href: post.terms[0].url }, post.terms[0].name)))));
    }
    await painted();
    return performance.now() - start;
  },
  async api(n, round) {
    root.replaceChildren(); await painted();
    const start = performance.now();
    const src = '/api/~bench' + round + '/wp-json/wp/v2/posts/42?_embed';
    const cards = [];
    for (let i = 0; i < n; i++) { const card = document.createElement('post-card'); card.loading = 'eager'; card.src = src; cards.push(card); }
    root.append(...cards);
    await new Promise((resolve) => { const check = () => cards.every((c) => c.state === 'ready') ? resolve() : setTimeout(check, 5); check(); });
    await painted();
    return performance.now() - start;
  },
};
window.benchReady = true;
`;

const serve = (path, type, body) => (req, res) => {
  if (new URL(req.url, 'http://bench.invalid').pathname !== path) return false;
  res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
  return true;
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const { server, url } = await startDemoServer({
  port: 0,
  handlers: [serve('/bench.html', 'text/html', page), serve('/bench-runner.js', 'text/javascript', runner)],
});
const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
});
try {
  const tab = await browser.newPage();
  await tab.goto(`${url}bench.html`);
  await tab.waitForFunction(() => window.benchReady && customElements.get('post-card'));
  const results = { data: [], handWritten: [], api: [] };
  // One warm-up round, not counted: the first run pays for parsing and JIT.
  for (let round = -1; round < ROUNDS; round++) {
    for (const kind of Object.keys(results)) {
      const ms = await tab.evaluate((k, n, r) => window.bench[k](n, r), kind, CARDS, round + 1);
      if (round >= 0) results[kind].push(ms);
    }
  }
  const data = median(results.data);
  const hand = median(results.handWritten);
  const api = median(results.api);
  console.log(`post-embeds bench: ${CARDS} cards, median of ${ROUNDS} rounds, headless Chromium`);
  console.log(`  <post-card> from .data        ${data.toFixed(1).padStart(8)} ms  (${(data / CARDS).toFixed(3)} ms/card)`);
  console.log(`  hand-written DOM (floor)      ${hand.toFixed(1).padStart(8)} ms  (${(hand / CARDS).toFixed(3)} ms/card)`);
  console.log(`  <post-card> from the API      ${api.toFixed(1).padStart(8)} ms  (one shared request)`);
  console.log(`  ratio .data / hand-written    ${(data / hand).toFixed(2)}×`);
} finally {
  await browser.close();
  server.close();
  server.closeAllConnections();
}
