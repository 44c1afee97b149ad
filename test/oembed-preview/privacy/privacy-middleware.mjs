/**
 * For the privacy tests (test/oembed-preview/privacy/): the real proxy (the compiled Node listener of
 * dist/server/, built by `npm run build` or `npx tsc -p src/server/tsconfig.json`) under `/privacy-proxy/`, on
 * the page's origin, and a fake third party on another port of 127.0.0.1 (another origin) that plays YouTube,
 * Vimeo and Dailymotion: their oEmbed endpoints (the proxy's `providers` send those sites' URLs there), their
 * thumbnails and their players. The third party counts every request the browser makes to it (the proxy's own
 * requests, with its User-Agent, apart): the network-level count the tests read.
 *
 *   /privacy-proxy/oembed?url=…, /privacy-proxy/image?url=…   the proxy
 *   /privacy-control/origin                 the third party's origin (`http://127.0.0.1:PORT`)
 *   /privacy-control/hits?scope=S           {"browser": [paths the browser asked for, with /S/ in them], "proxy": n}
 *
 * Page URLs carry a scope (`?v=<scope>-<id>`) that the third party writes into its thumbnail and player paths,
 * so the two browsers, which run at once against one server, count apart.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const THUMBNAIL = readFileSync(new URL('../../fixtures/real/images/pillow-hopper.png', import.meta.url));

/** The providers the third party plays, by the host of the page URL. */
const PROVIDERS = {
  'www.youtube.com': { name: 'YouTube', slug: 'youtube', schemes: ['https://*.youtube.com/watch*'] },
  'vimeo.com': { name: 'Vimeo', slug: 'vimeo', schemes: ['https://vimeo.com/*'] },
  'www.dailymotion.com': { name: 'Dailymotion', slug: 'dailymotion', schemes: ['https://www.dailymotion.com/video/*'] },
};

let started;

function startThirdParty() {
  const hits = [];
  const server = createServer((req, res) => {
    const fromProxy = (req.headers['user-agent'] ?? '').startsWith('post-embeds-proxy');
    hits.push({ path: req.url, fromProxy });
    const url = new URL(req.url, 'http://third.invalid');
    const self = `http://127.0.0.1:${server.address().port}`;
    if (url.pathname === '/oembed') {
      const page = new URL(url.searchParams.get('url'));
      const provider = PROVIDERS[page.hostname];
      const scope = (page.searchParams.get('v') ?? page.pathname.split('/').pop()).replace(/[^\w-]/g, '');
      res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'max-age=600' });
      res.end(
        JSON.stringify({
          version: '1.0',
          type: 'video',
          title: `A ${provider.name} video`,
          provider_name: provider.name,
          provider_url: `https://${page.hostname}/`,
          width: 480,
          height: 270,
          thumbnail_url: `${self}/thumb/${scope}/${provider.slug}.png`,
          thumbnail_width: 128,
          thumbnail_height: 128,
          html: `<iframe src="${self}/player/${scope}/${provider.slug}" width="480" height="270"></iframe>`,
        }),
      );
    } else if (url.pathname.startsWith('/thumb/')) {
      res.writeHead(200, { 'Content-Type': 'image/png', 'Set-Cookie': 'tracker=1', 'Cache-Control': 'max-age=600' }).end(THUMBNAIL);
    } else if (url.pathname.startsWith('/player/')) {
      res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>Player</title><p>Playing.</p>');
    } else {
      res.writeHead(404, { 'Access-Control-Allow-Origin': '*' }).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      server.unref();
      resolve({ origin: `http://127.0.0.1:${server.address().port}`, port: server.address().port, hits });
    }),
  );
}

async function start() {
  const thirdParty = await startThirdParty();
  const { createNodeListener } = await import('../../../dist/server/node.js');
  const listener = createNodeListener({
    basePath: '/privacy-proxy',
    allowHosts: [`127.0.0.1:${thirdParty.port}`],
    rateLimit: false,
    providers: Object.values(PROVIDERS).map(({ name, schemes }) => ({
      provider_name: name,
      endpoints: [{ schemes, url: `${thirdParty.origin}/oembed` }],
    })),
  });
  return { thirdParty, listener };
}

export function privacyMiddleware() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/privacy-proxy/') && !ctx.path.startsWith('/privacy-control/')) return next();
    const { thirdParty, listener } = await (started ??= start());
    if (ctx.path === '/privacy-control/origin') {
      ctx.body = { origin: thirdParty.origin };
    } else if (ctx.path === '/privacy-control/hits') {
      const scope = `/${ctx.query.scope}`;
      ctx.body = {
        browser: thirdParty.hits.filter((hit) => !hit.fromProxy && hit.path.includes(scope)).map((hit) => hit.path),
        proxy: thirdParty.hits.filter((hit) => hit.fromProxy && hit.path.includes(ctx.query.scope)).length,
      };
    } else {
      ctx.respond = false;
      await listener(ctx.req, ctx.res);
    }
  };
}
