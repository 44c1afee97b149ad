/**
 * `npm start`: builds the bundle if it is missing or older than src/, then serves the demo offline.
 *
 *   /          demo/ (static; demo/server/ itself is not served)
 *   /dist/     dist/ (the built bundle)
 *   /docs/     site/ (the documentation site, built by `npm run docs` when missing or older than docs/ or dist/)
 *   /api/      the fixture API (fixture-api.mjs)
 *   /node_modules/ is not served: the demo runs on the built bundle alone.
 *
 * HTML pages get the strict CSP post-embeds promises to work under (Trusted Types included).
 * `startDemoServer()` is exported for scripts (screenshots, benches) that need the same server.
 */

import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { handleFixtureApi } from '../../test/fixture-api/fixture-api.mjs';
import { staticFiles } from './static-files.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DEMO_DIR = path.join(ROOT, 'demo');
const DIST_DIR = path.join(ROOT, 'dist');
const SRC_DIR = path.join(ROOT, 'src');
const DOCS_DIR = path.join(ROOT, 'docs');
const SITE_DIR = path.join(ROOT, 'site');
const BUNDLE = path.join(DIST_DIR, 'post-embeds.min.js');
const PROXY_MODULE = path.join(DIST_DIR, 'server', 'node.js');
const DEFAULT_PORT = 8080;
/** How many ports after the requested one to try when it is taken. */
const PORT_ATTEMPTS = 20;

export const DEMO_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "frame-src 'self' https:",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html post-embeds-inert post-embeds-frame',
].join('; ');

/** Paths under demo/ that are not part of the page: the server's own code. */
const PRIVATE_PATHS = ['/server/', '/node_modules/'];

/**
 * Starts the demo server. `handlers` run first, in order: each is `(req, res) => boolean | Promise<boolean>`
 * and returns true when it answered (the same contract as `handleFixtureApi`). This is where the oEmbed /
 * metadata proxy mounts itself under `/proxy/`. `port: 0` picks any free port; a taken port moves to the next.
 * Resolves to `{ server, url }`.
 */
export async function startDemoServer({ port = DEFAULT_PORT, host = '127.0.0.1', handlers = [], frameSources = [] } = {}) {
  // Extra origins the pages may show images and frames from (the local fixture origin behind the proxy).
  const csp = DEMO_CSP.replace("img-src 'self' data:", `img-src 'self' data: ${frameSources.join(' ')}`.trim()).replace(
    "frame-src 'self' https:",
    `frame-src 'self' https: ${frameSources.join(' ')}`.trim(),
  );
  const htmlHeaders = { 'Content-Security-Policy': csp };
  const chain = [
    ...handlers,
    handleFixtureApi,
    refusePrivatePaths,
    staticFiles({ root: DIST_DIR, prefix: '/dist/', htmlHeaders }),
    staticFiles({ root: SITE_DIR, prefix: '/docs/', htmlHeaders }),
    staticFiles({ root: DEMO_DIR, prefix: '/', htmlHeaders }),
  ];
  const server = http.createServer(async (req, res) => {
    try {
      for (const handle of chain) if (await handle(req, res)) return;
      sendNotFound(res);
    } catch (error) {
      console.error(error);
      if (res.headersSent) res.destroy();
      else sendText(res, 500, 'Internal server error\n');
    }
  });
  const boundPort = await listen(server, port, host);
  return { server, url: `http://localhost:${boundPort}/` };
}

/** `/demo-settings.json`: tells the demo page where the local origin behind the proxy lives. */
function demoSettings(originUrl) {
  return (req, res) => {
    if (new URL(req.url, 'http://demo.invalid').pathname !== '/demo-settings.json') return false;
    const body = JSON.stringify({ origin: originUrl });
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    res.end(body);
    return true;
  };
}

function refusePrivatePaths(req, res) {
  const { pathname } = new URL(req.url, 'http://demo.invalid');
  if (!PRIVATE_PATHS.some((prefix) => pathname.startsWith(prefix))) return false;
  sendNotFound(res);
  return true;
}

function sendNotFound(res) {
  sendText(res, 404, 'Not found\n');
}

function sendText(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

async function listen(server, port, host) {
  for (let attempt = 0; ; attempt++) {
    const candidate = port === 0 ? 0 : port + attempt;
    try {
      await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(candidate, host, () => {
          server.off('error', reject);
          resolve();
        });
      });
      return server.address().port;
    } catch (error) {
      if (error.code !== 'EADDRINUSE' || port === 0 || attempt + 1 >= PORT_ATTEMPTS) throw error;
    }
  }
}

/** Runs `npm run build` when dist/post-embeds.min.js is missing or older than any file under src/. */
async function buildIfStale() {
  const builtTimes = await Promise.all([BUNDLE, PROXY_MODULE].map(modifiedTime));
  const bundleTime = builtTimes.includes(undefined) ? undefined : Math.min(...builtTimes);
  if (bundleTime !== undefined && bundleTime >= (await newestModification(SRC_DIR))) return;
  console.log(
    bundleTime === undefined
      ? 'post-embeds demo: dist/ is not built yet, building it first…'
      : 'post-embeds demo: src/ changed since the last build, rebuilding…',
  );
  await runNpm('build');
}

/** Runs `npm run docs` when site/ is missing or older than docs/ or the build it documents. */
async function buildDocsIfStale() {
  const siteTime = await modifiedTime(path.join(SITE_DIR, 'index.html'));
  const sources = Math.max(await newestModification(DOCS_DIR), (await modifiedTime(BUNDLE)) ?? 0);
  if (siteTime !== undefined && siteTime >= sources) return;
  console.log('post-embeds demo: building the documentation site (site/)…');
  await runNpm('docs');
}

const modifiedTime = (file) => stat(file).then((s) => s.mtimeMs, () => undefined);

async function runNpm(script) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const exitCode = await new Promise((resolve) => {
    spawn(npm, ['run', script], { cwd: ROOT, stdio: 'inherit' })
      .on('error', () => resolve(1))
      .on('exit', (code) => resolve(code ?? 1));
  });
  if (exitCode !== 0) {
    console.error(`post-embeds demo: npm run ${script} failed (exit code ${exitCode}); not starting.`);
    process.exit(exitCode);
  }
}

async function newestModification(dir) {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const { mtimeMs } = await stat(path.join(entry.parentPath ?? entry.path, entry.name));
    newest = Math.max(newest, mtimeMs);
  }
  return newest;
}

/**
 * The whole demo as `npm start` serves it: the demo server with the proxy mounted under /proxy/, fetching from a
 * local fixture origin (the one host it may reach on a private address, so everything works offline).
 * Resolves to `{ url, originUrl, close }`. Also used by the docs site check.
 */
export async function startFullDemo({ port = DEFAULT_PORT, host } = {}) {
  const { serveOrigin } = await import('../../test/fixture-api/origin.mjs');
  const { createNodeListener } = await import(pathToFileURL(PROXY_MODULE).href);
  const origin = await serveOrigin({ port: 0 });
  const originUrl = new URL(origin.url);
  // proxyImages: false — the fixture origin draws its thumbnails as SVG, which the proxy's /image route refuses (an
  // SVG can carry script); a real provider's JPEG, PNG, GIF, WebP or AVIF thumbnails go through /image by default.
  // Here the oEmbed answers keep the origin's thumbnail URLs, so the demo's and docs' previews show their images.
  const proxy = createNodeListener({ basePath: '/proxy', allowHosts: [originUrl.host], proxyImages: false });
  const { server, url } = await startDemoServer({
    port,
    host,
    handlers: [proxy, demoSettings(originUrl.origin)],
    frameSources: [originUrl.origin],
  });
  const close = async () => {
    server.close();
    // Also drop keep-alive and deliberately hanging (/api/faults/hang) connections.
    server.closeAllConnections();
    await origin.close();
  };
  return { url, originUrl, close };
}

async function main() {
  await buildIfStale();
  await buildDocsIfStale();
  const port = process.env.PORT ? Number.parseInt(process.env.PORT, 10) : DEFAULT_PORT;
  const { url, originUrl, close } = await startFullDemo({ port, host: process.env.HOST });
  console.log(`post-embeds demo: ${url}`);
  console.log(`  Arabic page:     ${url}ar.html`);
  console.log(`  documentation:   ${url}docs/ (Arabic element pages: ${url}docs/ar/)`);
  console.log(`  fixture API:     ${url}api/wp-json/`);
  console.log(`  proxy:           ${url}proxy/oembed?url=… (fetching from the local origin ${originUrl.origin})`);
  const stop = () => void close();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main();
}
