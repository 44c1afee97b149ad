/**
 * Broken and adversarial responses for tests, under /api/faults/:
 *   status/{code}     a WordPress-style error body with that HTTP status (400–599)
 *   hang              never answers; resolves when the client goes away (no timer involved)
 *   slow?ms=1500      waits `ms` (at most 10000), then answers like /wp-json/wp/v2/posts/42 (honours _embed)
 *   html              200 text/html: a site's home page where JSON was expected
 *   truncated         application/json cut off in the middle of a post
 *   huge              a JSON array of posts of about 6 MB, streamed
 *   not-json-type     a valid JSON post sent as text/plain
 *   hostile           a WordPress post with markup, `javascript:` and `data:` URLs in every string and URL field
 *   minimal           a post with only id, title and link
 *   empty-collection  [] with X-WP-Total: 0
 */

import { STATUS_CODES } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { POSTS, findPost } from '../data/blog.mjs';
import { json, send, sendWordPressError } from '../lib/http.mjs';
import { wordPressPost } from '../lib/wordpress-objects.mjs';
import { embedRelations } from '../lib/wordpress-query.mjs';

const MAX_DELAY_MS = 10_000;
const HUGE_BYTES = 6 * 1024 * 1024;
const SAMPLE_POST_ID = 42;

/** What WordPress (or a plugin) answers with for each status; others get the standard reason phrase. */
const WORDPRESS_ERRORS = {
  400: ['rest_invalid_param', 'Invalid parameter(s): id'],
  401: ['rest_not_logged_in', 'You are not currently logged in.'],
  403: ['rest_forbidden', 'Sorry, you are not allowed to do that.'],
  404: ['rest_no_route', 'No route was found matching the URL and request method.'],
  429: ['rest_too_many_requests', 'Too many requests. Please try again later.'],
  // WordPress's fatal-error handler really puts HTML in `message`.
  500: [
    'internal_server_error',
    '<p>There has been a critical error on this website.</p><p><a href="https://wordpress.org/documentation/article/faq-troubleshooting/">Learn more about troubleshooting WordPress.</a></p>',
  ],
  503: ['rest_maintenance', 'Briefly unavailable for scheduled maintenance. Check back in a minute.'],
};

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const JS_URL = 'javascript:alert(1)';
const DATA_URL = 'data:text/html,<script>alert(1)</script>';

export const routes = [
  {
    path: '/faults/status/:code',
    handler: ({ res, params }) => {
      const status = /^\d{3}$/.test(params.code) ? Number(params.code) : 0;
      if (status < 400 || status > 599) {
        return sendWordPressError(res, 400, 'rest_invalid_param', 'Invalid parameter(s): code', {
          params: { code: 'code must be between 400 (inclusive) and 599 (inclusive)' },
        });
      }
      const [code, message] = WORDPRESS_ERRORS[status] ?? [`http_${status}`, STATUS_CODES[status] ?? 'Error'];
      const headers = status === 429 || status === 503 ? { 'Retry-After': '1' } : {};
      json(res, status, { code, message, data: { status }, ...(status === 500 && { additional_errors: [] }) }, headers);
    },
  },
  {
    path: '/faults/hang',
    // Nothing is written; fixture-api.mjs waits for the client to close the connection.
    handler: () => {},
  },
  {
    path: '/faults/slow',
    handler: async ({ res, query, apiBase }) => {
      const delay = Math.min(MAX_DELAY_MS, Math.max(0, Number.parseInt(query.get('ms') ?? '1500', 10) || 0));
      const finished = await waitUnlessClosed(res, delay);
      if (!finished) return;
      json(res, 200, wordPressPost(findPost(SAMPLE_POST_ID), apiBase, embedRelations(query)));
    },
  },
  {
    path: '/faults/html',
    handler: ({ res }) =>
      send(
        res,
        200,
        `<!DOCTYPE html>
<html lang="en-US">
<head><meta charset="UTF-8"><title>Florin.blog – Notes on technology, nature, climate and the economy</title></head>
<body class="home blog">
<header><a href="https://florin.blog/">Florin.blog</a></header>
<main><h1>Latest posts</h1><p>The REST API is switched off on this site, so you are seeing its home page instead.</p></main>
</body>
</html>
`,
        { 'Content-Type': 'text/html; charset=UTF-8' },
      ),
  },
  {
    path: '/faults/truncated',
    handler: ({ res, apiBase }) => {
      const full = JSON.stringify(wordPressPost(findPost(SAMPLE_POST_ID), apiBase));
      send(res, 200, full.slice(0, Math.floor(full.length / 2)), { 'Content-Type': 'application/json; charset=UTF-8' });
    },
  },
  {
    path: '/faults/huge',
    handler: async ({ res, apiBase }) => {
      res.writeHead(200, { 'Content-Type': 'application/json; charset=UTF-8' });
      try {
        await pipeline(Readable.from(hugePostArray(apiBase)), res);
      } catch {
        // The client stopped reading (a size cap did its job): nothing left to do.
      }
    },
  },
  {
    path: '/faults/not-json-type',
    handler: ({ res, apiBase }) =>
      send(res, 200, JSON.stringify(wordPressPost(findPost(SAMPLE_POST_ID), apiBase)), {
        'Content-Type': 'text/plain; charset=UTF-8',
      }),
  },
  { path: '/faults/hostile', handler: ({ res }) => json(res, 200, hostilePost()) },
  {
    path: '/faults/minimal',
    handler: ({ res }) =>
      json(res, 200, { id: 7, title: { rendered: 'A post with nothing but a title' }, link: 'https://florin.blog/?p=7' }),
  },
  {
    path: '/faults/empty-collection',
    handler: ({ res }) => json(res, 200, [], { 'X-WP-Total': '0', 'X-WP-TotalPages': '0' }),
  },
];

/** Resolves true after `ms`, or false as soon as the client goes away (and the timer is cleared). */
function waitUnlessClosed(res, ms) {
  return new Promise((resolve) => {
    const onClose = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      res.off('close', onClose);
      resolve(true);
    }, ms);
    res.once('close', onClose);
  });
}

/** Yields a JSON array of posts (renumbered copies of the blog's) until it passes HUGE_BYTES. */
function* hugePostArray(apiBase) {
  yield '[';
  let bytes = 1;
  for (let index = 0; bytes < HUGE_BYTES; index++) {
    const post = wordPressPost(POSTS[index % POSTS.length], apiBase);
    const chunk = `${index ? ',' : ''}${JSON.stringify({ ...post, id: 100_000 + index })}`;
    bytes += Buffer.byteLength(chunk);
    yield chunk;
  }
  yield ']';
}

/** A WordPress post whose every string and URL field tries markup injection or a non-http(s) URL. */
function hostilePost() {
  return {
    id: 666,
    date: `2025-12-03T09:40:00${IMG}`,
    date_gmt: IMG,
    guid: { rendered: JS_URL },
    modified: SCRIPT,
    modified_gmt: SCRIPT,
    slug: `"><svg onload=alert(1)>`,
    status: 'publish',
    type: 'post',
    link: JS_URL,
    title: { rendered: `Hostile title ${IMG}${SCRIPT}<a href="${JS_URL}">click</a> &lt;b&gt;escaped&lt;/b&gt;` },
    content: { rendered: `<p>Body ${IMG}</p>${SCRIPT}<iframe src="${JS_URL}"></iframe>\n`, protected: false },
    excerpt: { rendered: `<p>Excerpt ${IMG} <a href="${JS_URL}">more</a> ${SCRIPT}&hellip;</p>\n`, protected: false },
    author: 1,
    featured_media: 13,
    categories: [3],
    tags: [21],
    lang: `ar"><img src=x onerror=alert(1)>`,
    'jetpack-related-posts': [
      {
        id: 667,
        url: JS_URL,
        url_meta: { origin: 666, position: 0 },
        title: `Related ${IMG}`,
        date: SCRIPT,
        format: false,
        excerpt: `${SCRIPT} excerpt`,
        rel: '',
        context: `In "${IMG}"`,
        img: { alt_text: IMG, src: DATA_URL, width: 350, height: 200 },
        classes: [],
      },
    ],
    _links: {
      self: [{ href: JS_URL }],
      author: [{ embeddable: true, href: JS_URL }],
      'wp:featuredmedia': [{ embeddable: true, href: DATA_URL }],
    },
    _embedded: {
      author: [
        {
          id: 1,
          name: `Mallory ${IMG}${SCRIPT}`,
          url: JS_URL,
          description: SCRIPT,
          link: '  JaVaScRiPt:alert(document.domain)',
          slug: 'mallory',
          avatar_urls: {
            24: JS_URL,
            48: 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
            96: 'java\tscript:alert(1)',
          },
        },
      ],
      'wp:featuredmedia': [
        {
          id: 13,
          type: 'attachment',
          link: DATA_URL,
          title: { rendered: IMG },
          alt_text: `${IMG}" onload="alert(1)`,
          media_type: 'image',
          mime_type: 'image/svg+xml',
          source_url: JS_URL,
          media_details: {
            width: 1600,
            height: 900,
            sizes: {
              thumbnail: { width: 150, height: 150, source_url: 'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+' },
              medium: { width: 300, height: 169, source_url: 'vbscript:msgbox(1)' },
              large: { width: 1024, height: 576, source_url: ' javascript:alert(1)' },
              full: { width: 1600, height: 900, source_url: 'blob:https://florin.blog/1234' },
            },
          },
        },
      ],
      'wp:term': [
        [{ id: 3, link: JS_URL, name: `Tech ${IMG}`, slug: 'technology', taxonomy: 'category' }],
        [{ id: 21, link: DATA_URL, name: `${SCRIPT}tag`, slug: 'open-source', taxonomy: 'post_tag' }],
      ],
    },
  };
}
