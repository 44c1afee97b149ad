// The demo pages (issue 25, item 11), measured in Chromium as a reader sees them: room between the post's
// blocks, previous/next one above the other on a phone, source URLs wrapping between their parts, and play
// buttons that leave the thumbnails' captions visible. Needs `npm run build` (and the docs build, for the
// shared server); `npm run test:docs` does both.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser } from './browser.mjs';

let site;
before(async () => {
  site = await startBrowser();
});
after(() => site?.close());

/** Scrolls through the page so every lazy element loads, then waits for them. */
async function loadAll(page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += 500) {
      scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    scrollTo(0, 0);
  });
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('.post > *, oembed-preview')]
        .filter((el) => el.state !== undefined)
        .every((el) => el.state === 'ready' || el.state === 'error'),
    { timeout: 20_000, polling: 100 },
  );
}

for (const demoPage of ['/', '/ar.html']) {
  describe(`demo ${demoPage}`, () => {
    for (const width of [390, 1280]) {
      test(`at ${width} px: room between the card and its sources, and under the previous/next rule`, async () => {
        const page = await site.open(demoPage, { width, settle: false });
        try {
          await loadAll(page);
          const gaps = await page.evaluate(() => {
            const card = document.querySelector('.post > post-card').getBoundingClientRect();
            const sources = document.querySelector('.post > source-citation');
            const box = sources.shadowRoot.querySelector('[part~="list"]')?.closest('*') ?? sources;
            const adjacent = document.querySelector('.post > related-posts[layout="adjacent"]').shadowRoot.querySelector('nav').getBoundingClientRect();
            const related = document.querySelector('.post > related-posts[layout="adjacent"] + related-posts');
            const heading = related.shadowRoot.querySelector('h2, h3, [part~="heading"]') ?? related;
            return {
              cardToSources: Math.round(sources.getBoundingClientRect().top - card.bottom),
              ruleToHeading: Math.round(heading.getBoundingClientRect().top - adjacent.bottom),
              box: box.localName,
            };
          });
          assert.ok(gaps.cardToSources >= 16, `card → sources: ${gaps.cardToSources}px`);
          assert.ok(gaps.ruleToHeading >= 32, `previous/next rule → "Related posts": ${gaps.ruleToHeading}px`);
        } finally {
          await page.close();
        }
      });
    }

    test('at 390 px previous and next stand one above the other', async () => {
      const page = await site.open(demoPage, { width: 390, settle: false });
      try {
        await loadAll(page);
        const links = await page.evaluate(() => {
          const nav = document.querySelector('.post > related-posts[layout="adjacent"]').shadowRoot;
          return ['previous', 'next'].map((side) => {
            const rect = nav.querySelector(`[part~="${side}"]`).getBoundingClientRect();
            return { top: rect.top, bottom: rect.bottom, width: rect.width };
          });
        });
        assert.ok(links[1].top >= links[0].bottom, JSON.stringify(links));
        assert.ok(links.every((link) => link.width > 250), JSON.stringify(links));
      } finally {
        await page.close();
      }
    });

    test('at 390 px the sources’ URLs wrap between their parts, never mid-word', async () => {
      const page = await site.open(demoPage, { width: 390, settle: false });
      try {
        await loadAll(page);
        const breaks = await page.evaluate(() => {
          const found = [];
          for (const link of document.querySelector('.post > source-citation').shadowRoot.querySelectorAll('a[part~="link"]')) {
            const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
            const chars = [];
            for (let node; (node = walker.nextNode()); ) {
              for (let i = 0; i < node.data.length; i++) {
                const range = document.createRange();
                range.setStart(node, i);
                range.setEnd(node, i + 1);
                chars.push({ char: node.data[i], top: Math.round(range.getBoundingClientRect().top) });
              }
            }
            chars.forEach((c, i) => {
              if (i && c.top > chars[i - 1].top) {
                const text = chars.map((x) => x.char).join('');
                found.push({ url: text, before: text.slice(Math.max(0, i - 8), i), after: text.slice(i, i + 8) });
              }
            });
          }
          return found;
        });
        assert.ok(breaks.length > 0, 'a URL long enough to wrap at 390 px');
        // Before a separator (as style guides break URLs) or just after one: between two parts either way.
        for (const line of breaks) assert.ok(/^[/?&#]/.test(line.after) || /[/?&#=-]$/.test(line.before), `${line.url} breaks at "${line.before}|${line.after}"`);
      } finally {
        await page.close();
      }
    });
  });
}

test('play buttons leave the thumbnails’ captions visible', async () => {
  const page = await site.open('/', { width: 1280, settle: false });
  try {
    await loadAll(page);
    const facades = await page.evaluate(() =>
      [...document.querySelectorAll('oembed-preview')].flatMap((el) => {
        const play = el.shadowRoot.querySelector('[part~="play"]');
        const img = el.shadowRoot.querySelector('img');
        if (!play || !img?.currentSrc.endsWith('.svg')) return [];
        const shown = img.getBoundingClientRect();
        const button = play.getBoundingClientRect();
        return [{ src: img.currentSrc, shown: { top: shown.top, width: shown.width, height: shown.height }, button: [button.top, button.bottom] }];
      }),
    );
    assert.ok(facades.length >= 2, JSON.stringify(facades));
    for (const { src, shown, button } of facades) {
      // Where the caption is drawn in the thumbnail: its <text>, mapped onto the image as shown (cover, centred).
      const svg = await (await fetch(src)).text();
      const number = (pattern) => Number(pattern.exec(svg)?.[1]);
      const [width, height] = [number(/<svg[^>]*\swidth="([\d.]+)"/), number(/<svg[^>]*\sheight="([\d.]+)"/)];
      const text = /<text[^>]*>/.exec(svg)[0];
      const size = Number(/font-size="([\d.]+)"/.exec(text)[1]);
      const yText = /\sy="([\d.]+)(%?)"/.exec(text);
      const y = yText[2] ? (Number(yText[1]) / 100) * height : Number(yText[1]);
      const [top, bottom] = /dominant-baseline="central"/.test(text) ? [y - size / 2, y + size / 2] : [y - size * 0.8, y + size * 0.2];
      const scale = Math.max(shown.width / width, shown.height / height);
      const offset = shown.top + (shown.height - height * scale) / 2;
      const caption = [offset + top * scale, offset + bottom * scale];
      const name = src.replace(/^.*\//, '');
      assert.ok(caption[0] >= button[1] || caption[1] <= button[0], `${name}: caption ${caption.map(Math.round)} behind the button ${button.map(Math.round)}`);
    }
  } finally {
    await page.close();
  }
});
