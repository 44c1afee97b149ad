// Apps that install post-embeds and bundle it, as users do: one built with Vite, one with the rollup config the
// README gives. Each is served under the README's strict CSP, and an oEmbed rich frame must resize to its content
// (its height reporter is a script that `script-src 'self'` allows only as a file of the site). Chromium only:
// the bundles are the same in every browser. Needs `npm run build` (the package's dist/).
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The policy the README's "Security" section tells sites to send. */
const README_CSP = /Content-Security-Policy: ([^\n]+\n[^`]+?)\n\s*```/.exec(README)[1].replace(/\s+/g, ' ').trim();

/** The README's `js` code block whose first line is `firstLine`. */
const readmeBlock = (firstLine) => {
  const block = README.split('```js\n').find((part) => part.startsWith(`${firstLine}\n`))?.split('```')[0];
  assert.ok(block, `README has a code block starting "${firstLine}"`);
  return block;
};

/** A rich embed whose content is 300 px tall, declared 120 px: the frame grows only if its reporter runs. */
const TALL_EMBED = {
  version: '1.0',
  type: 'rich',
  title: 'A tall embed',
  provider_name: 'Fixture',
  width: 480,
  height: 120,
  html: '<div style="block-size: 300px; background: #eee">Tall content</div>',
};

const PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>post-embeds app</title><script type="module" src="./main.js"></script></head>
  <body><oembed-preview loading="eager" url="https://fixture.example/tall" endpoint="/oembed"></oembed-preview></body>
</html>
`;

/**
 * An app folder with post-embeds installed as npm would: the package (package.json and dist/) copied into
 * node_modules/post-embeds, its dependencies linked from this repository's node_modules.
 */
function createApp(name) {
  const app = mkdtempSync(path.join(tmpdir(), `pe-app-${name}-`));
  const modules = path.join(app, 'node_modules');
  mkdirSync(path.join(modules, 'post-embeds'), { recursive: true });
  cpSync(path.join(ROOT, 'package.json'), path.join(modules, 'post-embeds/package.json'));
  cpSync(path.join(ROOT, 'dist'), path.join(modules, 'post-embeds/dist'), { recursive: true });
  for (const entry of readdirSync(path.join(ROOT, 'node_modules'))) {
    if (entry !== '.bin' && entry !== '.cache') symlinkSync(path.join(ROOT, 'node_modules', entry), path.join(modules, entry));
  }
  writeFileSync(path.join(app, 'index.html'), PAGE);
  writeFileSync(path.join(app, 'main.js'), "import 'post-embeds';\n");
  return app;
}

/** Serves a built app under the README's CSP, with an oEmbed endpoint for TALL_EMBED. */
async function serve(dir) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    if (pathname === '/oembed') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(TALL_EMBED));
      return;
    }
    const file = path.join(dir, path.normalize(pathname === '/' ? '/index.html' : pathname));
    const body = file.startsWith(dir) ? await readFile(file).catch(() => undefined) : undefined;
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    const extension = path.extname(file);
    res.writeHead(200, {
      'content-type': types[extension] ?? 'application/octet-stream',
      ...(extension === '.html' && { 'content-security-policy': README_CSP }),
    });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

let browser;
const cleanup = [];

before(async () => {
  assert.ok(readdirSync(path.join(ROOT, 'dist')).includes('index.js'), 'run `npm run build` first');
  browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
});

after(async () => {
  await browser?.close();
  for (const done of cleanup) await done();
});

/**
 * Opens the built app, activates the embed, and returns the frame's final height and every CSP violation
 * the page saw.
 */
async function frameHeightUnderCsp(dist) {
  const { server, url } = await serve(dist);
  cleanup.push(() => new Promise((resolve) => server.close(resolve)));
  const page = await browser.newPage();
  try {
    await page.evaluateOnNewDocument(() => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.violations.push(`${event.effectiveDirective} ${event.blockedURI}`);
      });
    });
    const response = await page.goto(url);
    assert.equal(response.headers()['content-security-policy'], README_CSP);
    const play = await page.waitForFunction(
      () => document.querySelector('oembed-preview')?.shadowRoot?.querySelector('[part~="play"]'),
      { timeout: 20_000 },
    );
    await play.click();
    // The reporter's message sizes the frame; without it, the frame keeps its declared 120 px.
    await page
      .waitForFunction(
        () => Number(document.querySelector('oembed-preview').shadowRoot.querySelector('[part~="frame"]')?.height) >= 300,
        { timeout: 15_000 },
      )
      .catch(() => {});
    return await page.evaluate(() => ({
      height: Number(document.querySelector('oembed-preview').shadowRoot.querySelector('[part~="frame"]')?.height),
      violations: window.violations,
    }));
  } finally {
    await page.close();
  }
}

describe('bundler apps under the README strict CSP', () => {
  it('Vite, with the README setting: the rich frame resizes to its content, no violation', async () => {
    const { build } = await import('vite');
    const app = createApp('vite');
    cleanup.push(() => rmSync(app, { recursive: true, force: true }));
    // The README's vite.config.js, as a user would copy it.
    writeFileSync(path.join(app, 'vite.config.js'), readmeBlock('// vite.config.js'));
    await build({ root: app, logLevel: 'warn', configFile: path.join(app, 'vite.config.js') });
    const assets = readdirSync(path.join(app, 'dist/assets'));
    assert.ok(assets.some((file) => /^reporter-.*\.js$/.test(file)), `the reporter is a file: ${assets.join(', ')}`);
    const { height, violations } = await frameHeightUnderCsp(path.join(app, 'dist'));
    assert.deepEqual(violations, []);
    assert.ok(height >= 300, `frame height ${height}`);
  });

  it('Vite without that setting inlines the reporter as a data: URL and the frame stays 120 px (why the setting exists)', async () => {
    const { build } = await import('vite');
    const app = createApp('vite-default');
    cleanup.push(() => rmSync(app, { recursive: true, force: true }));
    await build({ root: app, logLevel: 'warn', configFile: false });
    const scripts = readdirSync(path.join(app, 'dist/assets')).filter((file) => file.endsWith('.js'));
    assert.ok(!scripts.some((file) => file.startsWith('reporter-')), scripts.join(', '));
    const code = scripts.map((file) => readFileSync(path.join(app, 'dist/assets', file), 'utf8')).join('\n');
    assert.match(code, /data:text\/javascript;base64,/);
    // The frame's own document reports the blocked script; the page sees a frame that never grows.
    const { height } = await frameHeightUnderCsp(path.join(app, 'dist'));
    assert.equal(height, 120);
  });

  it('rollup, with the README config: the rich frame resizes to its content, no violation', async () => {
    const { rollup } = await import('rollup');
    const app = createApp('rollup');
    cleanup.push(() => rmSync(app, { recursive: true, force: true }));
    writeFileSync(path.join(app, 'rollup.config.mjs'), readmeBlock('// rollup.config.mjs'));
    // Loaded from the app folder, so its imports resolve there, as in the user's project.
    const { default: config } = await import(path.join(app, 'rollup.config.mjs'));
    const bundle = await rollup({ ...config, input: path.join(app, config.input), onwarn: () => {} });
    await bundle.write({ ...config.output, dir: path.join(app, 'dist') });
    await bundle.close();
    cpSync(path.join(app, 'index.html'), path.join(app, 'dist/index.html'));
    const { height, violations } = await frameHeightUnderCsp(path.join(app, 'dist'));
    assert.deepEqual(violations, []);
    assert.ok(height >= 300, `frame height ${height}`);
  });
});
