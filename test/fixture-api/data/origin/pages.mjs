/**
 * Pages of the fixture origin, each described by the metadata its publisher puts in the `<head>`.
 * `{origin}` stands for the origin's own base URL (`http://localhost:8081`), filled in per request.
 * Titles and URLs of the BBC source and the Florin.blog post come from the seed; all other text is
 * written for the fixture, and the BBC page is a stand-in, not the BBC's article.
 *
 * A page has: `lang`/`dir` (`<html>`), `title` (`<title>`), `meta` (`[attribute, key, content]`
 * triples), `links` (`<link>` attributes), `jsonLd` (one `<script type="application/ld+json">`),
 * `linkHeader` (an HTTP `Link` header) and `body` (paragraphs of plain text).
 */

const FLORIN = 'https://florin.blog';
const FLORIN_EN = `${FLORIN}/chinese-open-source-ai-models-cheap-deployable/`;
const FLORIN_AR = `${FLORIN}/ar/chinese-open-source-ai-models-ar/`;
const BBC = 'https://www.bbc.com/news/articles/c86v52gv726o';
const TITLE_EN = 'Are Chinese open-source AI models ‘winning’ by being cheap and deployable?';
const TITLE_AR = 'هل نماذج الذكاء الاصطناعي الصينية مفتوحة المصدر “تفوز” لكونها رخيصة وسهلة النشر؟';

/** WordPress advertises its oEmbed endpoint for a permalink in both formats. */
function wordPressDiscovery(permalink) {
  const endpoint = `{origin}/wp-json/oembed/1.0/embed?url=${encodeURIComponent(permalink)}`;
  return [
    { rel: 'alternate', type: 'application/json+oembed', href: endpoint },
    { rel: 'alternate', type: 'text/xml+oembed', href: `${endpoint}&format=xml` },
  ];
}

/**
 * A Florin.blog post page as WordPress with Yoast SEO writes its head: Open Graph, an author meta,
 * both oEmbed discovery links, and JSON-LD as one `@graph` whose nodes refer to each other by `@id`.
 */
function florinPost({ path, lang, dir, permalink, translation, title, description, section, published, modified, imageAlt, body }) {
  const locale = { en: 'en_US', ar: 'ar_AR' };
  const otherLang = lang === 'ar' ? 'en' : 'ar';
  return {
    path,
    lang: lang === 'en' ? 'en-US' : lang,
    dir,
    title: `${title} - Florin.blog`,
    links: [
      { rel: 'canonical', href: permalink },
      { rel: 'alternate', hreflang: otherLang, href: translation },
      ...wordPressDiscovery(permalink),
    ],
    meta: [
      ['name', 'description', description],
      ['property', 'og:locale', locale[lang]],
      ['property', 'og:locale:alternate', locale[otherLang]],
      ['property', 'og:type', 'article'],
      ['property', 'og:title', title],
      ['property', 'og:description', description],
      ['property', 'og:url', permalink],
      ['property', 'og:site_name', 'Florin.blog'],
      ['property', 'article:section', section],
      ['property', 'article:published_time', published],
      ['property', 'article:modified_time', modified],
      ['property', 'og:image', '{origin}/images/open-models-network.svg'],
      ['property', 'og:image:width', '1600'],
      ['property', 'og:image:height', '900'],
      ...(imageAlt ? [['property', 'og:image:alt', imageAlt]] : []),
      ['name', 'author', 'Admin'],
      ['name', 'twitter:card', 'summary_large_image'],
    ],
    jsonLd: {
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'BlogPosting',
          '@id': `${permalink}#article`,
          isPartOf: { '@id': permalink },
          author: { '@id': `${FLORIN}/#/schema/person/admin` },
          headline: title,
          datePublished: published,
          dateModified: modified,
          mainEntityOfPage: { '@id': permalink },
          publisher: { '@id': `${FLORIN}/#organization` },
          image: { '@id': `${permalink}#primaryimage` },
          articleSection: [section],
          inLanguage: lang,
        },
        { '@type': 'WebPage', '@id': permalink, url: permalink, name: `${title} - Florin.blog`, description, inLanguage: lang },
        {
          '@type': 'ImageObject',
          '@id': `${permalink}#primaryimage`,
          url: '{origin}/images/open-models-network.svg',
          width: 1600,
          height: 900,
        },
        { '@type': 'Organization', '@id': `${FLORIN}/#organization`, name: 'Florin.blog', url: `${FLORIN}/` },
        { '@type': 'Person', '@id': `${FLORIN}/#/schema/person/admin`, name: 'Admin' },
      ],
    },
    body,
  };
}

export const PAGES = [
  {
    path: '/news/articles/c86v52gv726o',
    lang: 'en-GB',
    title: 'US companies turn to Chinese open-source AI to cut costs - BBC News',
    links: [{ rel: 'canonical', href: BBC }],
    meta: [
      ['name', 'description', 'Open-weight models from Chinese labs are cheap to run and easy to adapt, and American firms are taking notice.'],
      ['property', 'og:title', 'US companies turn to Chinese open-source AI to cut costs'],
      ['property', 'og:description', 'Open-weight models from Chinese labs are cheap to run and easy to adapt, and American firms are taking notice.'],
      ['property', 'og:type', 'article'],
      ['property', 'og:url', BBC],
      ['property', 'og:site_name', 'BBC News'],
      ['property', 'og:locale', 'en_GB'],
      ['property', 'og:image', '{origin}/images/bbc-open-models.svg'],
      ['property', 'og:image:width', '1024'],
      ['property', 'og:image:height', '576'],
      ['property', 'og:image:alt', 'Coloured gradient standing in for the article’s photograph'],
      ['property', 'article:section', 'Technology'],
      ['property', 'article:published_time', '2025-12-01T06:05:00.000Z'],
      ['property', 'article:modified_time', '2025-12-01T11:40:00.000Z'],
      ['name', 'twitter:card', 'summary_large_image'],
      ['name', 'twitter:site', '@BBCNews'],
    ],
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      url: BBC,
      headline: 'US companies turn to Chinese open-source AI to cut costs',
      datePublished: '2025-12-01T06:05:00.000Z',
      dateModified: '2025-12-01T11:40:00.000Z',
      author: [{ '@type': 'Organization', name: 'BBC News' }],
      publisher: { '@type': 'NewsMediaOrganization', name: 'BBC News' },
      articleSection: 'Technology',
      inLanguage: 'en-GB',
    },
    body: [
      'Fixture text. American businesses that once defaulted to proprietary AI services are trying open-weight models published by Chinese laboratories.',
      'Engineers say the draw is practical: the models can be downloaded, tuned on company data and hosted on their own machines, at a fraction of the price of paid APIs.',
      'The trend raises questions about security reviews and licensing, which companies say they handle by running the models in-house.',
    ],
  },

  florinPost({
    path: '/chinese-open-source-ai-models-cheap-deployable/',
    lang: 'en',
    permalink: FLORIN_EN,
    translation: FLORIN_AR,
    title: TITLE_EN,
    description:
      'Why open-weight models from Chinese labs keep showing up inside American products, and what that says about the AI race.',
    section: 'Technology',
    published: '2025-12-03T07:40:00+00:00',
    modified: '2026-01-12T09:05:00+00:00',
    body: [
      'Fixture copy of the post. Cheap, adaptable open models are becoming the default starting point for many product teams.',
      'Sources: BBC News (Technology): https://www.bbc.com/news/articles/c86v52gv726o?at_medium=RSS&at_campaign=rss',
    ],
  }),

  florinPost({
    path: '/ar/chinese-open-source-ai-models-ar/',
    lang: 'ar',
    dir: 'rtl',
    permalink: FLORIN_AR,
    translation: FLORIN_EN,
    title: TITLE_AR,
    description:
      'لماذا تظهر النماذج المفتوحة الأوزان من المختبرات الصينية في منتجات أمريكية، وماذا يعني ذلك لسباق الذكاء الاصطناعي.',
    section: 'تقنية',
    published: '2025-12-04T08:15:00+00:00',
    modified: '2026-01-12T09:20:00+00:00',
    imageAlt: 'تدرّج لوني يرمز إلى شبكة من النماذج المفتوحة',
    body: [
      'نسخة تجريبية من المقالة: صارت النماذج المفتوحة الرخيصة نقطة انطلاق لفرق كثيرة تبني منتجاتها.',
      'المصادر: BBC News (Technology): https://www.bbc.com/news/articles/c86v52gv726o?at_medium=RSS&at_campaign=rss',
    ],
  }),

  // Media pages, each discoverable in one way only.
  {
    path: '/videos/sunrise-over-the-dunes',
    lang: 'en',
    title: 'Sunrise over the dunes (time-lapse)',
    linkHeader: [{ rel: 'alternate', type: 'application/json+oembed', href: '{origin}/oembed?url={origin}/videos/sunrise-over-the-dunes' }],
    body: ['A four-minute time-lapse of first light moving across a dune field.'],
  },
  {
    path: '/photos/peat-bog-morning',
    lang: 'en',
    title: 'Morning mist over a raised peat bog',
    links: [{ rel: 'alternate', type: 'text/xml+oembed', href: '{origin}/oembed?url={origin}/photos/peat-bog-morning&format=xml' }],
    body: ['Mist lifting off sphagnum moss an hour after sunrise.'],
  },

  // One metadata source per page, to see each on its own.
  {
    path: '/samples/open-graph',
    meta: [
      ['property', 'og:title', 'Heat pumps keep working at minus twenty'],
      ['property', 'og:description', 'Field data from Nordic homes shows steady output through the coldest weeks.'],
      ['property', 'og:type', 'article'],
      ['property', 'og:site_name', 'Open Graph Sample'],
      ['property', 'og:locale', 'nb_NO'],
      ['property', 'og:url', '{origin}/samples/open-graph?ref=canonical'],
      ['property', 'og:image', '/images/heat-pump.svg'],
      ['property', 'og:image:width', '800'],
      ['property', 'og:image:height', '450'],
      ['property', 'og:image:alt', 'Outdoor unit of a heat pump in snow'],
      ['property', 'article:published_time', '2026-01-20T08:00:00+01:00'],
      ['property', 'article:section', 'Energy'],
    ],
  },
  {
    path: '/samples/twitter-card',
    meta: [
      ['name', 'twitter:card', 'summary_large_image'],
      ['name', 'twitter:title', 'Urban foxes learn the bus timetable'],
      ['name', 'twitter:description', 'Night cameras suggest foxes time their street crossings to the traffic.'],
      ['name', 'twitter:image', '{origin}/images/urban-fox.svg'],
      ['name', 'twitter:image:alt', 'A fox crossing a lit street at night'],
    ],
  },
  {
    path: '/samples/json-ld',
    jsonLd: {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', '@id': '{origin}/samples/json-ld', url: '{origin}/samples/json-ld', inLanguage: 'de-DE' },
        {
          '@type': 'NewsArticle',
          headline: 'Neue Akku-Regeln für E-Bikes',
          description: 'Was die neuen Vorschriften für Besitzer von E-Bikes bedeuten.',
          datePublished: '2026-02-02T10:30:00+01:00',
          dateModified: '2026-02-03T09:00:00+01:00',
          author: [{ '@id': '#greta' }, { '@type': 'Person', name: 'Daniel Okafor' }],
          publisher: { '@type': 'Organization', name: 'JSON-LD Sample' },
          articleSection: ['Verkehr', 'Technik'],
          image: { '@type': 'ImageObject', url: '/images/e-bike.svg', width: 960, height: 540 },
          mainEntityOfPage: { '@id': '{origin}/samples/json-ld' },
        },
        { '@type': 'Person', '@id': '#greta', name: 'Greta Lindqvist' },
      ],
    },
  },
  {
    path: '/samples/plain',
    lang: 'ar',
    title: 'حين تمطر الصحراء',
    meta: [['name', 'description', 'كيف تستيقظ البذور النائمة بعد سنوات من الجفاف.']],
  },
  {
    path: '/samples/oembed-only',
    links: [{ rel: 'alternate', type: 'application/json+oembed', href: '/oembed?url={origin}/samples/oembed-only' }],
  },
];
