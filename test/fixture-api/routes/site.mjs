/**
 * Florin.blog's post pages as WordPress serves them, with this API as the site root (`/api/` stands for
 * `https://florin.blog/`), for clients that start from a permalink and discover the REST API from it:
 *
 *   /{slug}/, /ar/{slug}/   a post's page (pretty permalinks): the `Link: <…/wp-json/>; rel="https://api.w.org/"`
 *                           header WordPress sends on every page (`rest_output_link_header`), and in the head the
 *                           same link, the post's own REST route (`rel="alternate" type="application/json"`,
 *                           since WordPress 5.5), the canonical permalink and both oEmbed discovery links.
 *   /?p={id}                the same page as a site without pretty permalinks serves it: the REST links name
 *                           the route in `?rest_route=` (`/?rest_route=/`), and no `Link` header is sent.
 *   /?rest_route={route}    the REST API without pretty permalinks (answered by fixture-api.mjs as /wp-json{route}).
 *
 * Other paths answer the fixture API's JSON 404. The page body is the post's title and excerpt, nothing more.
 */

import { POSTS } from '../data/blog.mjs';
import { json, send } from '../lib/http.mjs';
import { escapeHtml, plainText } from '../lib/text.mjs';
import { postPermalink } from '../lib/wordpress-objects.mjs';

function postPage({ res, apiBase }, post, { pretty }) {
  const permalink = postPermalink(post);
  const root = pretty ? `${apiBase}/wp-json/` : `${apiBase}/?rest_route=/`;
  const route = pretty ? `${apiBase}/wp-json/wp/v2/posts/${post.id}` : `${apiBase}/?rest_route=/wp/v2/posts/${post.id}`;
  const oembed = `${apiBase}/wp-json/oembed/1.0/embed?url=${encodeURIComponent(permalink)}`;
  const title = plainText(post.title);
  const html = `<!doctype html>
<html lang="${post.lang === 'ar' ? 'ar' : 'en-US'}"${post.lang === 'ar' ? ' dir="rtl"' : ''}>
<head>
<meta charset="UTF-8">
<title>${escapeHtml(title)} - Florin.blog</title>
<link rel="https://api.w.org/" href="${escapeHtml(root)}">
<link rel="alternate" title="JSON" type="application/json" href="${escapeHtml(route)}">
<link rel="canonical" href="${escapeHtml(permalink)}">
<link rel="alternate" title="oEmbed (JSON)" type="application/json+oembed" href="${escapeHtml(oembed)}">
<link rel="alternate" title="oEmbed (XML)" type="text/xml+oembed" href="${escapeHtml(`${oembed}&format=xml`)}">
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(plainText(post.excerpt ?? ''))}</p>
</main>
</body>
</html>
`;
  const headers = { 'Content-Type': 'text/html; charset=UTF-8' };
  if (pretty) headers.Link = `<${root}>; rel="https://api.w.org/", <${route}>; rel="alternate"; title="JSON"; type="application/json"`;
  send(res, 200, html, headers);
}

/** Not a post: the fixture API's usual 404 (as for any path it does not serve). */
function notFound({ res, url }) {
  json(res, 404, { error: 'not_found', message: `No fixture at ${url.pathname}` });
}

const bySlug = (lang) => (ctx) => {
  const post = POSTS.find((candidate) => candidate.lang === lang && candidate.slug === ctx.params.slug);
  return post ? postPage(ctx, post, { pretty: true }) : notFound(ctx);
};

export const routes = [
  {
    path: '/',
    handler: (ctx) => {
      const post = POSTS.find((candidate) => String(candidate.id) === ctx.query.get('p'));
      return post ? postPage(ctx, post, { pretty: false }) : notFound(ctx);
    },
  },
  { path: '/ar/:slug', handler: bySlug('ar') },
  { path: '/:slug', handler: bySlug('en') },
];
