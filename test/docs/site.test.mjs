// The documentation site, checked in a real browser (Chromium, through puppeteer-core) as `npm start` serves it:
// every page loads with no console error, every live example settles in the state it shows (most: ready), every
// internal link and anchor resolves, axe finds no violation, and the Arabic pages are right to left.
// Needs `npm run build && npm run docs` first (`npm run test:docs` does both).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { startFullDemo } from '../../demo/server/start.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SITE = path.join(ROOT, 'site');
const TAGS = ['post-card', 'related-posts', 'source-citation', 'oembed-preview'];
const SETTLE_MS = 20_000;

const pages = (await readdir(SITE, { recursive: true }))
  .filter((file) => file.endsWith('.html'))
  .map((file) => `/docs/${file.split(path.sep).join('/')}`.replace(/index\.html$/, ''))
  .sort()
  // DOCS_PAGES=builder,ar/ checks only the pages whose path contains one of the words (while writing docs).
  .filter((page) => !process.env.DOCS_PAGES || process.env.DOCS_PAGES.split(',').some((word) => page.includes(word)));

let demo;
let browser;
before(async () => {
  demo = await startFullDemo({ port: 0 });
  browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
});
after(async () => {
  await browser?.close();
  await demo?.close();
});

test('the site has a page per element in English and Arabic, the guides and the builder', { skip: Boolean(process.env.DOCS_PAGES) }, () => {
  for (const tag of TAGS) {
    assert.ok(pages.includes(`/docs/elements/${tag}/`), `English page for <${tag}>`);
    assert.ok(pages.includes(`/docs/ar/elements/${tag}/`), `Arabic page for <${tag}>`);
  }
  assert.ok(pages.includes('/docs/builder/'));
  assert.ok(pages.filter((page) => page.startsWith('/docs/guides/')).length >= 7, pages.join(', '));
});

const axeSource = await readFile(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
/** Anchors each page defines, for the link check (filled as pages are visited, checked at the end). */
const anchors = new Map();
const links = [];

describe('every page', () => {
  for (const pagePath of pages) {
    test(pagePath, async () => {
      const page = await browser.newPage();
      const problems = [];
      page.on('console', (message) => {
        // The error-state examples fetch /api/faults/… on purpose; the browser logs those 404s itself.
        if (message.type() === 'error' && !message.location()?.url?.includes('/api/faults/')) {
          problems.push(`console error: ${message.text()} (${message.location()?.url ?? 'no url'})`);
        }
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('response', (response) => {
        if (response.status() >= 400 && !response.url().includes('/api/faults/')) {
          problems.push(`${response.status()} for ${response.url()}`);
        }
      });
      try {
        await page.setViewport({ width: 1280, height: 900 });
        await page.goto(new URL(pagePath, demo.url).href, { waitUntil: 'load' });

        // Every element on the page settles: ready, or the state its example says it shows.
        const unsettled = await page.evaluate(
          async (tags, timeout) => {
            const elements = [...document.querySelectorAll(tags.join(','))];
            const expected = (el) => el.closest('[data-expect]')?.dataset.expect ?? 'ready';
            const deadline = performance.now() + timeout;
            const pending = () => elements.filter((el) => !el.matches(`:state(${expected(el)})`));
            while (pending().length && performance.now() < deadline) await new Promise((r) => setTimeout(r, 100));
            return pending().map((el) => `<${el.localName} ${[...el.attributes].map((a) => `${a.name}="${a.value}"`).join(' ')}> is ${el.state}, not ${expected(el)}`);
          },
          TAGS,
          SETTLE_MS,
        );
        problems.push(...unsettled);

        const facts = await page.evaluate(() => ({
          lang: document.documentElement.lang,
          dir: document.documentElement.dir,
          direction: getComputedStyle(document.querySelector('main')).direction,
          ids: [...document.querySelectorAll('[id]')].map((el) => el.id),
          // The site's own links: not those inside examples (their content is the fixture's) or code.
          links: [...document.querySelectorAll('a[href]')]
            .filter((a) => !a.closest('.example-live, post-card, related-posts, source-citation, oembed-preview, pre'))
            .map((a) => a.href),
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        }));
        anchors.set(pagePath, new Set(facts.ids));
        links.push(...facts.links.map((href) => ({ from: pagePath, href })));
        if (pagePath.startsWith('/docs/ar/')) {
          assert.equal(facts.lang, 'ar', `${pagePath}: <html lang>`);
          assert.equal(facts.dir, 'rtl', `${pagePath}: <html dir>`);
          assert.equal(facts.direction, 'rtl', `${pagePath}: computed direction`);
        }
        if (facts.overflow > 0) problems.push(`the page scrolls sideways by ${facts.overflow}px at 1280px`);

        // axe, evaluated through the DevTools protocol (not a page script, so the page's CSP stays as served).
        await page.evaluate(axeSource);
        const violations = await page.evaluate(async () => {
          const result = await window.axe.run(document, { resultTypes: ['violations'] });
          return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' > ')).slice(0, 3).join('; ')}`);
        });
        problems.push(...violations.map((v) => `axe: ${v}`));
      } finally {
        await page.close();
      }
      assert.deepEqual(problems, [], `${pagePath}:\n  ${problems.join('\n  ')}`);
    });
  }
});

test('every internal link and anchor resolves', async () => {
  if (!process.env.DOCS_PAGES) assert.ok(links.length > 50, `links collected: ${links.length}`);
  const base = new URL(demo.url);
  const broken = [];
  const checked = new Map();
  for (const { from, href } of links) {
    const url = new URL(href);
    if (url.origin !== base.origin) continue;
    const target = url.pathname;
    if (!checked.has(target)) checked.set(target, (await fetch(url.origin + target)).status);
    if (checked.get(target) !== 200) broken.push(`${from} → ${href} (${checked.get(target)})`);
    else if (url.hash && target.startsWith('/docs/')) {
      const ids = anchors.get(target);
      const id = decodeURIComponent(url.hash.slice(1));
      if (!ids?.has(id)) broken.push(`${from} → ${href} (no #${id})`);
    }
  }
  assert.deepEqual(broken, []);
});
