import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { CLI, startCli } from './helpers/cli.mjs';
import { startTestOrigin } from './helpers/origin.mjs';
import { eventually, route } from './helpers/proxy.mjs';

/** Runs the CLI to its end: exit code, stdout, stderr. */
async function runCli(args, env = {}) {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const [code] = await once(child, 'exit');
  return { code, stdout, stderr };
}

describe('post-embeds-proxy CLI', () => {
  let origin;
  before(async () => {
    origin = await startTestOrigin();
  });
  after(() => origin.close());

  it('serves the proxy over HTTP and refuses loopback targets by default', async () => {
    const cli = await startCli();
    try {
      const target = encodeURIComponent(`http://127.0.0.1:${origin.port}/faults/secret`);
      const response = await fetch(`${cli.url}meta?url=${target}`);
      assert.equal(response.status, 403);
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      assert.equal(origin.hits('/faults/secret'), 0);
      assert.doesNotMatch(cli.stderr(), /allow-private/);
    } finally {
      await cli.stop();
    }
  });

  it('with --allow-private, reaches a local origin, and says loudly that it does', async () => {
    const cli = await startCli(['--allow-private', '--allow-origin', 'http://localhost:8080']);
    try {
      const target = encodeURIComponent(`http://127.0.0.1:${origin.port}/samples/plain`);
      const response = await fetch(`${cli.url}meta?url=${target}`, { headers: { origin: 'http://localhost:8080' } });
      assert.equal(response.status, 200);
      assert.equal((await response.json()).title, 'حين تمطر الصحراء');
      assert.equal(response.headers.get('access-control-allow-origin'), 'http://localhost:8080');
      assert.match(cli.stderr(), /--allow-private is ON/);
      assert.match(cli.stderr(), /local development and tests only/i);
    } finally {
      await cli.stop();
    }
  });

  it('rejects unknown options with its usage', async () => {
    const { code, stderr } = await runCli(['--frobnicate']);
    assert.equal(code, 2);
    assert.match(stderr, /Usage: post-embeds-proxy/);
  });

  it('prints its version', async () => {
    const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
    assert.deepEqual(await runCli(['--version']), { code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('listens where PORT and HOST say, and answers /healthz', async () => {
    const taken = createServer();
    await new Promise((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address();
    await new Promise((resolve) => taken.close(resolve));
    const cli = await startCli([], { port: null, env: { PORT: String(port), HOST: '127.0.0.1' } });
    try {
      assert.equal(cli.url, `http://127.0.0.1:${port}/`);
      const health = await fetch(`${cli.url}healthz`);
      assert.deepEqual([health.status, health.headers.get('cache-control'), await health.json()], [200, 'no-store', { status: 'ok' }]);
    } finally {
      await cli.stop();
    }
  });

  it('says in one line that a port is in use, and exits with 1', async () => {
    const taken = createServer();
    await new Promise((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const { code, stdout, stderr } = await runCli(['--port', String(taken.address().port)]);
      assert.equal(code, 1);
      assert.equal(stdout, '');
      assert.equal(stderr, `post-embeds-proxy: port ${taken.address().port} is already in use on 127.0.0.1; choose another with --port or PORT\n`);
    } finally {
      taken.close();
    }
  });

  it('on SIGTERM, stops taking connections but finishes the requests in flight', async () => {
    const cli = await startCli(['--allow-host', `127.0.0.1:${origin.port}`]);
    const target = `http://127.0.0.1:${origin.port}/faults/page?oembed=${encodeURIComponent('/faults/counted-oembed?case=sigterm&hold=1')}`;
    const inFlight = fetch(new URL(route('oembed', target).slice(1), cli.url));
    assert.ok(await eventually(() => origin.hits('/faults/counted-oembed?case=sigterm') === 1));
    cli.child.kill('SIGTERM');
    assert.ok(await eventually(() => fetch(`${cli.url}healthz`).then(() => false, () => true)), 'refuses new connections');
    origin.release();
    const response = await inFlight;
    assert.equal(response.status, 200);
    assert.equal((await response.json()).title, 'Counted');
    const [code] = await cli.exited;
    assert.equal(code, 0);
    assert.ok(cli.logs().some((line) => line.msg === 'stopped'));
  });
});
