/**
 * `<post-card>` and `<related-posts>` over the real feeds and API responses of the corpus
 * (test/fixtures/real/jsonfeed/, wordpress/, ghost/, SOURCES.md). Each item reaches `ready` or the error the
 * table names; expected titles, links and images come from `JSON.parse` and the formats' field rules written
 * here, and every render is checked for raw tags, undecoded references, `undefined`, `NaN` and
 * `Invalid Date`. Test names carry the issue-10 class.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
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

const JSON_FEEDS = [
  ...['3960', 'DaringFireball', 'ScriptingNews', 'allthis', 'allthis-partial', 'authors', 'curt', 'inessential', 'jsonfeed-extension', 'pxlnv', 'rose'],
  // JsonFeed.NET's recorded feeds, and feed-rs's InfluxData feed (RFC 822 dates, an item without id).
  ...['HyperCriticalBlog', 'JsonFeedBlog', 'MaybePizzaBlog', 'TheRecordPodcast', 'TimeTablePodcast', 'jsonfeed_elastic_1.1'],
];

/** WordPress REST API answers: single posts and pages (`/wp/v2/posts/{id}`), and collections (`/wp/v2/posts?…`). */
const WORDPRESS = [
  ...['post-60', 'page-211', 'page-with-subpage', 'posts-from-category-7', 'posts-from-category-7-page-2'].map((name) => `demo.worona.org.${name}`),
  'wordpress.org.wp-pages',
  'design-lab.tuqulore.com.posts',
  ...[1244, 1306, 1339, 1379, 1412, 1469, 1501, 1526, 1595, 1649].map((id) => `design-lab.tuqulore.com.posts-${id}`),
];

/** Ghost Content API answers (`{ posts }` or `{ pages }`): files, or a cassette's interaction (`<file>.yaml@<n>`). */
const GHOST = [
  'localhost.content_posts.json',
  'demo.ghost.io.posts.json',
  // demo.ghost.io's four pages (`/ghost/api/content/pages/`, Ghost 4).
  'demo.ghost.io.pages.json',
  // Rogue Scholar's recordings of front-matter.ghost.io's latest 50 posts with tags and authors, on three dates
  // (Ghost 5.69, 5.81, 5.106); the Ghost answer is each cassette's second interaction.
  ...['2023-10-22', '2024-03-26', '2025-01-19'].map((date) => `front-matter.ghost.io.posts.${date}.yaml@1`),
];

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
      for (const [index, item] of items.entries()) {
        // An item is picked by its `id`; one without (JSON Feed 1.1 requires it) is reachable only as the first.
        if (item.id === undefined && index > 0) continue;
        const el = await fixture<PostCardElement>(
          html`<post-card src=${recorded('jsonfeed', `${name}.json`)} post-id=${ifDefined(item.id === undefined ? undefined : String(item.id))} loading="eager"></post-card>`,
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
      const linked = new Set((feed.items as Item[]).filter((item) => item.url).map((item) => String(item.id ?? item.url)));
      expect(el.data?.posts.length).to.equal(linked.size);
      expectCleanRender(el, file, (feed.items as Item[]).map(sourceText).join(' '));
    });
  }
});

/** `{ rendered }` (or a bare string) as the text a reader sees. */
const rendered = (field: unknown) => collapse(htmlText(String((field as { rendered?: unknown })?.rendered ?? field ?? '')));

/** The image a WordPress post states: its embedded featured media, else Jetpack's URL, else Yoast's og:image. */
function wordpressImage(post: Item): { url: string; width?: number; height?: number; sizes: Item } | undefined {
  const media = ((post._embedded as Item)?.['wp:featuredmedia'] as Item[] | undefined)?.[0];
  if (typeof media?.source_url == 'string') {
    const details = (media.media_details ?? {}) as Item;
    return { url: media.source_url, width: details.width as number, height: details.height as number, sizes: (details.sizes ?? {}) as Item };
  }
  const jetpack = post.jetpack_featured_media_url;
  if (typeof jetpack == 'string' && jetpack) return { url: jetpack, sizes: {} };
  const yoast = ((post.yoast_head_json as Item)?.og_image as Item[] | undefined)?.[0];
  return typeof yoast?.url == 'string' ? { url: yoast.url, sizes: {} } : undefined;
}

/** Whether the post's media lists a rendition of another shape than the original (a hard crop). */
function hasHardCrop(post: Item): boolean {
  const image = wordpressImage(post);
  if (!image?.width || !image.height) return false;
  return Object.values(image.sizes).some((size) => {
    const { width, height } = size as { width: number; height: number };
    return Math.abs(width / height / (image.width! / image.height!) - 1) >= 0.02;
  });
}

/** The classes a WordPress post exercises. */
function wordpressClasses(post: Item): string {
  const tags = [];
  const embedded = ((post._embedded as Item)?.['wp:featuredmedia'] as Item[] | undefined)?.[0]?.source_url;
  if (!embedded && wordpressImage(post)) tags.push('class 8: image without _embedded');
  if (hasHardCrop(post)) tags.push('class 9: hard-cropped renditions');
  return tags.length ? `[${tags.join(', ')}] ` : '';
}

/** Checks one WordPress post's card against its data. */
function expectWordPressCard(el: PostCardElement, post: Item, label: string): void {
  expect(collapse(part(el, 'title')!.textContent!), `${label}: title`).to.equal(rendered(post.title));
  expect(part<HTMLAnchorElement>(el, 'link')!.href, `${label}: link`).to.equal(new URL(String(post.link)).href);
  const image = wordpressImage(post);
  const img = part<HTMLImageElement>(el, 'image');
  if (!image) expect(img, `${label}: no image`).to.equal(null);
  else {
    expect(img?.getAttribute('src'), `${label}: image`).to.equal(new URL(image.url).href);
    // Class 9: every srcset candidate has the original's shape (a 150×150 crop of a 16:9 image is left out).
    const byUrl = new Map(Object.values(image.sizes).map((size) => [new URL(String((size as Item).source_url)).href, size as Item]));
    for (const candidate of (img!.getAttribute('srcset') ?? '').split(',').map((entry) => entry.trim().split(/\s+/)[0]).filter(Boolean)) {
      const size = byUrl.get(new URL(candidate).href);
      if (!size || !image.width || !image.height) continue;
      const ratio = (size.width as number) / (size.height as number) / (image.width / image.height);
      expect(Math.abs(ratio - 1), `${label}: ${candidate} has the original's shape`).to.be.below(0.02);
    }
  }
  const author = ((post._embedded as Item)?.author as Item[] | undefined)?.[0]?.name;
  if (typeof author == 'string' && author) expect(collapse(part(el, 'author')!.textContent!), `${label}: author`).to.contain(collapse(author));
  expectCleanRender(el, label, [rendered(post.title), rendered(post.excerpt)].join(' '));
}

describe('real WordPress REST API answers (corpus)', () => {
  before(blockThirdPartyLoads);
  afterEach(resetCore);

  for (const name of WORDPRESS) {
    const file = `wordpress/${name}.json`;

    it(`${file}: every post, as a card`, async function () {
      this.timeout(60000);
      const body = JSON.parse(await recordedText('wordpress', `${name}.json`));
      const posts: Item[] = Array.isArray(body) ? body : [body];
      this.test!.title = [...new Set(posts.map(wordpressClasses))].join('') + this.test!.title;
      for (const post of posts) {
        // A single post answers `/wp/v2/posts/{id}`; a collection is picked from by slug, as `?slug=` answers are.
        const el = await fixture<PostCardElement>(
          Array.isArray(body)
            ? html`<post-card src=${recorded('wordpress', `${name}.json`)} slug=${String(post.slug)} loading="eager"></post-card>`
            : html`<post-card src=${recorded('wordpress', `${name}.json`)} loading="eager"></post-card>`,
        );
        await reach(el, 'ready');
        expectWordPressCard(el, post, `${file} post ${String(post.id)}`);
      }
    });

    // A collection is listed as it is; a single post is `src` for its own related posts (Jetpack's
    // `jetpack-related-posts`), and these sites have none: an empty list.
    it(`${file}: listed by <related-posts>`, async () => {
      const body = JSON.parse(await recordedText('wordpress', `${name}.json`));
      const posts: Item[] = Array.isArray(body) ? body : ((body['jetpack-related-posts'] as Item[] | undefined) ?? []);
      const el = await fixture<RelatedPostsElement>(
        html`<related-posts src=${recorded('wordpress', `${name}.json`)} limit="200" loading="eager"></related-posts>`,
      );
      await reach(el, 'ready');
      expect(el.data?.posts.map((post) => post.url)).to.deep.equal(posts.map((post) => new URL(String(post.link ?? post.url)).href));
      expect(el.data?.posts.map((post) => post.title)).to.deep.equal(posts.map((post) => rendered(post.title)));
      expectCleanRender(el, file, posts.map((post) => `${rendered(post.title)} ${rendered(post.excerpt)}`).join(' '));
    });
  }
});

describe('real Ghost Content API answers (corpus)', () => {
  before(blockThirdPartyLoads);
  afterEach(resetCore);

  for (const name of GHOST) {
    const file = `ghost/${name}`;

    it(`${file}: every post, as a card`, async function () {
      // Up to 50 cards in a row: generous on a busy machine.
      this.timeout(120000);
      const body = JSON.parse(await recordedText('ghost', name));
      const posts: Item[] = body.posts ?? body.pages;
      if (body.pages) this.test!.title = `[class 7: pages] ${this.test!.title}`;
      for (const post of posts) {
        const el = await fixture<PostCardElement>(
          html`<post-card src=${recorded('ghost', name)} post-id=${String(post.id)} loading="eager"></post-card>`,
        );
        const label = `${file} ${String(post.id)}`;
        await reach(el, 'ready');
        // Ghost's title and excerpts are plain text.
        expect(collapse(part(el, 'title')!.textContent!), label).to.equal(collapse(String(post.title)));
        expect(part<HTMLAnchorElement>(el, 'link')!.href, label).to.equal(new URL(String(post.url)).href);
        const image = part<HTMLImageElement>(el, 'image');
        if (typeof post.feature_image == 'string') expect(image?.getAttribute('src'), label).to.equal(new URL(post.feature_image).href);
        else expect(image, label).to.equal(null);
        const authors = ((post.authors as Item[] | undefined) ?? [post.primary_author as Item]).filter(Boolean).map((author) => String(author.name));
        for (const author of authors) expect(collapse(part(el, 'author')!.textContent!), label).to.contain(author);
        expectCleanRender(el, label, [post.title, post.custom_excerpt, post.excerpt].map((text) => String(text ?? '')).join(' '));
      }
    });

    it(`${file}: listed by <related-posts>`, async () => {
      const body = JSON.parse(await recordedText('ghost', name));
      const posts: Item[] = body.posts ?? body.pages;
      const el = await fixture<RelatedPostsElement>(
        html`<related-posts src=${recorded('ghost', name)} limit="200" loading="eager"></related-posts>`,
      );
      await reach(el, 'ready');
      expect(el.data?.posts.map((post) => post.title)).to.deep.equal(posts.map((post) => collapse(String(post.title))));
      expectCleanRender(el, file, posts.map((post) => `${String(post.title)} ${String(post.excerpt ?? '')}`).join(' '));
    });
  }
});
