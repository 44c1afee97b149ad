import { expect } from '@open-wc/testing';
import type { Citation } from '../../../src/core/citation-model.js';
import { mergeCitation, metaToCitation, nameFromText } from '../../../src/core/adapters/meta.js';
import { citationText, formatCitation } from '../../../src/source-citation/format/index.js';
import { thrown } from '../thrown.js';

const href = 'https://www.bbc.com/news/articles/c86v52gv726o?at_medium=RSS&at_campaign=rss';
const defined = (value: object) => JSON.parse(JSON.stringify(value));

/** What the proxy's /meta answers for a news article (the shape of `PageMetadata`). */
const articleMeta = {
  url: href,
  canonicalUrl: 'https://www.bbc.com/news/articles/c86v52gv726o',
  title: 'Are Chinese open-source AI models winning?',
  description: 'US firms are turning to Chinese open models.',
  siteName: 'BBC News',
  author: 'Zoe Kleinman, BBC News',
  authors: ['Zoe Kleinman', 'BBC News'],
  published: '2025-11-05T06:12:40.000Z',
  modified: '2025-11-05T09:00:00.000Z',
  language: 'en-GB',
  dir: 'ltr',
  type: 'article',
  section: 'Technology',
  image: { url: 'https://ichef.bbci.co.uk/news/1024/image.jpg', width: 1024, height: 576, alt: 'A chip' },
};

describe('metaToCitation (the proxy’s /meta)', () => {
  it('maps a news article: site as container, canonical URL, date, section, language, people and organisations', () => {
    expect(defined(metaToCitation(articleMeta, href))).to.deep.equal({
      id: 'https://www.bbc.com/news/articles/c86v52gv726o',
      type: 'article-newspaper',
      title: 'Are Chinese open-source AI models winning?',
      containerTitle: 'BBC News',
      section: 'Technology',
      authors: [{ family: 'Kleinman', given: 'Zoe' }, { literal: 'BBC News' }],
      issued: { year: 2025, month: 11, day: 5 },
      url: 'https://www.bbc.com/news/articles/c86v52gv726o',
      language: 'en-GB',
    });
  });

  it('calls anything but an article a webpage; reads schema.org article types too', () => {
    expect(metaToCitation({ ...articleMeta, type: 'website' }, href).type).to.equal('webpage');
    expect(metaToCitation({ ...articleMeta, type: undefined }, href).type).to.equal('webpage');
    expect(metaToCitation({ ...articleMeta, type: 'NewsArticle' }, href).type).to.equal('article-newspaper');
  });

  it('reads the comma-joined `author` only when there is no `authors` list', () => {
    expect(metaToCitation({ url: href, author: 'Zoe Kleinman' }, href).authors).to.deep.equal([
      { family: 'Kleinman', given: 'Zoe' },
    ]);
    expect(metaToCitation({ url: href }, href).authors).to.deep.equal([]);
  });

  it('keeps http(s) URLs only, falling back to the page’s own link', () => {
    const hostile = { ...articleMeta, canonicalUrl: 'javascript:alert(1)', url: 'data:text/html,x' };
    expect(metaToCitation(hostile, href).url).to.equal(href);
    expect(metaToCitation({ canonicalUrl: '/news/articles/c86v52gv726o' }, href).url).to.equal(
      'https://www.bbc.com/news/articles/c86v52gv726o',
    );
  });

  it('keeps markup as text and ignores values of the wrong type', () => {
    const citation = metaToCitation(
      { title: '<img src=x onerror=alert(1)>Title', siteName: ['BBC'], authors: 'not a list', published: 'yesterday', language: 42 },
      href,
    );
    expect(defined(citation)).to.deep.equal({
      id: href,
      type: 'webpage',
      title: '<img src=x onerror=alert(1)>Title',
      authors: [],
      url: href,
    });
  });

  it('refuses a body that is not an object', () => {
    for (const body of [null, 'text', [articleMeta]]) {
      expect(thrown(() => metaToCitation(body, href)).code).to.equal('unsupported');
    }
  });
});

describe('nameFromText', () => {
  it('splits people, keeps organisations whole, drops profile links', () => {
    const cases: Record<string, unknown> = {
      'Zoe Kleinman': { family: 'Kleinman', given: 'Zoe' },
      'By Zoe Kleinman': { family: 'Kleinman', given: 'Zoe' },
      'Kleinman, Zoe': { family: 'Kleinman', given: 'Zoe' },
      'Mary Ann Evans': { family: 'Evans', given: 'Mary Ann' },
      'Ludwig van Beethoven': { family: 'van Beethoven', given: 'Ludwig' },
      'Charles de Gaulle': { family: 'de Gaulle', given: 'Charles' },
      'BBC News': { literal: 'BBC News' },
      'Reuters': { literal: 'Reuters' },
      'AFP': { literal: 'AFP' },
      'Associated Press': { literal: 'Associated Press' },
      'Centers for Disease Control and Prevention': { literal: 'Centers for Disease Control and Prevention' },
      'Florin Staff': { literal: 'Florin Staff' },
      'Florin.blog Team': { literal: 'Florin.blog Team' },
      'https://www.facebook.com/bbcnews': undefined,
      'www.example.com/author/zoe': undefined,
      '   ': undefined,
    };
    for (const [text, expected] of Object.entries(cases)) {
      expect(nameFromText(text), text).to.deep.equal(expected);
    }
    // A byline that is the site's own name is the organisation.
    expect(nameFromText('Florin Blog', 'Florin Blog')).to.deep.equal({ literal: 'Florin Blog' });
  });
});

describe('mergeCitation', () => {
  const page: Citation = {
    id: 'page',
    authors: [],
    url: href,
    label: 'BBC News (Technology)',
    containerTitle: 'BBC',
    accessed: { year: 2026, month: 3, day: 5 },
  };

  it('fills what the page left out, and never overrides what it states', () => {
    const merged = mergeCitation(page, metaToCitation(articleMeta, href));
    expect(defined(merged)).to.deep.equal({
      id: 'page',
      type: 'article-newspaper',
      authors: [{ family: 'Kleinman', given: 'Zoe' }, { literal: 'BBC News' }],
      url: href,
      label: 'BBC News (Technology)',
      containerTitle: 'BBC',
      accessed: { year: 2026, month: 3, day: 5 },
      title: 'Are Chinese open-source AI models winning?',
      section: 'Technology',
      issued: { year: 2025, month: 11, day: 5 },
      language: 'en-GB',
    });
    expect(mergeCitation({ ...page, authors: [{ literal: 'The page’s author' }] }, metaToCitation(articleMeta, href)).authors).to.deep.equal([
      { literal: 'The page’s author' },
    ]);
    expect(page.title, 'the base is not modified').to.equal(undefined);
  });

  it('gives the page’s link text and the metadata together to the formatter', () => {
    const merged = mergeCitation(page, metaToCitation(articleMeta, href));
    expect(citationText(formatCitation(merged, 'plain', 'en'))).to.equal(`BBC News (Technology): ${href}`);
    expect(citationText(formatCitation(merged, 'apa', 'en'))).to.equal(
      `Kleinman, Z., & BBC News. (2025, November 5). Are Chinese open-source AI models winning? BBC. ${href}`,
    );
  });
});
