/**
 * A local fixture "origin": the web pages and oEmbed endpoints the proxy fetches in the offline
 * demo and in the proxy's tests. Absolute URLs are built from the request's Host, like a real site.
 *
 *   GET /news/articles/c86v52gv726o             stand-in for the seed's BBC source (OG, Twitter, JSON-LD)
 *   GET /chinese-open-source-ai-models-cheap-deployable/   the Florin.blog post, English (WordPress head)
 *   GET /ar/chinese-open-source-ai-models-ar/   the same post in Arabic (lang="ar" dir="rtl")
 *   GET /videos/…, /photos/…                    oEmbed discovery by `Link` header / by XML `<link>`
 *   GET /samples/{open-graph,twitter-card,json-ld,plain,oembed-only}   one metadata source each
 *   GET /wp-json/oembed/1.0/embed?url=…&format=json|xml   WordPress's oEmbed endpoint (rich)
 *   GET /oembed?url=…&format=json|xml&maxwidth=…&maxheight=…   oEmbed for the video, photo and link items
 *   GET /images/{name}.svg, /player/{slug}, {post}/embed/   what those responses point at
 *
 * `serveOrigin({ port })` starts it; `handleOrigin(req, res)` is the bare handler (false = not ours).
 */
import { createServer } from 'node:http';
import { IMAGES, OEMBED_ITEMS } from './data/origin/media.mjs';
import { PAGES } from './data/origin/pages.mjs';
import { send } from './lib/http.mjs';
import { gradientSvg } from './lib/svg.mjs';
import { escapeHtml } from './lib/text.mjs';

/** Replaces every `{origin}` in a data structure with the origin's base URL. */
function withOrigin(value, origin) {
  return JSON.parse(JSON.stringify(value).replaceAll('{origin}', origin));
}

const attributes = (pairs) =>
  Object.entries(pairs)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`)
    .join('');

function renderPage(page) {
  const head = [
    '<meta charset="utf-8">',
    page.title && `<title>${escapeHtml(page.title)}</title>`,
    ...(page.meta ?? []).map(([attribute, key, content]) => `<meta${attributes({ [attribute]: key, content })}>`),
    ...(page.links ?? []).map((link) => `<link${attributes(link)}>`),
    // `<` escaped so no string can close the script element early.
    page.jsonLd &&
      `<script type="application/ld+json">${JSON.stringify(page.jsonLd).replace(/</g, '\\u003c')}</script>`,
  ].filter(Boolean);
  const body = (page.body ?? []).map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`);
  return `<!doctype html>
<html${attributes({ lang: page.lang, dir: page.dir })}>
<head>
${head.join('\n')}
</head>
<body>
<main>
<h1>${escapeHtml(page.title ?? '')}</h1>
${body.join('\n')}
</main>
</body>
</html>
`;
}

function linkHeader(links) {
  return links.map(({ href, ...parameters }) =>
    [`<${href}>`, ...Object.entries(parameters).map(([name, value]) => `${name}="${value}"`)].join('; '),
  ).join(', ');
}

/** `width`×`height` shrunk, keeping the ratio, to fit `maxwidth`/`maxheight` (oEmbed §2.2). */
function fit(width, height, query) {
  const scale = Math.min(1, Number(query.get('maxwidth')) / width || 1, Number(query.get('maxheight')) / height || 1);
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

function sendOEmbed(res, format, fields) {
  if (format === 'xml') {
    const elements = Object.entries(fields).map(([name, value]) => `<${name}>${escapeHtml(String(value))}</${name}>`);
    const xml = `<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<oembed>${elements.join('')}</oembed>\n`;
    send(res, 200, xml, { 'Content-Type': 'text/xml; charset=utf-8' });
  } else {
    send(res, 200, JSON.stringify(fields), { 'Content-Type': 'application/json; charset=utf-8' });
  }
}

/** WordPress's `/wp-json/oembed/1.0/embed` for the Florin.blog posts: a `rich` blockquote + iframe. */
function wordPressOEmbed(res, query, origin) {
  const permalink = query.get('url');
  const page = PAGES.find((candidate) => candidate.links?.some((link) => link.rel === 'canonical' && link.href === permalink));
  const format = query.get('format') ?? 'json';
  if (!page || !page.links.some((link) => link.type === 'application/json+oembed')) {
    const error = { code: 'oembed_invalid_url', message: 'Not Found', data: { status: 404 } };
    return send(res, 404, JSON.stringify(error), { 'Content-Type': 'application/json; charset=UTF-8' });
  }
  const meta = Object.fromEntries(page.meta.map(([, key, content]) => [key, content]));
  const { width, height } = fit(600, 338, query);
  const embedUrl = `${origin}${page.path}embed/`;
  const title = meta['og:title'];
  sendOEmbed(res, format, {
    version: '1.0',
    provider_name: 'Florin.blog',
    provider_url: 'https://florin.blog',
    author_name: meta.author,
    author_url: 'https://florin.blog/author/admin/',
    title,
    type: 'rich',
    width,
    height,
    html:
      `<blockquote class="wp-embedded-content" data-secret="f1or1nS3cr"><a href="${escapeHtml(permalink)}">${escapeHtml(title)}</a></blockquote>` +
      `<iframe sandbox="allow-scripts" security="restricted" src="${escapeHtml(embedUrl)}#?secret=f1or1nS3cr" width="${width}" height="${height}" title="${escapeHtml(`“${title}” — Florin.blog`)}" data-secret="f1or1nS3cr" frameborder="0" marginwidth="0" marginheight="0" scrolling="no" class="wp-embedded-content"></iframe>`,
    thumbnail_url: `${origin}/images/open-models-network.svg`,
    thumbnail_width: 1600,
    thumbnail_height: 900,
  });
}

/** The generic `/oembed` endpoint; items are found by the path of `url` (its query is ignored). */
function genericOEmbed(res, query, origin) {
  let path;
  try {
    path = new URL(query.get('url') ?? '').pathname;
  } catch {
    return send(res, 400, 'Bad url', { 'Content-Type': 'text/plain' });
  }
  const found = OEMBED_ITEMS.find((candidate) => candidate.page === path);
  const format = query.get('format') ?? 'json';
  if (!found) return send(res, 404, 'Not found', { 'Content-Type': 'text/plain' });
  if (format !== 'json' && format !== 'xml') return send(res, 501, 'Not implemented', { 'Content-Type': 'text/plain' });
  const { page, player, image, thumbnail, width, height, ...fields } = withOrigin(found, origin);
  const response = { version: '1.0', ...fields };
  if (thumbnail) {
    Object.assign(response, {
      thumbnail_url: `${origin}/images/${thumbnail}.svg`,
      thumbnail_width: IMAGES[thumbnail].width,
      thumbnail_height: IMAGES[thumbnail].height,
    });
  }
  if (width) Object.assign(response, fit(width, height, query));
  if (image) response.url = `${origin}/images/${image}.svg`;
  if (player) {
    response.html = `<iframe src="${origin}${player}" width="${response.width}" height="${response.height}" frameborder="0" allowfullscreen title="${escapeHtml(fields.title)}"></iframe>`;
  }
  sendOEmbed(res, format, response);
}

function simplePage(res, title, content) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>${content}</body></html>`;
  send(res, 200, html, { 'Content-Type': 'text/html; charset=utf-8' });
}

export async function handleOrigin(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const origin = `http://${req.headers.host ?? 'localhost'}`;
  const url = new URL(req.url ?? '/', origin);
  const { pathname: path, searchParams: query } = url;

  const page = PAGES.find((candidate) => candidate.path === path);
  if (page) {
    const filled = withOrigin(page, origin);
    send(res, 200, renderPage(filled), {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
      ...(filled.linkHeader ? { Link: linkHeader(filled.linkHeader) } : {}),
    });
    return true;
  }
  if (path === '/wp-json/oembed/1.0/embed') return wordPressOEmbed(res, query, origin), true;
  if (path === '/oembed') return genericOEmbed(res, query, origin), true;

  const image = /^\/images\/([\w-]+)\.svg$/.exec(path)?.[1];
  if (image && IMAGES[image]) {
    send(res, 200, gradientSvg(IMAGES[image]), {
      'Content-Type': 'image/svg+xml',
      'Cache-Control': 'public, max-age=86400',
    });
    return true;
  }
  const player = OEMBED_ITEMS.find((item) => item.player === path);
  if (player) {
    simplePage(res, player.title, `<img src="/images/${player.thumbnail}.svg" alt="" width="100%"><p>${escapeHtml(player.title)}</p>`);
    return true;
  }
  const embedded = path.endsWith('/embed/') && PAGES.find((candidate) => `${candidate.path}embed/` === path);
  if (embedded) {
    simplePage(res, embedded.title, `<p><a href="${escapeHtml(embedded.links[0].href)}" target="_top">${escapeHtml(embedded.title)}</a></p>`);
    return true;
  }
  return false;
}

/** Starts the origin on `port` (0 = any free port). Resolves to `{ server, url, close() }`. */
export function serveOrigin({ port = 0, host = '127.0.0.1' } = {}) {
  const server = createServer(async (req, res) => {
    if (!(await handleOrigin(req, res))) send(res, 404, 'Not found', { 'Content-Type': 'text/plain' });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const url = `http://${host === '127.0.0.1' ? 'localhost' : host}:${server.address().port}`;
      const close = () =>
        new Promise((done) => {
          server.close(done);
          // Keep-alive connections would otherwise hold `close()` open for seconds.
          server.closeAllConnections();
        });
      resolve({ server, url, close });
    });
  });
}
