/**
 * oEmbed fixture endpoints (oEmbed 1.0: JSON by default, XML with `format=xml`, 501 for other formats;
 * `maxwidth`/`maxheight` respected). Paths relative to /api:
 *
 *   /oembed/{photo,video,rich,hostile,link}?url=…   one provider each (data/oembed/items.mjs); `url` required
 *     photo   an image of the fixture blog, sized to fit
 *     video   a plain <iframe> to /oembed/player/…: count that path to check nothing loads before a click
 *     rich    a reader poll whose script builds its options after load (its height grows)
 *     hostile script that tries parent.x = 1, top.document, document.cookie, top.location = …, forges height
 *             messages (wrong secret, no secret, 1e9), then posts {type:'post-embeds-fixture:hostile', results};
 *             markup and javascript:/data: URLs in every text and URL field
 *     link    a link card
 *   /oembed/variant/{name}        responses missing or bending a field (OEMBED_VARIANTS), JSON or XML
 *   /oembed/status/{code}         an error status (404, 401, 501…) with a plain-text body, like providers
 *   /oembed/malformed             a body cut mid-way (JSON, or XML with format=xml)
 *   /oembed/entity-bomb           XML whose DOCTYPE nests entities (billion laughs)
 *   /oembed/external-entity       XML whose DOCTYPE declares a file:// entity
 *   /oembed/player/{slug}         the video's player page
 *   /oembed/wp-embed/{id}         a Florin.blog post's embed page (what WordPress serves at {permalink}embed/)
 *   /wp-json/oembed/1.0/embed?url={permalink}   WordPress's own endpoint for the Florin.blog posts: `rich`,
 *             html = blockquote + <iframe sandbox="allow-scripts" security="restricted" src="…#?secret=…">
 *             + an inline script that sizes and reveals the iframe (the job of WordPress's wp-embed.js)
 *
 * Requests are counted by the shared request log (GET /api/__log?path=/api/oembed/player/).
 */

import { POSTS, SITE, findMedia, findUser, languageBase } from '../data/blog.mjs';
import {
  ENTITY_BOMB_XML,
  EXTERNAL_ENTITY_XML,
  MALFORMED,
  OEMBED_ITEMS,
  OEMBED_VARIANTS,
} from '../data/oembed/items.mjs';
import { send, sendInvalidParam, sendWordPressError } from '../lib/http.mjs';
import { escapeHtml } from '../lib/text.mjs';
import { postPermalink, renderedTitle, sizedFile, uploadUrl } from '../lib/wordpress-objects.mjs';

const TEXT = { 'Content-Type': 'text/plain; charset=utf-8' };
const HTML = { 'Content-Type': 'text/html; charset=utf-8' };
const XML = { 'Content-Type': 'text/xml; charset=utf-8' };

/** Replaces `{api}` in every string of `value` with the request's API base URL. */
function withApi(value, api) {
  return JSON.parse(JSON.stringify(value).replaceAll('{api}', api));
}

/** `width`×`height` shrunk, keeping the ratio, to fit the request's `maxwidth`/`maxheight` (oEmbed §2.2). */
function fit({ width, height }, query) {
  const scale = Math.min(1, Number(query.get('maxwidth')) / width || 1, Number(query.get('maxheight')) / height || 1);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** The fixture blog's image `file` at exactly `size` (routes/images.mjs draws any size). */
const imageAt = (api, file, { width, height }) => uploadUrl(api, sizedFile(file, width, height));

/** The requested format, or undefined after answering 501 as the spec asks for formats we do not serve. */
function requestedFormat({ res, query }) {
  const format = query.get('format') ?? 'json';
  if (format === 'json' || format === 'xml') return format;
  send(res, 501, '501 Not Implemented\n', TEXT);
  return undefined;
}

/** Sends oEmbed `fields` as JSON or as the spec's XML (one escaped element per field). */
function sendOEmbed(res, format, fields) {
  if (format === 'json') {
    send(res, 200, JSON.stringify(fields), { 'Content-Type': 'application/json; charset=utf-8' });
    return;
  }
  const elements = Object.entries(fields).map(([name, value]) => `<${name}>${escapeHtml(String(value))}</${name}>`);
  send(res, 200, `<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<oembed>${elements.join('')}</oembed>\n`, XML);
}

/** The response of a fixture provider, sized for the request. */
function providerResponse(item, { apiBase, query }) {
  const { image, thumbnail, size, html, ...fields } = item;
  const response = { ...fields };
  if (image) Object.assign(response, fit(image, query), { url: imageAt(apiBase, image.file, fit(image, query)) });
  if (size) Object.assign(response, fit(size, query));
  if (html) response.html = html(response);
  if (thumbnail) {
    const thumbnailSize = fit(thumbnail, query);
    response.thumbnail_url = imageAt(apiBase, thumbnail.file, thumbnailSize);
    response.thumbnail_width = thumbnailSize.width;
    response.thumbnail_height = thumbnailSize.height;
  }
  return withApi(response, apiBase);
}

function providerRoute(name) {
  return {
    path: `/oembed/${name}`,
    handler: (ctx) => {
      if (!ctx.query.get('url')) return send(ctx.res, 404, '404 Not Found\n', TEXT);
      const format = requestedFormat(ctx);
      if (format) sendOEmbed(ctx.res, format, providerResponse(OEMBED_ITEMS[name], ctx));
    },
  };
}

/* WordPress ---------------------------------------------------------------------------------------- */

/** WordPress's embed secret is random per response; a fixed one per post keeps responses cacheable. */
const embedSecret = (post) => `Fx${post.id}q7Rt2m`.slice(0, 10);

/** Our own stand-in for wp-embed.js: shows the post's frame and sizes it when the frame reports its height. */
const WP_EMBED_SCRIPT = `<script>
/* Sizes embedded WordPress posts (the role of wp-embed.js). */
!function (w, d) {
  "use strict";
  w.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data.secret !== "string" || !/^[a-zA-Z0-9]+$/.test(data.secret)) return;
    var frames = d.querySelectorAll('iframe[data-secret="' + data.secret + '"]');
    var quotes = d.querySelectorAll('blockquote[data-secret="' + data.secret + '"]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      frame.removeAttribute("style");
      for (var j = 0; j < quotes.length; j++) quotes[j].style.display = "none";
      if (data.message === "height") frame.height = Math.min(Math.max(parseInt(data.value, 10) || 0, 200), 1000);
    }
  });
}(window, document);
</script>`;

/** The body of `/wp-json/oembed/1.0/embed` for `post`, as WordPress builds it (`get_oembed_response_data`). */
function wordPressOEmbed(post, { apiBase, query }) {
  const author = findUser(post.author);
  const permalink = postPermalink(post);
  const title = renderedTitle(post.title);
  const secret = embedSecret(post);
  // WordPress: width within [200, 600] (default 600), height 16:9 but at least 200.
  const width = Math.min(Math.max(Number.parseInt(query.get('maxwidth') ?? '600', 10) || 600, 200), 600);
  const height = Math.max(Math.ceil((width / 16) * 9), 200);
  const frameTitle = `&#8220;${title}&#8221; &#8212; ${escapeHtml(SITE.name)}`;
  const response = {
    version: '1.0',
    provider_name: SITE.name,
    provider_url: SITE.url,
    author_name: author?.name ?? SITE.name,
    author_url: author ? `${languageBase(post.lang)}/author/${author.slug}/` : SITE.url,
    // get_the_title(): texturized, so WordPress sends entities such as &#8216; in a "plain text" field.
    title,
    type: 'rich',
    width,
    height,
    html:
      `<blockquote class="wp-embedded-content" data-secret="${secret}"><a href="${permalink}">${title}</a></blockquote>` +
      `<iframe sandbox="allow-scripts" security="restricted" style="position: absolute; visibility: hidden;" ` +
      `title="${frameTitle}" src="${apiBase}/oembed/wp-embed/${post.id}#?secret=${secret}" data-secret="${secret}" ` +
      `width="${width}" height="${height}" frameborder="0" marginwidth="0" marginheight="0" scrolling="no" ` +
      `class="wp-embedded-content"></iframe>${WP_EMBED_SCRIPT}\n`,
  };
  const media = post.media && findMedia(post.media);
  if (media) {
    const size = fit(media, new URLSearchParams({ maxwidth: String(width) }));
    Object.assign(response, {
      thumbnail_url: imageAt(apiBase, media.file, size),
      thumbnail_width: size.width,
      thumbnail_height: size.height,
    });
  }
  return response;
}

/** A post's embed page: a compact card that reports its height to the embedding page with the secret. */
function wordPressEmbedPage(post, apiBase) {
  const media = post.media && findMedia(post.media);
  const dir = post.lang === 'ar' ? 'rtl' : 'ltr';
  return `<!doctype html>
<html lang="${post.lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<title>${renderedTitle(post.title)} &#8212; ${escapeHtml(SITE.name)}</title>
<style>
body { margin: 0; font: 15px/1.5 system-ui, sans-serif; color: #1d2327; }
.wp-embed { padding: 16px; border: 1px solid #dcdcde; border-radius: 6px; background: #fff; }
.wp-embed-heading { margin: 0 0 8px; font-size: 18px; }
.wp-embed-site { margin-top: 12px; color: #646970; font-size: 13px; }
img { max-width: 100%; height: auto; }
</style>
</head>
<body>
<div class="wp-embed">
${media ? `<img src="${imageAt(apiBase, media.file, { width: 480, height: 270 })}" alt="" width="480" height="270">\n` : ''}<p class="wp-embed-heading"><a href="${postPermalink(post)}" target="_top">${renderedTitle(post.title)}</a></p>
<div class="wp-embed-excerpt"><p>${escapeHtml(post.excerpt ?? '')}</p></div>
<div class="wp-embed-site">${escapeHtml(SITE.name)}</div>
</div>
<script>
(function () {
  var secret = (location.hash.match(/secret=([a-zA-Z0-9]+)/) || [])[1];
  if (!secret || window.parent === window) return;
  function report() {
    window.parent.postMessage({ message: "height", value: Math.ceil(document.documentElement.getBoundingClientRect().height), secret: secret }, "*");
  }
  window.addEventListener("load", report);
  window.addEventListener("resize", report);
})();
</script>
</body>
</html>
`;
}

/** Florin.blog posts by permalink, with or without the trailing slash. */
const findPostByPermalink = (url) => POSTS.find((post) => postPermalink(post) === `${url.replace(/\/+$/, '')}/`);

/* Routes ------------------------------------------------------------------------------------------- */

export const routes = [
  ...Object.keys(OEMBED_ITEMS).map(providerRoute),
  {
    path: '/oembed/variant/:name',
    handler: (ctx) => {
      const variant = Object.hasOwn(OEMBED_VARIANTS, ctx.params.name) ? OEMBED_VARIANTS[ctx.params.name] : undefined;
      if (!variant) return send(ctx.res, 404, '404 Not Found\n', TEXT);
      const format = requestedFormat(ctx);
      if (format) sendOEmbed(ctx.res, format, withApi(variant, ctx.apiBase));
    },
  },
  {
    path: '/oembed/status/:code',
    handler: ({ res, params }) => {
      const status = /^[45]\d\d$/.test(params.code) ? Number(params.code) : 404;
      send(res, status, `${status}\n`, TEXT);
    },
  },
  {
    path: '/oembed/malformed',
    handler: ({ res, query }) => {
      const xml = query.get('format') === 'xml';
      send(res, 200, xml ? MALFORMED.xml : MALFORMED.json, xml ? XML : { 'Content-Type': 'application/json; charset=utf-8' });
    },
  },
  { path: '/oembed/entity-bomb', handler: ({ res }) => send(res, 200, ENTITY_BOMB_XML, XML) },
  { path: '/oembed/external-entity', handler: ({ res }) => send(res, 200, EXTERNAL_ENTITY_XML, XML) },
  {
    path: '/oembed/player/:slug',
    handler: ({ res, params, apiBase }) => {
      const title = OEMBED_ITEMS.video.title;
      const poster = imageAt(apiBase, OEMBED_ITEMS.video.thumbnail.file, { width: 480, height: 270 });
      send(
        res,
        200,
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
          '<style>body{margin:0;background:#000;color:#fff;font:14px system-ui,sans-serif}img{width:100%;display:block}</style></head>' +
          `<body data-player="${escapeHtml(params.slug)}"><img src="${poster}" alt=""><p>▶ ${escapeHtml(title)}</p></body></html>`,
        HTML,
      );
    },
  },
  {
    path: '/oembed/wp-embed/:id',
    handler: ({ res, params, apiBase }) => {
      const post = POSTS.find((candidate) => String(candidate.id) === params.id);
      if (!post) return send(res, 404, '404 Not Found\n', TEXT);
      send(res, 200, wordPressEmbedPage(post, apiBase), HTML);
    },
  },
  {
    path: '/wp-json/oembed/1.0/embed',
    handler: (ctx) => {
      const url = ctx.query.get('url');
      if (!url) {
        return sendWordPressError(ctx.res, 400, 'rest_missing_callback_param', 'Missing parameter(s): url', {
          params: ['url'],
        });
      }
      const format = ctx.query.get('format') ?? 'json';
      if (format !== 'json' && format !== 'xml') {
        return sendInvalidParam(ctx.res, 'format', 'rest_not_in_enum', 'format is not one of json and xml.');
      }
      const post = findPostByPermalink(url);
      if (!post) return sendWordPressError(ctx.res, 404, 'oembed_invalid_url', 'Not Found');
      sendOEmbed(ctx.res, format, wordPressOEmbed(post, ctx));
    },
  },
];
