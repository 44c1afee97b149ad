/**
 * The fixture blog's feeds as WordPress writes them: RSS 2.0 at `/api/feed/` (English) and `/api/ar/feed/`
 * (Arabic, `<language>ar</language>`), Atom 1.0 at `/api/feed/atom/`. Titles are escaped text, content is HTML in
 * CDATA (`content:encoded`), dates are RFC 822 (RSS) and RFC 3339 (Atom), the featured image is a `media:content`.
 */

import { POSTS, SITE, findMedia, findTerm, findUser } from '../data/blog.mjs';
import { rfc3339 } from '../lib/dates.mjs';
import { send } from '../lib/http.mjs';
import { escapeHtml, firstWords, plainText } from '../lib/text.mjs';
import { postPermalink, sizedFile, uploadUrl } from '../lib/wordpress-objects.mjs';

const SUMMARY_WORDS = 40;

export const routes = [
  { path: '/feed', handler: (ctx) => sendFeed(ctx.res, rss(ctx.apiBase, 'en'), 'application/rss+xml') },
  { path: '/ar/feed', handler: (ctx) => sendFeed(ctx.res, rss(ctx.apiBase, 'ar'), 'application/rss+xml') },
  { path: '/feed/atom', handler: (ctx) => sendFeed(ctx.res, atom(ctx.apiBase, 'en'), 'application/atom+xml') },
];

const sendFeed = (res, body, type) => send(res, 200, body, { 'Content-Type': `${type}; charset=UTF-8` });
/** XML's escapes, for text and attribute values. */
const xml = (text) => escapeHtml(String(text));
const cdata = (html) => `<![CDATA[${String(html).replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
/** RFC 822, as WordPress writes `pubDate` (`Thu, 04 Dec 2025 08:15:00 +0000`). */
const rfc822 = (gmt) => new Date(rfc3339(gmt)).toUTCString().replace('GMT', '+0000');

function postFields(post, api) {
  const media = findMedia(post.media);
  return {
    link: postPermalink(post),
    author: findUser(post.author)?.name,
    summary: post.excerpt ?? firstWords(plainText(post.content), SUMMARY_WORDS, '…'),
    image: media && { url: uploadUrl(api, sizedFile(media.file, 1024, Math.round((1024 * media.height) / media.width))), width: 1024, height: Math.round((1024 * media.height) / media.width) },
    terms: [...post.categories, ...post.tags].map((id) => findTerm(id).name),
  };
}

function rss(api, lang) {
  const { home, feedTitle } = SITE.languages[lang];
  const items = POSTS.filter((post) => post.lang === lang).map((post) => {
    const { link, author, summary, image, terms } = postFields(post, api);
    return `
	<item>
		<title>${xml(post.title)}</title>
		<link>${xml(link)}</link>
${author ? `		<dc:creator>${cdata(author)}</dc:creator>
` : ''}		<pubDate>${rfc822(post.published)}</pubDate>
${terms.map((name) => `		<category>${cdata(name)}</category>`).join('\n')}
		<guid isPermaLink="false">${xml(`${SITE.url}/?p=${post.id}`)}</guid>
		<description>${cdata(summary)}</description>
		<content:encoded>${cdata(post.content)}</content:encoded>
${image ? `		<media:content url="${xml(image.url)}" medium="image" width="${image.width}" height="${image.height}"/>` : ''}
	</item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:media="http://search.yahoo.com/mrss/">
<channel>
	<title>${xml(feedTitle)}</title>
	<atom:link href="${xml(`${api}${lang === 'ar' ? '/ar' : ''}/feed/`)}" rel="self" type="application/rss+xml"/>
	<link>${xml(home)}</link>
	<description>${xml(SITE.description)}</description>
	<language>${lang}</language>${items.join('')}
</channel>
</rss>
`;
}

function atom(api, lang) {
  const { home, feedTitle } = SITE.languages[lang];
  const posts = POSTS.filter((post) => post.lang === lang);
  const entries = posts.map((post) => {
    const { link, author, summary, terms } = postFields(post, api);
    return `
	<entry>
${author ? `		<author><name>${xml(author)}</name></author>
` : ''}		<title type="html">${cdata(post.title)}</title>
		<link rel="alternate" type="text/html" href="${xml(link)}"/>
		<id>${xml(`${SITE.url}/?p=${post.id}`)}</id>
		<updated>${rfc3339(post.modified)}</updated>
		<published>${rfc3339(post.published)}</published>
${terms.map((name) => `		<category scheme="${xml(home)}" term="${xml(name)}"/>`).join('\n')}
		<summary type="html">${cdata(summary)}</summary>
		<content type="html" xml:base="${xml(link)}">${cdata(post.content)}</content>
	</entry>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
	<title type="text">${xml(feedTitle)}</title>
	<updated>${rfc3339(posts[0].modified)}</updated>
	<link rel="alternate" type="text/html" href="${xml(home)}"/>
	<id>${xml(`${api}/feed/atom/`)}</id>
	<link rel="self" type="application/atom+xml" href="${xml(`${api}/feed/atom/`)}"/>${entries.join('')}
</feed>
`;
}
