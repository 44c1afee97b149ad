// The embed-code builder (issue 25, item 10), used as a reader would in Chromium: typing or pasting addresses,
// the Try buttons, what the preview shows and what the HTML to copy says, and the requests it sends.
// Needs `npm run build && npm run docs` first (`npm run test:docs` does both).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser } from './browser.mjs';

let site;
before(async () => {
  site = await startBrowser();
});
after(() => site?.close());

/** The builder, with every request to the fixture API and the proxy recorded (`requests`, as paths). */
async function openBuilder(options) {
  const page = await site.open('/docs/builder/', options);
  const requests = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    // Data requests only: a card's images are the card's business.
    if (/^\/(api|proxy)\//.test(url.pathname) && !/\.svg$|^\/api\/avatar\//.test(url.pathname)) requests.push(url.pathname + url.search);
  });
  const failed = [];
  page.on('response', (response) => {
    if (response.status() >= 500) failed.push(`${response.status()} ${response.url()}`);
  });
  return { page, requests, failed };
}

/** Replaces the address as a reader types it, one key at a time. */
async function typeAddress(page, text) {
  await page.click('#b-address', { clickCount: 3 });
  await page.keyboard.press('Backspace');
  await page.type('#b-address', text, { delay: 25 });
}

/** The preview's element once it has settled, with what it shows. */
async function previewShown(page) {
  await page.waitForFunction(
    () => {
      const el = document.querySelector('#builder-preview > *');
      return el && (el.state === 'ready' || el.state === 'error');
    },
    { timeout: 20_000, polling: 100 },
  );
  // The copy follows the preview; give a pending look-up no chance to change it after this.
  return page.evaluate(() => {
    const el = document.querySelector('#builder-preview > *');
    return {
      tag: el.localName,
      state: el.state,
      text: el.shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
      code: document.getElementById('builder-code').textContent,
      status: document.getElementById('builder-status')?.textContent ?? '',
    };
  });
}

const waitForCode = (page, pattern) =>
  page.waitForFunction((source) => new RegExp(source).test(document.getElementById('builder-code').textContent), { timeout: 20_000, polling: 100 }, pattern.source);

describe('a post permalink finds the post through the page’s REST API discovery', () => {
  test('a pretty permalink: the `Link: rel="https://api.w.org/"` header and the post’s own route', async () => {
    const { page, requests } = await openBuilder();
    try {
      await previewShown(page);
      requests.length = 0;
      await typeAddress(page, 'https://florin.blog/chinese-open-source-ai-models-cheap-deployable/');
      await waitForCode(page, /wp-json\/"/);
      const shown = await previewShown(page);
      assert.equal(shown.code, '<post-card endpoint="https://florin.blog/wp-json/" post-id="42"></post-card>');
      assert.equal(shown.state, 'ready');
      assert.match(shown.text, /Are Chinese open-source AI models/);
      assert.match(shown.status, /WordPress post \(id 42\)/);
      // One look-up of the page, then (unless the post is already cached) the element's own: nothing while typing.
      const paths = requests.map((r) => r.replace(/\?.*/, ''));
      assert.equal(paths[0], '/api/chinese-open-source-ai-models-cheap-deployable/');
      assert.deepEqual(paths.slice(1).filter((p) => p !== '/api/wp-json/wp/v2/posts/42'), [], paths.join(', '));
    } finally {
      await page.close();
    }
  });

  test('a plain permalink (`?p=52`): the `<link rel="https://api.w.org/">` naming `?rest_route=/`', async () => {
    const { page } = await openBuilder();
    try {
      await typeAddress(page, 'https://florin.blog/?p=52');
      await waitForCode(page, /rest_route|src=/);
      const shown = await previewShown(page);
      assert.equal(shown.code, '<post-card endpoint="https://florin.blog/?rest_route=/" post-id="52"></post-card>');
      assert.equal(shown.state, 'ready');
      assert.match(shown.text, /[\u0600-\u06ff]/, 'the Arabic post');
    } finally {
      await page.close();
    }
  });
});

test('a feed after a WordPress post: the stale post id is dropped and the feed’s first item shows', async () => {
  const { page } = await openBuilder();
  try {
    await page.click('[data-try^="post-card|/api/wp-json|42"]');
    assert.match((await previewShown(page)).code, /post-id="42"/);
    await typeAddress(page, '/api/feed.json');
    await waitForCode(page, /src=/);
    const shown = await previewShown(page);
    assert.equal(shown.code, '<post-card src="/api/feed.json"></post-card>');
    assert.equal(shown.state, 'ready');
  } finally {
    await page.close();
  }
});

test('typing sends one request once typing stops, not one per key', async () => {
  const { page, requests } = await openBuilder();
  try {
    await previewShown(page);
    requests.length = 0;
    await typeAddress(page, '/api/feed.json');
    await waitForCode(page, /src="\/api\/feed\.json"/);
    await previewShown(page);
    assert.deepEqual(requests, ['/api/feed.json']);
  } finally {
    await page.close();
  }
});

test('oEmbed and plain pages go to the element that shows them', async () => {
  const { page } = await openBuilder();
  try {
    await typeAddress(page, `${site.originUrl.origin}/videos/sunrise-over-the-dunes`);
    await waitForCode(page, /^<oembed-preview/);
    assert.equal((await previewShown(page)).state, 'ready');
    await page.select('#b-element', 'post-card');
    await typeAddress(page, `${site.originUrl.origin}/samples/plain`);
    await waitForCode(page, /^<source-citation/);
    assert.equal((await previewShown(page)).state, 'ready');
  } finally {
    await page.close();
  }
});

describe('the Try examples', () => {
  test('the citation in APA shows the source’s title and date from /meta (no 502)', async () => {
    const { page, failed } = await openBuilder();
    try {
      await page.click('[data-try^="source-citation|"]');
      await page.select('#b-style', 'apa');
      await waitForCode(page, /citation-style="apa"/);
      const shown = await previewShown(page);
      assert.equal(shown.state, 'ready');
      assert.match(shown.text, /US companies turn to Chinese open-source AI to cut costs/);
      assert.match(shown.text, /2025/);
      assert.deepEqual(failed, []);
    } finally {
      await page.close();
    }
  });

  test('no copied HTML names this server (http://localhost…) or its local paths', async () => {
    const { page } = await openBuilder();
    try {
      const tries = await page.$$eval('[data-try]', (buttons) => buttons.map((b) => b.dataset.try));
      for (const value of tries) {
        await page.click(`[data-try="${value}"]`);
        const shown = await previewShown(page);
        assert.equal(shown.state, 'ready', `${value}: ${shown.tag} is ${shown.state}`);
        assert.doesNotMatch(shown.code, /localhost|127\.0\.0\.1|"\/proxy|endpoint="\/api/, value);
        if (value.startsWith('oembed-preview|')) assert.match(shown.code, /endpoint="https:\/\/proxy\.example\/oembed"/);
        if (value.startsWith('source-citation|')) assert.match(shown.code, /endpoint="https:\/\/proxy\.example"/);
      }
    } finally {
      await page.close();
    }
  });
});

test('at 1280 px the related-posts grid preview shows its 3 posts in one row', async () => {
  const { page } = await openBuilder({ width: 1280 });
  try {
    await page.click('[data-try^="related-posts|"]');
    await page.select('#b-list-layout', 'grid');
    await waitForCode(page, /layout="grid"/);
    await previewShown(page);
    const tops = await page.evaluate(() =>
      [...document.querySelector('#builder-preview related-posts').shadowRoot.querySelectorAll('li')].map((li) => Math.round(li.getBoundingClientRect().top)),
    );
    assert.equal(tops.length, 3);
    assert.equal(new Set(tops).size, 1, `rows start at ${tops.join(', ')}`);
  } finally {
    await page.close();
  }
});
