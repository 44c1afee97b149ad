// The proxy as an operator installs and runs it (issue 27, failures 1 and 8): both packages `npm pack`ed, the
// tarballs installed into an empty folder, the command started through `npx` as the docs say, and answers read
// from a local origin: 200 on /healthz, /readyz, /oembed (JSON and XML) and /meta, 304 on If-None-Match, and a
// clean stop when SIGTERM is sent to the `npx` process. Then the same for the Dockerfile's runtime stage replayed
// in a clean folder (`npm ci --omit=dev`, the optional peers installed by name, the built dist/ copied in): no
// Docker engine here. Needs a build (dist/server). On main: /oembed and /meta answered 500 (`oembed-providers`
// was only a devDependency) and the proxy outlived the SIGTERM sent to npx, adopted by PID 1.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

const ROOT = new URL('../../', import.meta.url).pathname;
const run = (command, args, cwd, env = {}) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
const quiet = ['--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'];

/** A local origin: a page that advertises its oEmbed (JSON and XML), and the two answers. */
async function startOrigin() {
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://x');
    const base = `http://127.0.0.1:${server.address().port}`;
    if (pathname === '/page') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><html lang="en"><head><title>Tide tables by the harbour</title>` +
          `<meta name="description" content="When the water comes and goes.">` +
          `<link rel="alternate" type="application/json+oembed" href="${base}/oembed.json">` +
          `<link rel="alternate" type="text/xml+oembed" href="${base}/oembed.xml"></head><body></body></html>`,
      );
    } else if (pathname === '/oembed.json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ version: '1.0', type: 'link', title: 'Tide tables by the harbour', provider_name: 'Harbour' }));
    } else if (pathname === '/oembed.xml') {
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.end('<?xml version="1.0"?><oembed><version>1.0</version><type>link</type><title>Tide tables by the harbour</title></oembed>');
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: server.address().port };
}

/**
 * Starts `command args` in `cwd`; resolves once it printed the URL it serves. `pid()` is the proxy's own process
 * id (from its log lines), which is not the started process's when npx runs it.
 */
async function startCommand(command, args, cwd, env = {}) {
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  // 'close': every holder of the output pipes is gone, the proxy included (not just npx).
  const closed = once(child, 'close');
  await new Promise((resolve) => {
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (/^post-embeds proxy: /m.test(stdout)) resolve();
    });
    child.once('exit', resolve);
  });
  const url = /^post-embeds proxy: (http:\/\/[\d.]+:\d+)\/$/m.exec(stdout)?.[1];
  assert.ok(url, `printed its URL: ${stdout} ${stderr}`);
  const logs = () => stdout.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line));
  return { child, url, logs, closed, stderr: () => stderr, pid: () => logs().find((line) => line.pid)?.pid };
}

/** The answers an operator checks first, against the local origin. */
async function checkAnswers(url, originPort) {
  const page = encodeURIComponent(`http://127.0.0.1:${originPort}/page`);
  assert.equal((await fetch(`${url}/healthz`)).status, 200, '/healthz');
  const json = await fetch(`${url}/oembed?url=${page}`);
  assert.equal(json.status, 200, `/oembed: ${await json.clone().text()}`);
  assert.equal((await json.json()).title, 'Tide tables by the harbour');
  const xml = await fetch(`${url}/oembed?url=${page}&format=xml`);
  assert.equal(xml.status, 200, '/oembed XML');
  assert.match(await xml.text(), /<title>Tide tables by the harbour<\/title>/);
  const meta = await fetch(`${url}/meta?url=${page}`);
  assert.equal(meta.status, 200, `/meta: ${await meta.clone().text()}`);
  assert.equal((await meta.json()).description, 'When the water comes and goes.');
  const again = await fetch(`${url}/meta?url=${page}`, { headers: { 'if-none-match': meta.headers.get('etag') } });
  assert.equal(again.status, 304, 'If-None-Match');
  const ready = await fetch(`${url}/readyz`);
  assert.equal(ready.status, 200, '/readyz');
  assert.deepEqual(await ready.json(), { status: 'ready' });
}

/** Sends SIGTERM to `started.child` and waits for every process holding its output (the proxy too) to end. */
async function stopWith(started, signal = 'SIGTERM') {
  const pid = started.pid();
  started.child.kill(signal);
  // Bounded: on main the proxy outlived npx, so the pipes never closed; then it is killed here and the test fails.
  const outcome = await Promise.race([started.closed.then(() => 'closed'), new Promise((resolve) => setTimeout(resolve, 20_000, 'still running').unref())]);
  if (outcome !== 'closed' && pid) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {}
  }
  assert.equal(outcome, 'closed', `the proxy (pid ${pid}) stopped after ${signal} to the process started`);
  assert.ok(started.logs().some((line) => line.msg === 'stopped'), 'it logged a graceful stop');
}

// The two installs run side by side: they wait on the npm cache and the disk, not on each other.
/** Checks the answers, then the stop, and reports every failure of the two (not only the last). */
async function answersThenStop(started, originPort) {
  const answered = await checkAnswers(started.url, originPort).then(() => undefined, (error) => error);
  const stopped = await stopWith(started).then(() => undefined, (error) => error);
  const errors = [answered, stopped].filter(Boolean);
  if (errors.length > 1) throw new AggregateError(errors, errors.map((error) => error.message).join(' | '));
  if (errors.length) throw errors[0];
}

describe('the proxy as shipped', { concurrency: true }, () => {
  let dir;
  let origin;
  let tarballs;

  before(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'post-embeds-proxy-command-'));
    const [main] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', dir], ROOT));
    const [proxy] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', dir], path.join(ROOT, 'packages/post-embeds-proxy')));
    tarballs = [main.filename, proxy.filename].map((name) => path.join(dir, name));
    origin = await startOrigin();
  });
  after(() => {
    origin?.server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('installed from the tarballs and started with npx: answers, then stops on SIGTERM sent to npx', async () => {
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'proxy-install', private: true }));
    run('npm', ['install', ...quiet, ...tarballs], dir);
    const started = await startCommand(
      'npx',
      ['--no-install', 'post-embeds-proxy', '--port', '0', '--allow-host', `127.0.0.1:${origin.port}`, '--rate-limit', 'off'],
      dir,
    );
    await answersThenStop(started, origin.port);
  });

  it("the Dockerfile's runtime stage replayed in a clean folder: answers, then stops on SIGTERM", async () => {
    // The steps of the Dockerfile's second stage, in order, as the `node` user would run them (no Docker here).
    const image = path.join(dir, 'image');
    const dockerfile = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('FROM '));
    // The stage's ENV applies to its RUN steps: with NODE_ENV=production, npm leaves devDependencies out.
    assert.match(runtime, /ENV NODE_ENV=production/);
    const env = { NODE_ENV: 'production' };
    assert.match(runtime, /COPY package\.json package-lock\.json \.\//);
    assert.match(runtime, /npm ci --omit=dev/);
    assert.match(runtime, /peerDependenciesMeta/);
    assert.match(runtime, /COPY --from=build \/app\/dist \.\/dist/);
    assert.match(runtime, /ENTRYPOINT \["node", "dist\/server\/cli\.js"\]/);
    cpSync(path.join(ROOT, 'package.json'), path.join(image, 'package.json'));
    copyFileSync(path.join(ROOT, 'package-lock.json'), path.join(image, 'package-lock.json'));
    run('npm', ['ci', '--omit=dev', ...quiet], image, env);
    const peers = run(process.execPath, ['-p', "Object.keys(require('./package.json').peerDependenciesMeta).filter((name) => name !== 'react').join(' ')"], image)
      .trim()
      .split(' ');
    run('npm', ['install', '--no-save', ...quiet, ...peers], image, env);
    // What the image would hold: no devDependency beyond the peers.
    for (const name of ['typescript', 'rollup', '@11ty/eleventy']) {
      assert.throws(() => readFileSync(path.join(image, 'node_modules', name, 'package.json')), `${name} is not installed`);
    }
    // The build stage's output: `tsc -p src/server/tsconfig.json` into dist/ (CI built it already).
    cpSync(path.join(ROOT, 'dist/server'), path.join(image, 'dist/server'), { recursive: true });
    cpSync(path.join(ROOT, 'dist/shared'), path.join(image, 'dist/shared'), { recursive: true });
    const started = await startCommand(
      process.execPath,
      ['dist/server/cli.js', '--port', '0', '--allow-host', `127.0.0.1:${origin.port}`, '--rate-limit', 'off'],
      image,
      env,
    );
    await answersThenStop(started, origin.port);
  });

  it("the proxy package's README links work on the registry's page (absolute URLs)", () => {
    const readme = readFileSync(path.join(ROOT, 'packages/post-embeds-proxy/README.md'), 'utf8');
    const links = [...readme.matchAll(/\]\(([^)]+)\)/g)].map(([, href]) => href);
    assert.ok(links.length > 0);
    for (const href of links) assert.match(href, /^https:\/\//, href);
  });
});
