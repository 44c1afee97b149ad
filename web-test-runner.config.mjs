// Browser tests in Debian's Chromium and Firefox ESR (driven over WebDriver BiDi).
// Browser downloads are not possible on our machines: both launchers point at system binaries.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import * as puppeteerCore from 'puppeteer-core';
import { createReadStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtureApiMiddleware } from './test/fixture-api/fixture-api.mjs';
import { ssrMiddleware } from './test/ssr/ssr-middleware.mjs';
import { reactMiddleware } from './test/react/react-middleware.mjs';
import { recordedCorpusMiddleware } from './test/fixtures/recorded.mjs';
import { privacyMiddleware } from './test/oembed-preview/privacy/privacy-middleware.mjs';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const only = process.env.BROWSERS?.split(',');

// The strictest policy a site is likely to send; pages under test/csp/ are served with it.
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "frame-src 'self' https:",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html post-embeds-inert post-embeds-frame',
].join('; ');

function strictCspMiddleware() {
  return async (ctx, next) => {
    await next();
    if (ctx.path.startsWith('/test/csp/') && ctx.path.endsWith('.html')) {
      ctx.set('Content-Security-Policy', STRICT_CSP);
    }
  };
}

/**
 * The XSS suite (test/xss/) runs a daily sample of its corpus; `XSS_FULL=1` runs all of it, `XSS_SEED=<n>`
 * replays one sample and `XSS_VECTORS=<id>,<id>` runs those vectors. The page reads them from `/__xss-run`.
 */
function xssRunMiddleware() {
  return async (ctx, next) => {
    if (ctx.path !== '/__xss-run') return next();
    const seed = Number.parseInt(process.env.XSS_SEED ?? '', 10);
    const only = process.env.XSS_VECTORS?.split(',');
    ctx.body = { full: process.env.XSS_FULL === '1', seed: Number.isFinite(seed) ? seed : undefined, only };
  };
}

/**
 * The CDN build (dist/, from `npm run build`) as a site serves it, under `/cdn/`; under
 * `/cdn/~without-<names>/` without the chunks named (comma-separated), like a self-hosted copy that lacks
 * those files (test/cdn/).
 */
function cdnMiddleware() {
  return async (ctx, next) => {
    const match = /^\/cdn\/(?:~without-([\w.,-]+)\/)?(.+)$/.exec(ctx.path);
    if (!match) return next();
    const [, without = '', file] = match;
    const chunk = /^chunks\/(.+)-[\w-]{8}\.min\.js$/.exec(file)?.[1];
    if (chunk && without.split(',').includes(chunk)) {
      ctx.status = 404;
      return;
    }
    ctx.path = `/dist/${file}`;
    return next();
  };
}

/** The files the README's "Self-hosting" section names: the lines of its first code block. */
export function selfHostingFiles() {
  const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
  const section = readme.split(/^### Self-hosting$/m)[1] ?? '';
  const block = /```text\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block.split('\n').map((line) => line.trim()).filter(Boolean);
}

/**
 * Exactly the files the README's "Self-hosting" section names, copied from dist/ into an empty directory
 * (on the first request, so a build made after the server started counts) and served under
 * `/self-hosted/` (test/cdn/self-hosting.test.ts).
 */
function selfHostedMiddleware() {
  const dir = mkdtempSync(path.join(tmpdir(), 'post-embeds-self-hosted-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  let copied;
  const copy = async () => {
    for (const name of selfHostingFiles()) {
      await cp(path.join('dist', name), path.join(dir, name), { recursive: true }).catch(() => {});
    }
  };
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/self-hosted/')) return next();
    await (copied ??= copy());
    const file = path.join(dir, path.normalize(ctx.path.slice('/self-hosted/'.length)));
    if (!file.startsWith(dir) || !(await stat(file).catch(() => undefined))?.isFile()) {
      ctx.status = 404;
      return;
    }
    ctx.type = path.extname(file);
    ctx.body = createReadStream(file);
  };
}

/**
 * puppeteer's `setViewport` over WebDriver BiDi sets the viewport and, alongside, overrides the screen
 * orientation, a command Firefox ESR 140.12 does not know ("unknown command
 * emulation.setScreenOrientationOverride"): the size is set, the call rejects. web-test-runner sets the viewport
 * before every test file, so without this no test runs in Firefox. Other errors still fail.
 */
function toleratingOrientation(page) {
  const setViewport = page.setViewport.bind(page);
  page.setViewport = (viewport) =>
    setViewport(viewport).catch((error) => {
      if (!/unknown command emulation\.setScreenOrientationOverride/.test(error.message)) throw error;
    });
  return page;
}

const browsers = [
  chromeLauncher({
    launchOptions: {
      executablePath: chromiumPath,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  }),
  chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
    createPage: ({ context }) => context.newPage().then(toleratingOrientation),
  }),
].filter((_, i) => !only || only.includes(i === 0 ? 'chromium' : 'firefox'));

export default {
  files: ['test/**/*.test.ts', '!test/server/**'],
  // Test files are also requested as plain pages (test/csp/*.html): serve them from the root.
  rootDir: '.',
  nodeResolve: true,
  browsers,
  concurrency: 1,
  concurrentBrowsers: 2,
  // The full XSS corpus (XSS_FULL=1) takes minutes per browser.
  testsFinishTimeout: process.env.XSS_FULL === '1' ? 3_600_000 : 240000,
  testFramework: { config: { timeout: 10000 } },
  // /__ssr renders pages with @lit-labs/ssr for the server-rendering test (test/ssr/); React is served as ES
  // modules for the React wrapper tests (test/react/).
  middleware: [
    strictCspMiddleware(),
    xssRunMiddleware(),
    cdnMiddleware(),
    selfHostedMiddleware(),
    fixtureApiMiddleware(),
    ssrMiddleware(),
    reactMiddleware(),
    recordedCorpusMiddleware(),
    // The real proxy and a fake third party that counts the browser's requests (test/oembed-preview/privacy/).
    privacyMiddleware(),
  ],
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2021',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
};
