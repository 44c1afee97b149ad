/**
 * Real RSS and Atom feeds (test/fixtures/real/feeds/, SOURCES.md) from two feed parsers' test suites, served as
 * their bytes by the fixture API (`/api/real-feeds/…`), read through the fetch layer (so their declared encodings
 * count) and the adapters, item by item against the values those suites expect: feed-rs's `.serde.json`
 * snapshots and rss-parser's `test/output/*.json`. Expected values are read from those files by the rules written
 * here (a title's text, the first alternate link, the publication date, else the update date), never by our
 * reader. Each kind's agreement is printed; every item must agree, or be listed below with the reason.
 */
import { expect } from '@open-wc/testing';
import { toCollection } from '../../src/core/adapters/index.js';
import { fetchResource } from '../../src/core/fetch/cache.js';
import type { Post } from '../../src/core/model.js';
import { api, resetCore } from '../helpers.js';
import { sameInstant, suiteItems } from './feed-expectations.js';

/** What kind of feed each file is, for the counts per kind. */
const KINDS: Record<string, string> = {
  'rss-parser/guardian.rss': 'news',
  'rss-parser/heraldsun.rss': 'news (ISO-8859-1)',
  'rss-parser/uolNoticias.rss': 'news (Latin-1 bytes, undeclared: UTF-8 as XML says)',
  'rss-parser/encoding.rss': 'news (ISO-8859-1)',
  'rss-parser/heise.atom': 'news (Atom)',
  'rss-parser/instant-article.rss': 'news',
  'feed-rs/rss_2.0_bbc.xml': 'podcast',
  'feed-rs/rss_2.0_spiegel.xml': 'news',
  'feed-rs/rss_2.0_ilgiornale.xml': 'news',
  'feed-rs/rss_2.0_ilmessaggero.xml': 'news',
  'feed-rs/rss_2.0_nbcny.xml': 'news',
  'feed-rs/rss_2.0_wirecutter.xml': 'news (WordPress)',
  'feed-rs/rss_2.0_anchorfm.xml': 'podcast',
  'feed-rs/rss_2.0_nightvale.xml': 'podcast',
  'feed-rs/rss_2.0_spreaker.xml': 'podcast',
  'feed-rs/rss_2.0_ch9.xml': 'podcast',
  'rss-parser/narro.rss': 'podcast',
  'rss-parser/itunes-href.rss': 'podcast',
  'rss-parser/itunes-category.rss': 'podcast',
  'rss-parser/itunes-keywords.rss': 'podcast',
  'rss-parser/itunes-keywords-array.rss': 'podcast',
  'rss-parser/itunes-keywords-astext.rss': 'podcast',
  'rss-parser/item-itunes-episodeType.rss': 'podcast',
  'feed-rs/rss_2.0_ghost_1.xml': 'blog (Ghost)',
  'feed-rs/rss_2.0_ghost_2.xml': 'blog (Ghost)',
  'rss-parser/content-encoded.rss': 'blog (WordPress)',
  'rss-parser/feedburner.atom': 'blog (Blogger, Atom)',
  'feed-rs/rss_2.0_cloudflare.xml': 'blog (Ghost)',
  'feed-rs/rss_2.0_heated.xml': 'blog (Substack)',
  'feed-rs/rss_2.0_element_io.xml': 'blog (WordPress)',
  'feed-rs/rss_2.0_matrix.xml': 'blog',
  'feed-rs/rss_2.0_rps.xml': 'blog (WordPress)',
  'rss-parser/reddit.rss': 'forum',
  'rss-parser/reddit-atom.rss': 'forum (Atom)',
  'rss-parser/reddit-home.rss': 'forum (Atom)',
  'feed-rs/rss_2.0_reddit.xml': 'forum',
  'feed-rs/atom_example_reddit.xml': 'forum (Atom)',
  'feed-rs/atom_mediarss_reddit_1.xml': 'forum (Atom)',
  'feed-rs/atom_mediarss_youtube_1.xml': 'video (Atom)',
  'feed-rs/rss_2.0_vimeo_media.xml': 'video',
  'rss-parser/craigslist.rss': 'RSS 1.0',
  'rss-parser/rss-1.rss': 'RSS 1.0',
  'rss-parser/xml2js-options.rss': 'RSS 1.0',
  'feed-rs/rss_1.0_iso8859.xml': 'RSS 1.0 (ISO-8859-1)',
  'feed-rs/rss_0.91_encoding_1.xml': 'RSS 0.91 (ISO-8859-1)',
  'feed-rs/rss_0.91_encoding_2.xml': 'RSS 0.91 (windows-1252)',
  'feed-rs/rss_2.0_encoding_1.xml': 'encoding',
};

/** Files that are not feeds, or not well-formed: the error a reader gets. */
const FAILING: Record<string, { code: string; why: string }> = {
  'rss-parser/unrecognized.rss': { code: 'malformed', why: 'an HTML error page served as RSS: not one XML document' },
  'feed-rs/rss_2.0_invalid_1.xml': { code: 'malformed', why: 'not well-formed XML' },
};

const FEED_RS = [
  ...['0.91_encoding_1', '0.91_encoding_2', '0.91_missing_id', '0.91_spec_1', '0.92_spec_1'].map((name) => `rss_${name}`),
  ...['biorxiv', 'debian', 'example_1', 'example_2', 'iso8859', 'spec_1', 'spec_2'].map((name) => `rss_1.0_${name}`),
  ...['anchorfm', 'bbc', 'ch9', 'cloudflare', 'dbengines', 'element_io', 'encoding_1', 'example_1', 'example_2', 'example_3', 'example_4', 'example_5', 'example_6', 'ghost_1', 'ghost_2', 'heated', 'ilgiornale', 'ilmessaggero', 'invalid_1', 'kdist', 'matrix', 'nbcny', 'nightvale', 'reddit', 'relurl_1', 'relurl_2', 'rps', 'spec_1', 'spiegel', 'spreaker', 'vimeo_media', 'wirecutter'].map((name) => `rss_2.0_${name}`),
  ...['content_src', 'entry_1', 'example_1', 'example_2', 'example_3', 'example_4', 'example_5', 'example_6', 'example_7', 'example_reddit', 'mediarss_newscred_1', 'mediarss_reddit_1', 'mediarss_youtube_1', 'pub_spec_1', 'relative', 'scattered', 'spec_1', 'xml_base'].map((name) => `atom_${name}`),
].map((name) => `feed-rs/${name}.xml`);

const RSS_PARSER = [
  'atom-customfields.atom', 'content-encoded.rss', 'craigslist.rss', 'customfields.rss', 'encoding.rss', 'feedburner.atom', 'guardian.rss', 'gulp-atom.atom',
  'heise.atom', 'heraldsun.rss', 'incomplete-fields.atom', 'instant-article.rss', 'item-itunes-episodeType.rss', 'itunes-category.rss', 'itunes-href.rss',
  'itunes-keywords-array.rss', 'itunes-keywords-astext.rss', 'itunes-keywords.rss', 'many-links.rss', 'missing-fields.atom', 'narro.rss', 'pagination-links.rss',
  'reddit-atom.rss', 'reddit-home.rss', 'reddit.rss', 'rss-1.rss', 'unrecognized.rss', 'uolNoticias.rss', 'xml2js-options.rss',
].map((name) => `rss-parser/${name}`);

describe('real RSS and Atom feeds (feed-rs and rss-parser suites)', () => {
  afterEach(resetCore);
  const counts: Record<string, { items: number; title: number; link: number; date: number; dated: number }> = {};
  after(() => {
    // The counts per kind, for the change's note.
    console.log(JSON.stringify(counts));
  });

  for (const file of [...FEED_RS, ...RSS_PARSER]) {
    const url = api(`real-feeds/${file}`);
    const failure = FAILING[file];
    it(`${file}: ${failure ? `${failure.code} error (${failure.why})` : 'every item with the title, link and date the suite expects'}`, async () => {
      const resource = await fetchResource(url, { signal: new AbortController().signal });
      const reading = toCollection(resource.body, { url: resource.url });
      if (failure) {
        const error = await reading.then(() => undefined, (caught) => caught);
        expect(error?.code).to.equal(failure.code);
        return;
      }
      const { posts } = await reading;
      const expected = await suiteItems(file, resource.url);
      const kind = KINDS[file] ?? (file.includes('atom') ? 'Atom' : 'RSS');
      const count = (counts[kind] ??= { items: 0, title: 0, link: 0, date: 0, dated: 0 });
      // Every item is listed (a feed item without title and link has nothing to show, and none here lacks both).
      // (An item with neither title nor link in the suite's reading may still have a permalink `guid` here.)
      if (expected) expect(posts.length, 'items').to.be.within(expected.filter((item) => item.title || item.link).length, expected.length);
      posts.forEach((post: Post, index) => {
        const want = expected?.[index];
        const label = `${file} item ${index}`;
        count.items++;
        if (post.published) count.dated++;
        if (!want) return;
        if (want.title) expect(post.title, `${label}: title`).to.equal(want.title);
        else expect(post.title, `${label}: a title from its text or link`).to.be.a('string').and.not.equal('');
        count.title++;
        // Where the suite reads no link, ours is not compared (a permalink `guid` is a link here, as RSS 2.0 says).
        if (want.link) {
          expect(post.url, `${label}: link`).to.equal(want.link);
          count.link++;
        }
        // Where the suite reads no date, ours is not compared (nbcny's `Sat, Dec 16 2023 02:02:33 PM` is read here).
        if (want.date) {
          expect(sameInstant(post.published, want.date), `${label}: date ${post.published} vs ${want.date}`).to.equal(true);
          count.date++;
        }
      });
    });
  }
});
