// Frameworks as adopters use them, from the packed tarball: each app in test/apps/<name>/ (versions pinned in its
// package.json) is copied to a temporary folder, installs its dependencies and the tarball with npm, checks and
// builds with the framework's own commands, and is opened in Chromium beside the fixture API. Every element of
// the page (but `hidden` ones) must reach `:state(ready)`, every one outside `[data-no-events]` must have told
// the app (`window.events` holds "<section id> <tag> load"), and the page must log no error or warning (React's
// and Lit's hydration mismatches are logged as such). Installs run in parallel (one shared npm cache, as on a
// fresh CI machine: nothing is kept between runs); builds run one after another. Astro 7 needs Node 22: its
// commands run through `npx -p node@24` (the npm registry's newest Node 22 is older than Astro 7.4 accepts). Needs `npm run build` (the tarball is packed from dist/).
// `APPS=next,astro npm run test:apps` runs some of them; `TARBALL=…` tests a tarball packed elsewhere.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { handleFixtureApi } from '../fixture-api/fixture-api.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HERE = fileURLToPath(new URL('.', import.meta.url));
// Astro 7.4 needs Node >= 22.23.4; npm's `node` package has 22.23.3 as its newest 22, so Node 24.
const NODE_24 = ['npx', '--yes', '-p', 'node@24', '--'];

/** Each app: its folder, the commands that check and build it, where the build lands. */
const APPS = [
  { name: 'next', framework: 'Next.js 16.5.0 (React 19.3.1)', commands: [['npx', 'next', 'build']], out: 'out' },
  { name: 'astro', framework: 'Astro 7.4.8 + @astrojs/lit 4.3.0', commands: [[...NODE_24, 'npx', 'astro', 'build']], out: 'dist' },
  { name: 'vue', framework: 'Vue 3.5.47', commands: [['npx', 'vue-tsc', '--noEmit'], ['npx', 'vite', 'build']], out: 'dist' },
  { name: 'svelte', framework: 'Svelte 5.60.1', commands: [['npx', 'svelte-check', '--fail-on-warnings'], ['npx', 'vite', 'build']], out: 'dist' },
  { name: 'react-18', framework: 'React 18.3.1', commands: [['npx', 'tsc', '-p', '.', '--strict'], ['npx', 'vite', 'build']], out: 'dist' },
  { name: 'react-19', framework: 'React 19.3.1', commands: [['npx', 'tsc', '-p', '.', '--strict'], ['npx', 'vite', 'build']], out: 'dist' },
].filter((app) => !process.env.APPS || process.env.APPS.split(',').includes(app.name));

/** Runs a command; resolves with its output, rejects with the output's tail. */
function run(command, args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1', CI: '1' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} exited with ${code} in ${cwd}:\n${output.slice(-4000)}`)),
    );
  });
}

const seconds = (start) => ((performance.now() - start) / 1000).toFixed(1);

/** Serves a built app and the fixture API under /api/ on one loopback port. */
async function serve(dir) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.txt': 'text/plain' };
  const server = createServer(async (req, res) => {
    if (await handleFixtureApi(req, res)) return;
    const { pathname } = new URL(req.url, 'http://localhost');
    const file = path.join(dir, path.normalize(decodeURIComponent(pathname)).replace(/\/$/, '/index.html'));
    const body = file.startsWith(dir) ? await readFile(file).catch(() => undefined) : undefined;
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

/** Opens the app; returns the elements' states, the events the app recorded and what the console said. */
async function openApp(browser, url) {
  const page = await browser.newPage();
  const logged = [];
  page.on('console', (message) => {
    // The browser's own request for /favicon.ico (no app declares one) is not the app's.
    if (message.location()?.url?.endsWith('/favicon.ico')) return;
    if (['error', 'warn', 'warning'].includes(message.type())) logged.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => logged.push(`pageerror: ${error.message}`));
  try {
    await page.goto(url);
    const visible = 'post-card:not([hidden]), related-posts:not([hidden]), source-citation:not([hidden]), oembed-preview:not([hidden])';
    await page
      .waitForFunction((selector) => {
        const elements = [...document.querySelectorAll(selector)];
        return elements.length > 0 && elements.every((element) => element.matches(':state(ready)'));
      }, { timeout: 30_000 }, visible)
      .catch(() => {});
    return await page.evaluate((selector) => ({
      elements: [...document.querySelectorAll(selector)].map((element) => ({
        tag: element.localName,
        section: element.closest('section')?.id ?? '',
        events: !element.closest('[data-no-events]'),
        ready: element.matches(':state(ready)'),
        state: element.state,
      })),
      events: window.events ?? [],
    }), visible).then((result) => ({ ...result, logged }));
  } finally {
    await page.close();
  }
}

const matrix = [];
let browser;
let tarball;
const work = mkdtempSync(path.join(tmpdir(), 'pe-frameworks-'));
const installed = new Map();

before(async () => {
  const start = performance.now();
  // TARBALL=<file> tests another build (another branch's `npm pack`) with the same apps.
  if (process.env.TARBALL) tarball = path.resolve(process.env.TARBALL);
  else tarball = path.join(work, JSON.parse(await run('npm', ['pack', '--json', '--pack-destination', work], ROOT))[0].filename);
  // Every app installs at once: the downloads overlap, one npm cache serves them all.
  for (const app of APPS) {
    const dir = path.join(work, app.name);
    cpSync(path.join(HERE, app.name), dir, { recursive: true });
    installed.set(app.name, run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball], dir).then(() => seconds(start)));
  }
  await Promise.allSettled(installed.values());
  browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
});

after(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
  console.log('\nframework | command | result | install (s, in parallel) | build (s) | browser (s)');
  for (const row of matrix) console.log(`${row.framework} | ${row.commands} | ${row.result} | ${row.install} | ${row.build} | ${row.browser}`);
});

describe('frameworks, from the packed tarball', () => {
  for (const app of APPS) {
    it(`${app.framework}: ${app.commands.map((command) => command.filter((word) => !NODE_24.includes(word)).join(' ')).join(' && ')}, then every element ready, its events heard, no warning`, async () => {
      const row = { framework: app.framework, commands: app.commands.map((command) => command.join(' ')).join(' && '), result: 'failed', install: '', build: '', browser: '' };
      matrix.push(row);
      const dir = path.join(work, app.name);
      row.install = await installed.get(app.name);
      let start = performance.now();
      for (const [command, ...args] of app.commands) await run(command, args, dir);
      row.build = seconds(start);
      start = performance.now();
      const { server, url } = await serve(path.join(dir, app.out));
      try {
        const { elements, events, logged } = await openApp(browser, url);
        row.browser = seconds(start);
        assert.ok(elements.length >= 4, `the page has the elements (${elements.length})`);
        assert.deepEqual(elements.filter((element) => !element.ready), [], 'every element is ready');
        const missed = elements.filter((element) => element.events && !events.includes(`${element.section} ${element.tag} load`));
        assert.deepEqual(missed, [], `every element told the app it loaded (events: ${JSON.stringify(events)})`);
        assert.deepEqual(logged, [], 'nothing logged an error or a warning');
        row.result = 'passed';
      } finally {
        server.close();
      }
    });
  }
});
