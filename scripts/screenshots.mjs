// The README's screenshots, from headless Chromium against the full demo (`npm run screenshots`, after a
// build and the docs build): the Arabic page on a light page, and the English page opted into dark. Each run also checks that
// the page does not overflow horizontally (a right-to-left page cut off on one side).
import puppeteer from 'puppeteer-core';
import { startFullDemo } from '../demo/server/start.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = [
  { page: 'ar.html', file: 'demo/screenshot-ar.png', scheme: 'light' },
  { page: 'index.html', file: 'demo/screenshot-dark.png', scheme: 'dark' },
  // The documentation site (npm run docs): one element page in English and in Arabic, and the builder.
  { page: 'docs/elements/post-card/', file: 'docs/screenshots/post-card-en.png', scheme: 'light' },
  { page: 'docs/ar/elements/post-card/', file: 'docs/screenshots/post-card-ar.png', scheme: 'light' },
  { page: 'docs/builder/', file: 'docs/screenshots/builder.png', scheme: 'light' },
];

const { url, close } = await startFullDemo({ port: 0 });
const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--font-render-hinting=none'],
});
try {
  for (const { page, file, scheme } of SHOTS) {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 1200, height: 1400 });
    await tab.emulateMediaFeatures([
      { name: 'prefers-color-scheme', value: scheme },
      { name: 'prefers-reduced-motion', value: 'reduce' },
    ]);
    await tab.goto(`${url}${page}`, { waitUntil: 'networkidle0' });
    // The elements near the top are ready, and their images decoded.
    await tab.waitForFunction(
      () =>
        [...document.querySelectorAll('post-card, related-posts, source-citation')]
          .slice(0, 4)
          .every((el) => el.state === 'ready'),
      { timeout: 20000 },
    );
    await tab.evaluate(() =>
      Promise.all(
        [...document.querySelectorAll('post-card, related-posts')].flatMap((el) =>
          [...el.shadowRoot.querySelectorAll('img')].map((img) =>
            // A lazy image below the fold never decodes: wait for it a little, not forever.
            Promise.race([img.decode().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 3000))]),
          ),
        ),
      ),
    );
    for (const width of [280, 390, 768, 1200]) {
      await tab.setViewport({ width, height: 1400 });
      const { scroll, client } = await tab.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      if (scroll > client) console.warn(`${page} at ${width}px: the page is ${scroll}px wide (overflow)`);
    }
    await tab.setViewport({ width: 1200, height: 1400 });
    await tab.screenshot({ path: file });
    console.log(`${file}: ${page}, ${scheme}`);
    await tab.close();
  }
} finally {
  await browser.close();
  await close();
}
