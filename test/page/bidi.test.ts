/**
 * Every phrase in order where a card's language and the page's differ: the library's own phrases (reading
 * time, dates, "by", "on") are in the page's language and read in the page's direction, isolated from the
 * card's; data fields keep theirs. Measured on screen, word by word (`Range.getClientRects()`): an Arabic post
 * on an English page must show "4 min read", not "min read 4"; an English post on an Arabic page its date as
 * "3 ديسمبر 2025" read from the right, not "3 2025 ديسمبر".
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { setLocale } from '../../src/core/localization.js';
import type { PostEmbedsElement } from '../../src/core/post-embeds-element.js';
import { api, reach, resetCore, wpRoot } from '../helpers.js';
import { logicalWords, wordsAsRead } from './measure.js';

type Dir = 'ltr' | 'rtl';

interface Page {
  name: string;
  lang: string;
  dir: Dir;
  /** A post in the other language: its card runs the other way. */
  post: string;
}

const PAGES: Page[] = [
  { name: 'an Arabic post on an English page', lang: 'en', dir: 'ltr', post: '52' },
  { name: 'an English post on an Arabic page', lang: 'ar', dir: 'rtl', post: '42' },
];

const OEMBED = `${api('oembed/link')}?url=${encodeURIComponent('https://link.example/x')}`;

/** Each element, and the selectors of the phrases it writes in the library's voice. */
const ELEMENTS: Array<{ name: string; render: (post: string) => TemplateResult; phrases: string[] }> = [
  ...(['vertical', 'horizontal', 'compact'] as const).map((layout) => ({
    name: `<post-card layout="${layout}">`,
    render: (post: string) => html`<post-card endpoint=${wpRoot} post-id=${post} layout=${layout} loading="eager"></post-card>`,
    phrases: ['[part~="date"]', '[part~="reading-time"]'],
  })),
  ...(['list', 'grid'] as const).map((layout) => ({
    name: `<related-posts layout="${layout}">`,
    render: (post: string) => html`<related-posts endpoint=${wpRoot} post-id=${post} layout=${layout} loading="eager"></related-posts>`,
    phrases: ['[part~="date"]', '[part~="reading-time"]'],
  })),
  {
    name: '<related-posts layout="adjacent">',
    render: (post: string) => html`<related-posts endpoint=${wpRoot} post-id=${post} layout="adjacent" loading="eager"></related-posts>`,
    // "← Previous post", "Next post →": the labels over titles in the other language.
    phrases: ['.label'],
  },
  {
    name: '<oembed-preview> link card',
    render: () => html`<oembed-preview src=${OEMBED} loading="eager"></oembed-preview>`,
    phrases: ['[part~="author"]'],
  },
];

describe('mixed directions: every phrase in order, measured', () => {
  beforeEach(resetCore);
  afterEach(async () => {
    document.documentElement.lang = '';
    document.documentElement.dir = '';
    await setLocale('en');
  });

  for (const page of PAGES) {
    describe(page.name, () => {
      beforeEach(async () => {
        document.documentElement.lang = page.lang;
        document.documentElement.dir = page.dir;
        await setLocale(page.lang as 'en' | 'ar');
      });

      for (const width of [390, 1280]) {
        for (const element of ELEMENTS) {
          it(`${element.name} at ${width} px: its phrases read in the page's direction`, async () => {
            const host = await fixture<HTMLElement>(html`<div style="inline-size: ${width}px">${element.render(page.post)}</div>`);
            const el = host.firstElementChild as PostEmbedsElement<unknown>;
            await reach(el, 'ready', 10000);
            let checked = 0;
            for (const name of element.phrases) {
              for (const phrase of el.shadowRoot!.querySelectorAll(name)) {
                // A phrase pushed off its line (see the meta line's rule) is not drawn: nothing to read.
                if (!phrase.getClientRects().length || !logicalWords(phrase)) continue;
                // "by {author}": the library's words around a name; the name is isolated in its own direction.
                expect(wordsAsRead(phrase, page.dir), `${name}: "${phrase.textContent}"`).to.equal(logicalWords(phrase));
                checked++;
              }
            }
            expect(checked, 'phrases measured').to.be.greaterThan(0);
          });
        }
      }
    });
  }
});
