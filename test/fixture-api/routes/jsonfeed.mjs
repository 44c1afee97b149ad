/**
 * JSON Feed (https://www.jsonfeed.org/version/1.1/): `/api/feed.json` (English), `/api/ar/feed.json`
 * (Arabic, `"language": "ar"`), and `/api/feed-1.0.json`, the English feed in version 1's shape (a single
 * `author` object, no `authors` or `language`). Titles and summaries are plain text; `content_html` is HTML.
 */

import { POSTS, SITE, findMedia, findTerm, findUser } from '../data/blog.mjs';
import { rfc3339 } from '../lib/dates.mjs';
import { json } from '../lib/http.mjs';
import { firstWords, plainText } from '../lib/text.mjs';
import { avatarUrl, postPermalink, sizedFile, uploadUrl } from '../lib/wordpress-objects.mjs';

const FEED_HEADERS = { 'Content-Type': 'application/feed+json; charset=utf-8' };
const SUMMARY_WORDS = 40;
/** The BBC report the main post discusses: JSON Feed's `external_url` for a post about another page. */
const BBC_REPORT = 'https://www.bbc.com/news/articles/c86v52gv726o';
const EXTERNAL_URLS = { 42: BBC_REPORT, 52: BBC_REPORT };

export const routes = [
  { path: '/feed.json', handler: (ctx) => json(ctx.res, 200, feed(ctx.apiBase, 'en', '1.1'), FEED_HEADERS) },
  { path: '/ar/feed.json', handler: (ctx) => json(ctx.res, 200, feed(ctx.apiBase, 'ar', '1.1'), FEED_HEADERS) },
  { path: '/feed-1.0.json', handler: (ctx) => json(ctx.res, 200, feed(ctx.apiBase, 'en', '1'), FEED_HEADERS) },
];

function feed(api, lang, version) {
  const isV1 = version === '1';
  const { home, feedTitle } = SITE.languages[lang];
  const siteAuthor = { name: SITE.name, url: home, avatar: avatarUrl(api, 'florin-blog', 512) };
  const feedPath = isV1 ? '/feed-1.0.json' : lang === 'ar' ? '/ar/feed.json' : '/feed.json';
  return {
    version: `https://jsonfeed.org/version/${version}`,
    title: feedTitle,
    home_page_url: home,
    feed_url: `${api}${feedPath}`,
    description: SITE.description,
    icon: avatarUrl(api, 'florin-blog', 512),
    favicon: avatarUrl(api, 'florin-blog', 64),
    ...(isV1 ? { author: siteAuthor } : { authors: [siteAuthor], language: lang }),
    items: POSTS.filter((post) => post.lang === lang).map((post) => item(post, api, isV1)),
  };
}

function item(post, api, isV1) {
  const user = findUser(post.author);
  const author = user && { name: user.name, url: `${SITE.url}/author/${user.slug}/`, avatar: avatarUrl(api, user.slug, 96) };
  const media = findMedia(post.media);
  return {
    id: `${SITE.url}/?p=${post.id}`,
    url: postPermalink(post),
    ...(EXTERNAL_URLS[post.id] && { external_url: EXTERNAL_URLS[post.id] }),
    title: post.title,
    content_html: post.content,
    summary: post.excerpt ?? firstWords(plainText(post.content), SUMMARY_WORDS, '…'),
    ...(media && {
      image: uploadUrl(api, sizedFile(media.file, 1024, Math.round((1024 * media.height) / media.width))),
      banner_image: uploadUrl(api, media.file),
    }),
    date_published: rfc3339(post.published),
    date_modified: rfc3339(post.modified),
    ...(author && (isV1 ? { author } : { authors: [author] })),
    tags: [...post.categories, ...post.tags].map((id) => findTerm(id).name),
  };
}
