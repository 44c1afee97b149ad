/**
 * One language per phrase: the library's own words, numbers and dates follow the page's language, never the
 * language of the post inside a card ("مدة القراءة: ٥ د", never "مدة القراءة: 5 min"), and every element
 * writes a date alike.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { setLocale } from '../../src/core/localization.js';
import type { PostCardElement } from '../../src/post-card/post-card.js';
import type { RelatedPostsElement } from '../../src/related-posts/related-posts.js';
import type { SourceCitationElement } from '../../src/source-citation/source-citation.js';
import { api, part, partText, reach, resetCore, wpRoot } from '../helpers.js';

const LATIN = /[A-Za-z]/;
/** Digits as `Intl` writes them in a locale (Arabic takes Latin or Arabic-Indic digits, by engine and CLDR). */
const digits = (value: number, locale: string) => new Intl.NumberFormat(locale, { useGrouping: false }).format(value);
const ARABIC = /[\u0600-\u06FF]/;

async function card(postId: string): Promise<PostCardElement> {
  const el = await fixture<PostCardElement>(html`<post-card endpoint=${wpRoot} post-id=${postId} loading="eager"></post-card>`);
  await reach(el, 'ready', 8000);
  return el;
}

describe('one language per phrase', () => {
  beforeEach(resetCore);
  afterEach(async () => {
    document.documentElement.lang = '';
    document.documentElement.dir = '';
    await setLocale('en');
  });

  describe('an Arabic page with an English post', () => {
    beforeEach(async () => {
      document.documentElement.lang = 'ar';
      document.documentElement.dir = 'rtl';
      await setLocale('ar');
    });

    it('the card keeps the post in English but writes its reading time and date in Arabic', async () => {
      const el = await card('42');
      expect(part(el, 'card')!.lang).to.equal('en');
      const readingTime = partText(el, 'reading-time')!;
      expect(readingTime).to.match(/^مدة القراءة: /);
      expect(readingTime, readingTime).not.to.match(LATIN);
      const date = partText(el, 'date')!;
      expect(date).to.match(ARABIC);
      expect(date, date).not.to.match(LATIN);
    });

    it('<related-posts> writes the same date as <post-card> for the same post', async () => {
      const related = await fixture<RelatedPostsElement>(
        html`<related-posts endpoint=${wpRoot} post-id="42" layout="adjacent" loading="eager"></related-posts>`,
      );
      await reach(related, 'ready', 8000);
      const previous = related.data!.previous!;
      const list = await fixture<RelatedPostsElement>(html`<related-posts loading="eager"></related-posts>`);
      list.data = { posts: [previous] } as unknown as RelatedPostsElement['data'];
      await list.updateComplete;
      const single = await card(previous.id);
      const date = partText(single, 'date')!;
      expect(partText(list, 'date')).to.equal(date);
      expect(date, date).to.match(ARABIC).and.not.match(LATIN);
    });

    it("an error's status is written in the sentence's digits", async () => {
      const el = await fixture<PostCardElement>(html`<post-card src=${api('faults/status/500')} loading="eager"></post-card>`);
      await reach(el, 'error', 8000);
      expect(partText(el, 'error')).to.contain(`(${digits(500, 'ar')})`);
    });

    it('an APA citation writes its dates in Arabic', async () => {
      const el = await fixture<SourceCitationElement>(html`<source-citation
        loading="eager"
        citation-style="apa"
        href="https://www.bbc.com/news/articles/c86v52gv726o"
        headline="A headline"
        publisher="BBC News"
        published="2025-11-05"
      ></source-citation>`);
      await reach(el, 'ready', 8000);
      expect(partText(el, 'citation')).to.contain(`(${digits(2025, 'ar')}، ${digits(5, 'ar')} نوفمبر)`);
    });
  });

  describe('an English page with an Arabic post', () => {
    it('the card keeps the post in Arabic but writes its reading time and date in English', async () => {
      document.documentElement.lang = 'en';
      const el = await card('52');
      expect(part(el, 'card')!.lang).to.equal('ar');
      expect(partText(el, 'reading-time')).to.match(/^\d+ min read$/);
      const date = partText(el, 'date')!;
      expect(date).to.match(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/);
    });

    it('an English region keeps its own order: en-GB writes the day first', async () => {
      document.documentElement.lang = 'en-GB';
      const el = await card('52');
      expect(partText(el, 'date')).to.match(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/);
    });
  });

  it('a page in a language without shipped strings gets English words and English numbers alike', async () => {
    document.documentElement.lang = 'ja';
    const el = await card('52');
    expect(partText(el, 'reading-time')).to.match(/^\d+ min read$/);
    expect(partText(el, 'date')).to.match(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/);
  });
});
