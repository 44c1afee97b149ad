import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestOrigin } from './helpers/origin.mjs';
import { eventually, route, testProxy } from './helpers/proxy.mjs';

describe('GET /meta', () => {
  let origin;
  let proxy;
  const meta = async (path) => {
    const response = await proxy.get(route('meta', `${origin.url}${path}`));
    assert.equal(response.status, 200, path);
    assert.match(response.headers.get('content-type'), /^application\/json/);
    return response.json();
  };

  before(async () => {
    origin = await startTestOrigin();
    proxy = testProxy();
  });
  after(() => origin.close());

  it('answers the exact shape for the Arabic Florin.blog post (OG, JSON-LD graph, html lang and dir)', async () => {
    assert.deepEqual(await meta('/ar/chinese-open-source-ai-models-ar/'), {
      url: `${origin.url}/ar/chinese-open-source-ai-models-ar/`,
      canonicalUrl: 'https://florin.blog/ar/chinese-open-source-ai-models-ar/',
      title: 'هل نماذج الذكاء الاصطناعي الصينية مفتوحة المصدر “تفوز” لكونها رخيصة وسهلة النشر؟',
      description:
        'لماذا تظهر النماذج المفتوحة الأوزان من المختبرات الصينية في منتجات أمريكية، وماذا يعني ذلك لسباق الذكاء الاصطناعي.',
      siteName: 'Florin.blog',
      author: 'Admin',
      authors: ['Admin'],
      published: '2025-12-04T08:15:00.000Z',
      modified: '2026-01-12T09:20:00.000Z',
      language: 'ar',
      dir: 'rtl',
      type: 'article',
      section: 'تقنية',
      image: {
        url: `${origin.url}/images/open-models-network.svg`,
        width: 1600,
        height: 900,
        alt: 'تدرّج لوني يرمز إلى شبكة من النماذج المفتوحة',
      },
    });
  });

  it('describes the seed’s BBC source as a citation needs it', async () => {
    const bbc = await meta('/news/articles/c86v52gv726o');
    assert.equal(bbc.canonicalUrl, 'https://www.bbc.com/news/articles/c86v52gv726o');
    assert.equal(bbc.siteName, 'BBC News');
    assert.equal(bbc.section, 'Technology');
    assert.equal(bbc.type, 'article');
    assert.equal(bbc.language, 'en-GB');
    assert.equal(bbc.published, '2025-12-01T06:05:00.000Z');
  });

  it('reads Open Graph alone: image size and alt, locale, relative image URL, dates with offsets', async () => {
    assert.deepEqual(await meta('/samples/open-graph'), {
      url: `${origin.url}/samples/open-graph`,
      canonicalUrl: `${origin.url}/samples/open-graph?ref=canonical`,
      title: 'Heat pumps keep working at minus twenty',
      description: 'Field data from Nordic homes shows steady output through the coldest weeks.',
      siteName: 'Open Graph Sample',
      published: '2026-01-20T07:00:00.000Z',
      language: 'nb-NO',
      dir: 'ltr',
      type: 'article',
      section: 'Energy',
      image: { url: `${origin.url}/images/heat-pump.svg`, width: 800, height: 450, alt: 'Outdoor unit of a heat pump in snow' },
    });
  });

  it('reads a Twitter card alone', async () => {
    assert.deepEqual(await meta('/samples/twitter-card'), {
      url: `${origin.url}/samples/twitter-card`,
      title: 'Urban foxes learn the bus timetable',
      description: 'Night cameras suggest foxes time their street crossings to the traffic.',
      image: { url: `${origin.url}/images/urban-fox.svg`, alt: 'A fox crossing a lit street at night' },
    });
  });

  it('reads JSON-LD alone, following @id references in the graph', async () => {
    assert.deepEqual(await meta('/samples/json-ld'), {
      url: `${origin.url}/samples/json-ld`,
      canonicalUrl: `${origin.url}/samples/json-ld`,
      title: 'Neue Akku-Regeln für E-Bikes',
      description: 'Was die neuen Vorschriften für Besitzer von E-Bikes bedeuten.',
      siteName: 'JSON-LD Sample',
      author: 'Greta Lindqvist, Daniel Okafor',
      authors: ['Greta Lindqvist', 'Daniel Okafor'],
      published: '2026-02-02T09:30:00.000Z',
      modified: '2026-02-03T08:00:00.000Z',
      language: 'de-DE',
      dir: 'ltr',
      type: 'article',
      section: 'Verkehr',
      image: { url: `${origin.url}/images/e-bike.svg`, width: 960, height: 540 },
    });
  });

  it('falls back to <title>, <meta name=description> and <html lang>, deriving the direction', async () => {
    assert.deepEqual(await meta('/samples/plain'), {
      url: `${origin.url}/samples/plain`,
      title: 'حين تمطر الصحراء',
      description: 'كيف تستيقظ البذور النائمة بعد سنوات من الجفاف.',
      language: 'ar',
      dir: 'rtl',
    });
  });

  it('fills what the page lacks from its oEmbed', async () => {
    assert.deepEqual(await meta('/samples/oembed-only'), {
      url: `${origin.url}/samples/oembed-only`,
      title: 'Desert seeds wake after the first rain in years',
      siteName: 'oEmbed Sample',
      author: 'Daniel Okafor',
      authors: ['Daniel Okafor'],
      image: { url: `${origin.url}/images/desert-bloom.svg`, width: 480, height: 270 },
    });
  });

  it('prefers the page’s own metadata over its oEmbed', async () => {
    const post = await meta('/chinese-open-source-ai-models-cheap-deployable/');
    // The page names no image alt and the oEmbed has a title of its own: the page still wins.
    assert.equal(post.title, 'Are Chinese open-source AI models ‘winning’ by being cheap and deployable?');
    assert.equal(post.author, 'Admin');
    assert.equal(post.image.url, `${origin.url}/images/open-models-network.svg`);
    assert.equal(post.language, 'en-US');
  });

  it('reads only the head: a page whose head never ends is cut at 1 MB and still described', async () => {
    const page = await meta('/faults/huge-head');
    assert.equal(page.title, 'Endless head');
    assert.equal(page.language, 'en');
    assert.ok(await eventually(() => origin.wasCutOff('/faults/huge-head')), 'the origin saw the connection closed early');
  });

  it('answers 404 for a missing page and 422 for a non-HTML page without oEmbed', async () => {
    assert.equal((await proxy.get(route('meta', `${origin.url}/no/such/page`))).status, 404);
    const image = await proxy.get(route('meta', `${origin.url}/images/e-bike.svg`));
    assert.equal(image.status, 422);
  });
});
