// Shared by the docs checks: the full demo (fixture API, proxy, site/) and a headless Chromium, as the site
// check (site.test.mjs) starts them. Importing this file starts nothing.
import puppeteer from 'puppeteer-core';
import { startFullDemo } from '../../demo/server/start.mjs';

export const TAGS = ['post-card', 'related-posts', 'source-citation', 'oembed-preview'];

/** Starts the demo and the browser; resolves to `{ url, originUrl, browser, open(path, options), close() }`. */
export async function startBrowser() {
  const demo = await startFullDemo({ port: 0 });
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
  /** A new tab on `path` at `width` px in the OS colour `scheme`, once its elements have settled. */
  async function open(path, { width = 1280, height = 900, scheme = 'light', settle = true } = {}) {
    const page = await browser.newPage();
    await page.setViewport({ width, height });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await page.goto(new URL(path, demo.url).href, { waitUntil: 'load' });
    if (settle) await settled(page);
    return page;
  }
  const close = async () => {
    await browser.close();
    await demo.close();
  };
  return { url: demo.url, originUrl: demo.originUrl, browser, open, close };
}

/** Waits until every element on the page is ready or in its error state. */
export async function settled(page, timeout = 20_000) {
  await page.waitForFunction(
    (tags) => [...document.querySelectorAll(tags.join(','))].every((el) => el.state === 'ready' || el.state === 'error'),
    { timeout, polling: 100 },
    TAGS,
  );
}
