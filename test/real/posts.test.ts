/**
 * `<post-card>` and `<related-posts>` over the real feeds and API responses of the corpus
 * (test/fixtures/real/jsonfeed/, SOURCES.md). Each item reaches `ready` or the error the table names; expected
 * titles come from `JSON.parse` and the spec's field rules written here, and every render is checked for raw
 * tags, undecoded references, `undefined`, `NaN` and `Invalid Date`. Test names carry the issue-10 class.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/post-card.js';
import '../../src/related-posts.js';
import type { PostCardElement } from '../../src/post-card/post-card.js';
import type { RelatedPostsElement } from '../../src/related-posts/related-posts.js';
import { part, reach, resetCore } from '../helpers.js';
import { blockThirdPartyLoads, decodeReferences, expectCleanRender, recorded, recordedText } from './support.js';

type Item = Record<string, unknown>;

/** Files whose data truly lacks what a card needs, and the error they give. */
const FAILING: Record<string, { error: string; why: string }> = {
  'jsonfeed/ScriptingNews.json': { error: 'unsupported', why: 'RSS items in JSON, not a JSON Feed' },
  'jsonfeed/allthis-partial.json': { error: 'malformed', why: 'cut off mid-file: not JSON' },
};

/** Items with nothing to title a card with: no title, no text. */
const UNTITLABLE = (item: Item) => !item.title && !item.summary && !item.content_text && !item.content_html;

const JSON_FEEDS = ['3960', 'DaringFireball', 'ScriptingNews', 'allthis', 'allthis-partial', 'authors', 'curt', 'inessential', 'jsonfeed-extension', 'pxlnv', 'rose'];

/** HTML's text, for expected values (a `<template>` parses without running or loading anything). */
function htmlText(markup: string): string {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.content.textContent ?? '';
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text an untitled item's card is titled from (JSON Feed: summary, else content_text, else content_html). */
function itemText(item: Item): string {
  if (typeof item.summary == 'string' && item.summary.trim()) return collapse(decodeReferences(item.summary));
  if (typeof item.content_text == 'string' && item.content_text.trim()) return collapse(decodeReferences(item.content_text));
  return collapse(htmlText(String(item.content_html ?? '')));
}

/** All the text an item states, decoded independently: what a card may show. */
const sourceText = (item: Item) =>
  collapse(
    [item.title, item.summary, item.content_text].map((field) => decodeReferences(String(field ?? ''))).join(' ') +
      ' ' +
      htmlText(String(item.content_html ?? '')),
  );

/** The classes an item exercises. */
function classes(item: Item): string {
  const tags = [];
  if (!item.title) tags.push('class 5: untitled');
  if (/&(#\d+|#x[\da-f]+|[a-z]+);/i.test(String(item.title ?? ''))) tags.push('class 6: references');
  return tags.length ? `[${tags.join(', ')}] ` : '';
}

describe('real feeds (corpus)', () => {
  before(blockThirdPartyLoads);
  afterEach(resetCore);

  for (const name of JSON_FEEDS) {
    const file = `jsonfeed/${name}.json`;
    const failure = FAILING[file];
    if (failure) {
      it(`${file}: ${failure.error} error (${failure.why})`, async () => {
        const el = await fixture<PostCardElement>(html`<post-card src=${recorded('jsonfeed', `${name}.json`)} loading="eager"></post-card>`);
        await reach(el, 'error');
        expect(el.error?.code).to.equal(failure.error);
      });
      continue;
    }

    it(`${file}: every item, as a card`, async function () {
      // Up to 84 cards in a row: generous on a busy machine.
      this.timeout(120000);
      const feed = JSON.parse(await recordedText('jsonfeed', `${name}.json`));
      const items: Item[] = feed.items;
      this.test!.title = [...new Set(items.map(classes))].join('') + this.test!.title;
      for (const item of items) {
        const el = await fixture<PostCardElement>(
          html`<post-card src=${recorded('jsonfeed', `${name}.json`)} post-id=${String(item.id)} loading="eager"></post-card>`,
        );
        const label = `${file} item ${String(item.id)}`;
        if (UNTITLABLE(item)) {
          await reach(el, 'error');
          expect(el.error?.code, label).to.equal('unsupported');
          continue;
        }
        await reach(el, 'ready');
        const title = collapse(part(el, 'title')!.textContent!);
        if (typeof item.title == 'string' && item.title.trim()) {
          expect(title, label).to.equal(collapse(decodeReferences(item.title)));
        } else {
          // An untitled micro-post: titled by the start of its text.
          expect(title, label).to.not.equal('');
          expect(itemText(item), label).to.include(title.replace(/…$/, '').slice(0, 40));
        }
        expectCleanRender(el, label, sourceText(item));
      }
    });

    it(`${file}: listed by <related-posts>`, async () => {
      const feed = JSON.parse(await recordedText('jsonfeed', `${name}.json`));
      const el = await fixture<RelatedPostsElement>(
        html`<related-posts src=${recorded('jsonfeed', `${name}.json`)} limit="200" loading="eager"></related-posts>`,
      );
      await reach(el, 'ready');
      // Linked items (a related post is a way out of the page), each once.
      const linked = new Set((feed.items as Item[]).filter((item) => item.url).map((item) => String(item.id)));
      expect(el.data?.posts.length).to.equal(linked.size);
      expectCleanRender(el, file, (feed.items as Item[]).map(sourceText).join(' '));
    });
  }
});
