// What a reader of the docs site sees (issue 25, item 9), measured in Chromium on the built site: examples in
// the colours of their scheme, the theming recipes and token editor as the guide describes them, API tables
// that read on a phone and in Arabic, highlighted code, real values in the API tables, the Arabic home.
// Needs `npm run build && npm run docs` first (`npm run test:docs` does both).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBrowser } from './browser.mjs';
import elementPages from '../../docs/_data/pages.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SITE = path.join(ROOT, 'site');

/** Site pages (URL paths) whose HTML contains `text`. */
async function pagesContaining(text) {
  const files = (await readdir(SITE, { recursive: true })).filter((file) => file.endsWith('.html'));
  const found = [];
  for (const file of files) {
    if ((await readFile(path.join(SITE, file), 'utf8')).includes(text)) {
      found.push(`/docs/${file.split(path.sep).join('/')}`.replace(/index\.html$/, ''));
    }
  }
  return found.sort();
}

let site;
before(async () => {
  site = await startBrowser();
});
after(() => site?.close());

/** In the page: WCAG luminance of a computed `rgb()`/`rgba()` colour, and the helpers the checks share. */
const inPage = () => {
  window.luminanceOf = (color) => {
    const [r, g, b] = color.match(/[\d.]+/g).slice(0, 3).map((v) => Number(v) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  /** The background a node is drawn on: the first opaque one up the composed tree. */
  window.backdropOf = (node) => {
    for (let el = node; el; el = el.parentElement ?? el.getRootNode().host) {
      const bg = getComputedStyle(el).backgroundColor;
      const alpha = bg.startsWith('rgba') ? Number(bg.match(/[\d.]+/g)[3]) : 1;
      if (alpha > 0.5) return bg;
    }
    return 'rgb(255, 255, 255)';
  };
};

/** Captions of the examples written to be shown on a dark page (by their data, not by the built page). */
const DARK_CAPTIONS = Object.values(elementPages).flatMap((info) =>
  Object.values(info.examples).flat().filter((example) => /scheme-dark/.test(example.attrs ?? '')).map((example) => example.caption),
);

describe('every example is drawn in the colours of its scheme', async () => {
  const pages = await pagesContaining('class="example');
  test('the element pages have their 8 examples on a dark page', () => assert.equal(DARK_CAPTIONS.length, 8));
  test('there are examples on a dark page to check', async () => {
    assert.ok((await pagesContaining('class="example scheme-dark"')).length >= 8, 'pages with dark examples');
  });
  for (const scheme of ['light', 'dark']) {
    for (const pagePath of pages) {
      test(`${pagePath} on a ${scheme} OS`, async () => {
        const page = await site.open(pagePath, { scheme });
        try {
          await page.evaluate(inPage);
          const wrong = await page.evaluate((osScheme, darkCaptions) => {
            const problems = [];
            for (const figure of document.querySelectorAll('figure.example')) {
              const caption = figure.querySelector('figcaption')?.textContent ?? '(no caption)';
              const expected = figure.classList.contains('scheme-dark') || darkCaptions.includes(caption) ? 'dark' : osScheme;
              for (const host of figure.querySelectorAll('.example-live > *')) {
                if (!host.shadowRoot) continue;
                // The first piece of text the element draws: its title, heading or first line.
                const walker = document.createTreeWalker(host.shadowRoot, NodeFilter.SHOW_TEXT);
                let text;
                while ((text = walker.nextNode())) {
                  const el = text.parentElement;
                  // Not a facade's controls (play, "Always load from …"): drawn over the image, light on a dark scrim in
                  // both schemes.
                  if (el.closest('button, [part~="play"], [part~="remember"]')) continue;
                  if (text.data.trim() && el.getClientRects().length && getComputedStyle(el).visibility === 'visible') break;
                }
                if (!text) continue;
                const fg = window.luminanceOf(getComputedStyle(text.parentElement).color);
                const bg = window.luminanceOf(window.backdropOf(text.parentElement));
                const drawn = bg < fg ? 'dark' : 'light';
                const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
                if (drawn !== expected || ratio < 4.5) {
                  problems.push(`"${caption}" <${host.localName}>: "${text.data.trim().slice(0, 30)}" drawn ${drawn} (text ${fg.toFixed(2)} on ${bg.toFixed(2)}, ${ratio.toFixed(1)}:1), expected ${expected}`);
                }
              }
            }
            return problems;
          }, scheme, DARK_CAPTIONS);
          assert.deepEqual(wrong, []);
        } finally {
          await page.close();
        }
      });
    }
  }
});

test('the theming guide’s flat card with serif titles has no border or shadow and a serif title', async () => {
  const page = await site.open('/docs/guides/theming/');
  try {
    const seen = await page.evaluate(() => {
      const card = [...document.querySelectorAll('figure.example')].find((f) => /flat card/i.test(f.textContent)).querySelector('post-card');
      const article = card.shadowRoot.querySelector('[part~="card"]');
      const title = card.shadowRoot.querySelector('[part~="title"]');
      const style = getComputedStyle(article);
      return { border: style.borderTopWidth, shadow: style.boxShadow, font: getComputedStyle(title).fontFamily };
    });
    assert.equal(seen.border, '0px');
    assert.equal(seen.shadow, 'none');
    assert.match(seen.font, /Georgia|serif/);
  } finally {
    await page.close();
  }
});

describe('the token editor', () => {
  for (const scheme of ['light', 'dark']) {
    test(`shows the ${scheme} swatch first on a ${scheme} OS and writes a light-dark() pair readable in both schemes`, async () => {
      const page = await site.open('/docs/guides/theming/', { scheme });
      try {
        const order = await page.evaluate(() => {
          const [light, dark] = ['light', 'dark'].map((s) => document.querySelector(`input[name="--pe-color-accent"][data-scheme="${s}"]`).getBoundingClientRect());
          return { light: [light.top, light.left], dark: [dark.top, dark.left] };
        });
        const first = (a, b) => a[0] < b[0] - 2 || (Math.abs(a[0] - b[0]) <= 2 && a[1] < b[1]);
        assert.ok(first(order[scheme], order[scheme === 'dark' ? 'light' : 'dark']), `${scheme} swatch first: ${JSON.stringify(order)}`);

        // A light-page accent: the dark scheme keeps its own, readable one.
        const set = (which, value) =>
          page.evaluate((which, value) => {
            const input = document.querySelector(`input[name="--pe-color-accent"][data-scheme="${which}"]`);
            input.value = value;
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }, which, value);
        await set('light', '#b3261e');
        const css = await page.$eval('#theme-css', (el) => el.textContent);
        assert.match(css, /--pe-color-accent: light-dark\(#b3261e, #8ab4f8\);/);
        await page.evaluate(() => {
          const probe = document.createElement('span');
          probe.id = 'probe';
          probe.style.color = 'var(--pe-color-accent)';
          probe.textContent = 'x';
          document.getElementById('theme-preview').append(probe);
        });
        await page.evaluate(inPage);
        for (const previewScheme of ['light', 'dark']) {
          await page.select('#theme-scheme', previewScheme);
          const ratio = await page.evaluate(() => {
            const probe = document.getElementById('probe');
            const card = document.querySelector('#theme-preview post-card');
            const surface = getComputedStyle(card.shadowRoot.querySelector('[part~="card"]')).backgroundColor;
            const [a, b] = [window.luminanceOf(getComputedStyle(probe).color), window.luminanceOf(surface)];
            return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
          });
          assert.ok(ratio >= 4.5, `accent on the ${previewScheme} card surface: ${ratio.toFixed(2)}:1`);
        }
        // The same light colour picked for dark too: the editor says it is unreadable there.
        await set('dark', '#b3261e');
        const warnings = await page.$$eval('#theme-contrast .fail', (items) => items.map((item) => item.textContent));
        assert.ok(warnings.some((w) => /dark: links/.test(w) && /2\.5:1/.test(w)), warnings.join(' | '));
      } finally {
        await page.close();
      }
    });
  }
});

describe('API tables at 390 px', () => {
  for (const pagePath of ['/docs/elements/post-card/', '/docs/elements/related-posts/', '/docs/ar/elements/oembed-preview/']) {
    test(`${pagePath}: no sideways scrolling, descriptions at the full width, no row as tall as 250 px per line of text`, async () => {
      const page = await site.open(pagePath, { width: 390, height: 844 });
      try {
        const facts = await page.evaluate(() =>
          [...document.querySelectorAll('main table')].map((table) => {
            const wrap = table.closest('.table-wrap') ?? table;
            const main = document.querySelector('main').getBoundingClientRect().width;
            const widths = [...table.querySelectorAll('tbody tr')].map((row) => row.lastElementChild.getBoundingClientRect().width);
            return { id: table.previousElementSibling?.id, overflow: wrap.scrollWidth - wrap.clientWidth, narrowest: Math.min(...widths) / main };
          }),
        );
        assert.ok(facts.length >= 4, `tables: ${facts.length}`);
        for (const table of facts) {
          assert.ok(table.overflow <= 0, `${table.id}: scrolls sideways by ${table.overflow}px`);
          assert.ok(table.narrowest > 0.8, `${table.id}: descriptions get ${(table.narrowest * 100).toFixed(0)}% of the width`);
        }
      } finally {
        await page.close();
      }
    });
  }
});

test('API tables show real defaults and types (from the manifest), not constant names or type parameters', async () => {
  const page = await site.open('/docs/elements/related-posts/', { settle: false });
  try {
    const cells = await page.evaluate(() => {
      const row = (table, name) => [...document.querySelectorAll(`#${table} + .table-wrap tbody tr`)].find((tr) => tr.cells[0].textContent.trim() === name);
      return {
        limitDefault: row('attributes', 'limit').cells[3].textContent.trim(),
        dataType: row('properties', '.data').cells[1].textContent.trim(),
      };
    });
    assert.deepEqual(cells, { limitDefault: '3', dataType: 'RelatedPostsData | null' });
  } finally {
    await page.close();
  }
  const leftovers = [];
  for (const pagePath of await pagesContaining('class="api"')) {
    const html = await readFile(path.join(SITE, pagePath.replace('/docs/', ''), 'index.html'), 'utf8');
    for (const [, cell] of html.matchAll(/<td data-label="[^"]*"[^>]*><code dir="ltr">([^<]*)<\/code><\/td>/g)) {
      if (/^[A-Z][A-Z0-9_]+$/.test(cell) || /\bT\b/.test(cell)) leftovers.push(`${pagePath}: ${cell}`);
    }
  }
  assert.deepEqual(leftovers, []);
});

describe('code blocks', () => {
  test('are boxes with their own background, highlighted in the built HTML (no script), the Vue config not cut', async () => {
    const html = await readFile(path.join(SITE, 'guides/frameworks/index.html'), 'utf8');
    assert.match(html, /<pre[^>]*class="language-js"[^>]*>[\s\S]*?<span class="token keyword">const<\/span>/);
    for (const width of [1280, 768]) {
      const page = await site.open('/docs/guides/frameworks/', { width, settle: false });
      try {
        await page.evaluate(inPage);
        const blocks = await page.evaluate(() =>
          [...document.querySelectorAll('main pre')].map((pre) => ({
            text: pre.textContent.trim().slice(0, 40),
            background: getComputedStyle(pre).backgroundColor,
            page: window.backdropOf(document.querySelector('main')),
            colours: new Set([...pre.querySelectorAll('span')].map((span) => getComputedStyle(span).color)).size,
            cut: pre.textContent.includes('isCustomElement') ? pre.scrollWidth - pre.clientWidth : 0,
          })),
        );
        assert.ok(blocks.length >= 5);
        for (const block of blocks) {
          assert.ok(block.text.trim(), 'a code block with text');
          assert.notEqual(block.background, block.page, `${block.text}: background`);
          assert.notEqual(block.background, 'rgba(0, 0, 0, 0)', `${block.text}: background`);
          assert.ok(block.colours >= 3, `${block.text}: ${block.colours} token colours`);
          assert.ok(block.cut <= 0, `${block.text}: cut by ${block.cut}px at ${width}px`);
        }
      } finally {
        await page.close();
      }
    }
  });
});

describe('the Arabic pages', () => {
  test('the Arabic home: heading at the right, a live example, the guides listed and labelled as English', async () => {
    const page = await site.open('/docs/ar/');
    try {
      const facts = await page.evaluate(() => {
        const main = document.querySelector('main').getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(document.querySelector('main h1'));
        const heading = range.getBoundingClientRect();
        const guides = [...document.querySelectorAll('main a[href*="/guides/"]')];
        return {
          headingGapRight: main.right - heading.right,
          headingGapLeft: heading.left - main.left,
          examples: [...document.querySelectorAll('main figure.example post-card')].map((card) => card.state),
          guides: guides.length,
          guidesInEnglish: guides.every((a) => a.lang === 'en'),
          labelled: /بالإنجليزية/.test(document.querySelector('main').textContent),
          sidebarNote: document.querySelector('.sidebar .note')?.textContent ?? '',
        };
      });
      assert.ok(facts.headingGapRight < 2 && facts.headingGapLeft > 200, `heading: ${facts.headingGapLeft}px from the left, ${facts.headingGapRight}px from the right`);
      assert.deepEqual(facts.examples, ['ready']);
      assert.ok(facts.guides >= 7 && facts.guidesInEnglish && facts.labelled, JSON.stringify(facts));
      assert.match(facts.sidebarNote, /بالإنجليزية/);
    } finally {
      await page.close();
    }
  });

  test('Arabic API tables: headers in Arabic over right-to-left columns, the first column at the right', async () => {
    const page = await site.open('/docs/ar/elements/post-card/', { settle: false });
    try {
      const tables = await page.evaluate(() =>
        [...document.querySelectorAll('main table')].map((table) => {
          const heads = [...table.tHead.rows[0].cells];
          const first = table.tBodies[0].rows[0].cells;
          return {
            direction: getComputedStyle(table).direction,
            firstHeadRight: heads[0].getBoundingClientRect().right,
            lastHeadRight: heads.at(-1).getBoundingClientRect().right,
            firstCellRight: first[0].getBoundingClientRect().right,
            arabic: heads.every((th) => /[\u0600-\u06ff]/.test(th.textContent)),
          };
        }),
      );
      assert.ok(tables.length >= 4);
      for (const table of tables) {
        assert.equal(table.direction, 'rtl');
        assert.ok(table.arabic);
        assert.ok(table.firstHeadRight > table.lastHeadRight, JSON.stringify(table));
        assert.ok(Math.abs(table.firstCellRight - table.firstHeadRight) < 2, JSON.stringify(table));
      }
    } finally {
      await page.close();
    }
  });

  test('the Arabic demo shows its inline code lang="en" in order', async () => {
    const page = await site.open('/ar.html', { settle: false });
    try {
      const codes = await page.evaluate(() =>
        [...document.querySelectorAll('code')]
          .filter((code) => /^[a-z]+="[a-z]+"$/.test(code.textContent))
          .map((code) => {
            const at = (i) => {
              const range = document.createRange();
              range.setStart(code.firstChild, i);
              range.setEnd(code.firstChild, i + 1);
              return range.getBoundingClientRect().left;
            };
            return { text: code.textContent, firstLeft: at(0), lastLeft: at(code.textContent.length - 1) };
          }),
      );
      assert.ok(codes.length >= 2, JSON.stringify(codes));
      for (const code of codes) assert.ok(code.firstLeft < code.lastLeft, `${code.text}: first character at ${code.firstLeft}, last at ${code.lastLeft}`);
    } finally {
      await page.close();
    }
  });
});
