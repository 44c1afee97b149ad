/**
 * `<post-card>` and `<related-posts>` on real RSS and Atom feeds (test/fixtures/real/feeds/, served as their bytes
 * by the fixture API): what a reader sees. On main before issue 23 every one of these was an error ("Expected
 * JSON … received …").
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/post-card.js';
import '../../src/related-posts.js';
import type { PostCardElement } from '../../src/post-card/post-card.js';
import type { RelatedPostsElement } from '../../src/related-posts/related-posts.js';
import { api, part, reach, resetCore } from '../helpers.js';
import { sameInstant, suiteItems } from './feed-expectations.js';
import { blockThirdPartyLoads, expectCleanRender } from './support.js';

/** One feed of each kind; the first item's title and link are the suite's (`feed-expectations.ts`). */
const FEEDS: Array<{ file: string; kind: string; lang?: string }> = [
  { file: 'rss-parser/guardian.rss', kind: 'news, RSS 2.0', lang: 'en-GB' },
  { file: 'rss-parser/heise.atom', kind: 'news, Atom, German' },
  { file: 'feed-rs/rss_2.0_bbc.xml', kind: 'podcast', lang: 'en' },
  { file: 'rss-parser/feedburner.atom', kind: 'Blogger, Atom' },
  { file: 'rss-parser/content-encoded.rss', kind: 'WordPress' },
  { file: 'feed-rs/rss_2.0_heated.xml', kind: 'Substack', lang: 'en' },
  { file: 'rss-parser/encoding.rss', kind: 'ISO-8859-1', lang: 'pt-PT' },
  { file: 'feed-rs/rss_1.0_iso8859.xml', kind: 'RSS 1.0, ISO-8859-1' },
  { file: 'feed-rs/rss_0.91_encoding_2.xml', kind: 'RSS 0.91, windows-1252', lang: 'pt-BR' },
];

describe('feeds in the elements', () => {
  before(blockThirdPartyLoads);
  afterEach(resetCore);

  for (const { file, kind, lang } of FEEDS) {
    it(`<post-card src="${file}"> (${kind}): the first item, titled, linked and dated as the suite expects`, async () => {
      const src = api(`real-feeds/${file}`);
      const el = await fixture<PostCardElement>(html`<post-card src=${src} loading="eager"></post-card>`);
      await reach(el, 'ready');
      const [first] = (await suiteItems(file, src))!;
      expect(part(el, 'title')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(first.title);
      expect(part<HTMLAnchorElement>(el, 'link')!.href).to.equal(first.link);
      const datetime = part(el, 'date')?.getAttribute('datetime');
      if (first.date) expect(sameInstant(datetime!, first.date), `${datetime} vs ${first.date}`).to.equal(true);
      expect(part(el, 'card')!.getAttribute('lang') ?? undefined).to.equal(lang);
      expectCleanRender(el, file, first.title);
    });
  }

  it('<post-card post-id> picks the item by its id (Atom `id`), or by its link', async () => {
    const reddit = api('real-feeds/feed-rs/atom_mediarss_reddit_1.xml');
    const third = (await suiteItems('feed-rs/atom_mediarss_reddit_1.xml', reddit))![2];
    const byGuid = await fixture<PostCardElement>(html`<post-card src=${reddit} post-id=${third.id!} loading="eager"></post-card>`);
    await reach(byGuid, 'ready');
    expect(part(byGuid, 'title')!.textContent!.trim()).to.equal(third.title);
    const guardian = api('real-feeds/rss-parser/guardian.rss');
    const fourth = (await suiteItems('rss-parser/guardian.rss', guardian))![3];
    const byLink = await fixture<PostCardElement>(html`<post-card src=${guardian} post-id=${fourth.link!} loading="eager"></post-card>`);
    await reach(byLink, 'ready');
    expect(part(byLink, 'title')!.textContent!.trim()).to.equal(fourth.title);
    expect(part<HTMLAnchorElement>(byLink, 'link')!.href).to.equal(fourth.link);
  });

  it('<related-posts src> lists a feed’s items, each linked once, in the feed’s order', async () => {
    const src = api('real-feeds/rss-parser/reddit.rss');
    const el = await fixture<RelatedPostsElement>(html`<related-posts src=${src} limit="100" loading="eager"></related-posts>`);
    await reach(el, 'ready');
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="link"]')].map((anchor) => anchor.href);
    const expected = [...new Set((await suiteItems('rss-parser/reddit.rss', src))!.map((item) => item.link))];
    expect(links).to.deep.equal(expected);
    expectCleanRender(el, 'reddit.rss');
  });

  it('an Arabic feed’s card is in Arabic, right to left', async () => {
    const docs = {
      feed: {
        type: 'application/rss+xml',
        body: '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>ملاحظات الميناء</title><link>https://harbour.example/ar/</link><language>ar</language><item><title>المد والجزر</title><link>https://harbour.example/ar/1</link><pubDate>Fri, 01 Mar 2024 08:00:00 GMT</pubDate></item></channel></rss>',
      },
    };
    const { id } = await (await fetch('/api/__echo', { method: 'POST', body: JSON.stringify({ docs }) })).json();
    const el = await fixture<PostCardElement>(html`<post-card src=${new URL(`/api/__echo/${id}/feed`, location.href).href} loading="eager"></post-card>`);
    await reach(el, 'ready');
    const card = part(el, 'card')!;
    expect(card.getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle(card).direction).to.equal('rtl');
  });

  it('a feed that is not well-formed shows the error state, without a retry (trying again cannot mend it)', async () => {
    const el = await fixture<PostCardElement>(html`<post-card src=${api('real-feeds/feed-rs/rss_2.0_invalid_1.xml')} loading="eager"><a href="https://example.org/">Fallback</a></post-card>`);
    await reach(el, 'error');
    expect(el.error?.code).to.equal('malformed');
    expect(part(el, 'error')).to.not.equal(null);
    expect(part(el, 'retry')).to.equal(null);
  });

  it('the fixture blog’s own RSS and Atom feeds (as WordPress writes them) give the same card as its JSON Feed', async () => {
    const cards = await Promise.all(
      ['feed.json', 'feed/', 'feed/atom/'].map((path) => fixture<PostCardElement>(html`<post-card src=${api(path)} loading="eager"></post-card>`)),
    );
    for (const el of cards) await reach(el, 'ready');
    const seen = cards.map((el) => [part(el, 'title')!.textContent!.trim(), part<HTMLAnchorElement>(el, 'link')!.href, Date.parse(part(el, 'date')!.getAttribute('datetime')!)]);
    expect(seen[1], 'RSS').to.deep.equal(seen[0]);
    expect(seen[2], 'Atom').to.deep.equal(seen[0]);
    expect(part<HTMLImageElement>(cards[1], 'image')?.getAttribute('src')).to.equal(part<HTMLImageElement>(cards[0], 'image')?.getAttribute('src'));
  });
});
