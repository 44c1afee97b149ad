/**
 * What a designer checks on a card: names cut at their own end (an English name in a right-to-left card keeps
 * its start), meta lines and tag rows that never show half an item, a vertical card without a hole under a
 * one-line title, and excerpts whose headings do not run into their paragraphs. Measured on screen.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { setLocale } from '../../src/core/localization.js';
import type { PostEmbedsElement } from '../../src/core/post-embeds-element.js';
import type { PostCardElement } from '../../src/post-card/post-card.js';
import type { Post } from '../../src/core/model.js';
import { api, part, partText, reach, resetCore, wpRoot } from '../helpers.js';
import { placedCharacters, visibleText } from '../page/measure.js';

async function ready<T extends PostEmbedsElement<unknown>>(template: TemplateResult, width: number): Promise<T> {
  const host = await fixture<HTMLElement>(html`<div style="inline-size: ${width}px">${template}</div>`);
  const el = host.firstElementChild as T;
  await reach(el, 'ready', 10000);
  return el;
}

/**
 * Every item of a one-line row (meta, terms), as the reader sees it: drawn whole inside the row, or not drawn in
 * it at all (wrapped off the line). A drawn item whose own text is cut shows its start and ends with an ellipsis.
 * Returns what is wrong, one line per item.
 */
function rowFaults(row: Element): string[] {
  const box = row.getBoundingClientRect();
  const faults: string[] = [];
  for (const item of row.children) {
    const rect = item.getBoundingClientRect();
    const outside = rect.bottom <= box.top + 0.5 || rect.top >= box.bottom - 0.5 || rect.right <= box.left + 0.5 || rect.left >= box.right - 0.5;
    if (outside || !item.textContent!.trim()) continue;
    const inside = rect.left >= box.left - 0.5 && rect.right <= box.right + 0.5 && rect.top >= box.top - 0.5 && rect.bottom <= box.bottom + 0.5;
    if (!inside) faults.push(`"${item.textContent!.trim()}" is cut by its row`);
    const full = placedCharacters(item).map((char) => char.text).join('');
    const seen = visibleText(item, item);
    if (seen === full) continue;
    // Cut: the start kept, and an ellipsis where the rest was (on the element that cuts it).
    const cutter = [item, ...item.querySelectorAll('*')].find((node) => getComputedStyle(node).textOverflow === 'ellipsis');
    if (!cutter) faults.push(`"${full}" is cut to "${seen}" with no ellipsis`);
    if (!full.startsWith(seen)) faults.push(`"${full}" lost its start: "${seen}" shows`);
  }
  return faults;
}

describe('cards a designer would ship', () => {
  beforeEach(resetCore);
  afterEach(async () => {
    document.documentElement.lang = '';
    document.documentElement.dir = '';
    await setLocale('en');
  });

  describe('on an Arabic page', () => {
    beforeEach(async () => {
      document.documentElement.lang = 'ar';
      document.documentElement.dir = 'rtl';
      await setLocale('ar');
    });

    for (const width of [150, 200]) {
      it(`an English author name cut short in a right-to-left card keeps its start (compact, ${width} px)`, async () => {
        // Post 50: an Arabic post by Daniel Okafor.
        const el = await ready<PostCardElement>(html`<post-card endpoint=${wpRoot} post-id="50" layout="compact" loading="eager"></post-card>`, width);
        const name = part(el, 'author')!.querySelector('.name, a, bdi')!;
        const seen = visibleText(name, part(el, 'meta')!);
        expect(seen.length, `"${seen}" of "Daniel Okafor"`).to.be.greaterThan(1);
        // (Characters drawn: the space between the names is not one.)
        expect('DanielOkafor'.startsWith(seen), `"${seen}" shows of "Daniel Okafor"`).to.equal(true);
      });
    }

    it('at 390 px, a compact card shows its author whole (no stray underline of a name squeezed to nothing)', async () => {
      const el = await ready<PostCardElement>(html`<post-card endpoint=${wpRoot} post-id="50" layout="compact" loading="eager"></post-card>`, 390);
      expect(visibleText(part(el, 'author')!, part(el, 'meta')!)).to.equal('DanielOkafor');
    });
  });

  for (const dir of ['ltr', 'rtl'] as const) {
    describe(dir === 'rtl' ? 'Arabic page, Arabic posts' : 'English page, English posts', () => {
      beforeEach(async () => {
        document.documentElement.lang = dir === 'rtl' ? 'ar' : 'en';
        document.documentElement.dir = dir;
        await setLocale(dir === 'rtl' ? 'ar' : 'en');
      });
      const post = dir === 'rtl' ? '52' : '42';
      const cases: Array<[string, TemplateResult, number]> = [
        ...[240, 390, 1280].flatMap((width) =>
          (['vertical', 'horizontal', 'compact'] as const).map(
            (layout): [string, TemplateResult, number] => [
              `<post-card layout="${layout}"> at ${width} px`,
              html`<post-card endpoint=${wpRoot} post-id=${post} layout=${layout} loading="eager"></post-card>`,
              width,
            ],
          ),
        ),
        ...[390, 1280].flatMap((width) =>
          (['list', 'grid'] as const).map(
            (layout): [string, TemplateResult, number] => [
              `<related-posts layout="${layout}"> at ${width} px`,
              html`<related-posts endpoint=${wpRoot} post-id=${post} layout=${layout} loading="eager"></related-posts>`,
              width,
            ],
          ),
        ),
      ];
      for (const [name, template, width] of cases) {
        it(`${name}: meta lines and tag rows show whole items, or items cut with an ellipsis`, async () => {
          const el = await ready(template, width);
          const rows = [...el.shadowRoot!.querySelectorAll('[part~="meta"], [part~="terms"]')];
          expect(rows.length).to.be.greaterThan(0);
          expect(rows.flatMap(rowFaults)).to.deep.equal([]);
        });
      }
    });
  }

  it('a vertical card gives the lines a one-line title leaves to its excerpt: no hole, the same box', async () => {
    const post: Post = {
      id: '1',
      title: 'Foxes at dusk',
      url: 'https://florin.blog/foxes/',
      excerpt:
        'City foxes keep to the edges of gardens and railway banks, come out when the streets go quiet, and ' +
        'share the night with hedgehogs, owls and the odd late commuter. Most neighbours never see them; those ' +
        'who do tend to remember it for a long time, and tell the story again and again to anyone who listens.',
      published: '2025-12-02T09:30:00Z',
      readingTime: 3,
      authors: [{ name: 'Admin' }],
      terms: [{ name: 'Wildlife', taxonomy: 'tag' }],
    };
    const host = await fixture<HTMLElement>(html`<div style="display: flex; align-items: start; gap: 8px">
      <post-card style="inline-size: 320px"></post-card>
      <post-card style="inline-size: 320px"></post-card>
    </div>`);
    const [short, long] = [...host.querySelectorAll<PostCardElement>('post-card')];
    short.data = post;
    long.data = { ...post, title: 'Foxes at dusk, and what the neighbours see of them on the way home' };
    await Promise.all([short.updateComplete, long.updateComplete]);
    const excerpt = part(short, 'excerpt')!;
    const lineHeight = parseFloat(getComputedStyle(excerpt).lineHeight);
    const hole = part(short, 'meta')!.getBoundingClientRect().top - excerpt.getBoundingClientRect().bottom;
    const gap = part(long, 'meta')!.getBoundingClientRect().top - part(long, 'excerpt')!.getBoundingClientRect().bottom;
    // The one-line title's card shows a fourth line of excerpt where a hole was, and keeps its box.
    expect(hole, 'space between the excerpt and the meta line').to.be.lessThan(gap + lineHeight / 2);
    expect(excerpt.getBoundingClientRect().height).to.be.closeTo(4 * lineHeight, 1);
    expect(short.getBoundingClientRect().height).to.be.closeTo(long.getBoundingClientRect().height, 2);
  });

  it("an excerpt WordPress made keeps the content's headings apart from their paragraphs", async () => {
    // Post 45: a paragraph, then "Easier repairs and replacements" (a heading), then a paragraph.
    const el = await ready<PostCardElement>(html`<post-card endpoint=${wpRoot} post-id="45" loading="eager"></post-card>`, 360);
    const excerpt = partText(el, 'excerpt')!;
    expect(excerpt).to.contain('the effects. Easier repairs and replacements. Batteries for');
    expect(excerpt).to.match(/…$/);
  });
});

describe('the error state a reader meets', () => {
  beforeEach(resetCore);

  for (const [name, path, retry] of [
    ['a post that is gone (404)', 'faults/status/404', false],
    ['a server error (503)', 'faults/status/503', true],
  ] as const) {
    it(`${name}: the fallback link inside the box, styled as a link of the card; "Try again" ${retry ? 'offered' : 'not offered'}`, async () => {
      const el = await fixture<PostCardElement>(html`<post-card src=${api(`${path}?fit=${Date.now()}`)} loading="eager"
        ><a href="https://florin.blog/">Florin.blog</a></post-card
      >`);
      await reach(el, 'error', 8000);
      const box = part(el, 'error')!.getBoundingClientRect();
      const link = el.querySelector('a')!;
      const at = link.getBoundingClientRect();
      expect(at.width, 'the fallback is shown').to.be.greaterThan(0);
      expect(at.top >= box.top && at.bottom <= box.bottom && at.left >= box.left && at.right <= box.right, 'inside the error box').to.equal(true);
      // The card's accent (#0b57d0 on a light page), not the browser's default link blue.
      expect(getComputedStyle(link).color).to.equal('rgb(11, 87, 208)');
      expect(!!part(el, 'retry')).to.equal(retry);
    });
  }
});
