/**
 * A page-metadata fixture, answering like the proxy's `/meta` route (src/server/handler.ts) so that
 * `<source-citation endpoint="/api">` can fill its sources offline. Path relative to /api:
 *
 *   /meta?url=…   the `PageMetadata` JSON of a few known pages (below), matched on the URL without its
 *                 query and fragment (`?at_medium=RSS` and the like are tracking, not another page);
 *                 `https://broken.example/…` answers 500, any other URL 404, a missing `url` 400,
 *                 each with the proxy's error body `{ error, message }`.
 *
 * The bodies are what the proxy reads from the fixture origin's pages (data/origin/pages.mjs), with the
 * origin's own image URLs left out; `hostile.example` carries markup and unsafe URLs in every field.
 *
 *   /proxy/oembed?url=…, /proxy/meta?url=…   the two routes of a post-embeds proxy mounted at /api/proxy, for
 *                 the link card: `/proxy/oembed` answers a `link` for each known page (its title, author and site,
 *                 as the proxy's oEmbed of a page without a provider would), `/proxy/meta` as `/meta`. The
 *                 Florin.blog category page also has a description and an image (served by routes/images.mjs).
 */

import { json } from '../lib/http.mjs';

const BBC = 'https://www.bbc.com/news/articles/c86v52gv726o';
const FLORIN_EN = 'https://florin.blog/chinese-open-source-ai-models-cheap-deployable/';
const FLORIN_AR = 'https://florin.blog/ar/chinese-open-source-ai-models-ar/';
const HOSTILE = 'https://hostile.example/article';
const FLORIN_TECHNOLOGY = 'https://florin.blog/category/technology/';
const FLORIN_TECHNOLOGY_AR = 'https://florin.blog/ar/category/technology-ar/';

const PAGES = {
  [BBC]: {
    url: BBC,
    canonicalUrl: BBC,
    title: 'US companies turn to Chinese open-source AI to cut costs',
    description: 'Open-weight models from Chinese labs are cheap to run and easy to adapt, and American firms are taking notice.',
    siteName: 'BBC News',
    author: 'BBC News',
    authors: ['BBC News'],
    published: '2025-12-01T06:05:00.000Z',
    modified: '2025-12-01T11:40:00.000Z',
    language: 'en-GB',
    dir: 'ltr',
    type: 'article',
    section: 'Technology',
  },
  [FLORIN_EN]: {
    url: FLORIN_EN,
    canonicalUrl: FLORIN_EN,
    title: 'Are Chinese open-source AI models ‘winning’ by being cheap and deployable?',
    siteName: 'Florin.blog',
    author: 'Admin',
    authors: ['Admin'],
    published: '2025-12-03T07:40:00.000Z',
    modified: '2026-01-12T09:05:00.000Z',
    language: 'en',
    dir: 'ltr',
    type: 'article',
    section: 'Technology',
  },
  [FLORIN_AR]: {
    url: FLORIN_AR,
    canonicalUrl: FLORIN_AR,
    title: 'هل نماذج الذكاء الاصطناعي الصينية مفتوحة المصدر “تفوز” لكونها رخيصة وسهلة النشر؟',
    siteName: 'Florin.blog',
    author: 'Admin',
    authors: ['Admin'],
    published: '2025-12-04T08:15:00.000Z',
    modified: '2026-01-12T09:20:00.000Z',
    language: 'ar',
    dir: 'rtl',
    type: 'article',
    section: 'تقنية',
  },
  [FLORIN_TECHNOLOGY]: {
    url: FLORIN_TECHNOLOGY,
    canonicalUrl: FLORIN_TECHNOLOGY,
    title: 'Technology – Florin.blog',
    description:
      'Notes on open models, chips and the supply chains behind them: what changes for the people who build, buy and repair technology.',
    siteName: 'Florin.blog',
    language: 'en',
    dir: 'ltr',
    type: 'website',
    image: { url: '{api}/uploads/2025/12/open-models-network-1200x675.svg', width: 1200, height: 675 },
  },
  [FLORIN_TECHNOLOGY_AR]: {
    url: FLORIN_TECHNOLOGY_AR,
    canonicalUrl: FLORIN_TECHNOLOGY_AR,
    title: 'تقنية – Florin.blog',
    description: 'ملاحظات عن النماذج المفتوحة والرقائق وسلاسل الإمداد التي تقف خلفها، وما يتغير لمن يصنع التقنية ويشتريها ويصلحها.',
    siteName: 'Florin.blog',
    language: 'ar',
    dir: 'rtl',
    type: 'website',
    image: { url: '{api}/uploads/2025/12/open-models-network-1200x675.svg', width: 1200, height: 675 },
  },
  [HOSTILE]: {
    url: HOSTILE,
    canonicalUrl: 'javascript:alert(1)',
    title: '<img src=x onerror=alert(1)>Hostile <b>title</b>',
    siteName: '<script>alert(1)</script>Hostile Site',
    author: 'javascript:alert(1)',
    authors: ['javascript:alert(1)', '<i>Eve</i> Mallory'],
    published: 'not a date',
    type: 'article',
    section: '"><svg onload=alert(1)>',
  },
};

/** The URL as the key of `PAGES`: no query, no fragment; `undefined` for anything that is not an http(s) URL. */
function pageKey(value) {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return `${url.origin}${url.pathname}`;
  } catch {
    return undefined;
  }
}

/** The page `query` names, or an error answer; `{api}` in its image becomes this server's API base. */
function findPage(res, query, apiBase) {
  const target = query.get('url');
  const key = target && pageKey(target);
  if (!key) return json(res, 400, { error: 'bad-url', message: 'The `url` parameter is required.' });
  if (new URL(key).hostname === 'broken.example') {
    return json(res, 500, { error: 'internal-error', message: 'Internal error.' });
  }
  const page = PAGES[key];
  if (!page) return json(res, 404, { error: 'not-found', message: 'The upstream answered 404.' });
  return page.image ? { ...page, image: { ...page.image, url: page.image.url.replace('{api}', apiBase) } } : page;
}

const meta = ({ res, query, apiBase }) => {
  const page = findPage(res, query, apiBase);
  if (page) json(res, 200, page);
};

export const routes = [
  { path: '/meta', handler: meta },
  { path: '/proxy/meta', handler: meta },
  {
    path: '/proxy/oembed',
    handler: ({ res, query, apiBase }) => {
      const page = findPage(res, query, apiBase);
      if (!page) return;
      json(res, 200, {
        version: '1.0',
        type: 'link',
        title: page.title,
        ...(page.author && { author_name: page.author }),
        provider_name: page.siteName,
        provider_url: new URL(page.url).origin,
        cache_age: 3600,
      });
    },
  },
];
