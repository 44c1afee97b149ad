import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { startTestOrigin } from './helpers/origin.mjs';

const CLI = fileURLToPath(new URL('../../dist/server/cli.js', import.meta.url));

/** Starts the CLI on a free port; resolves once it has printed the URL it serves. */
async function startCli(...args) {
  const child = spawn(process.execPath, [CLI, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  for await (const chunk of child.stdout) {
    stdout += chunk;
    if (stdout.includes('\n')) break;
  }
  const url = /^post-embeds proxy: (http:\/\/127\.0\.0\.1:\d+\/)$/m.exec(stdout)?.[1];
  assert.ok(url, `printed its URL: ${stdout}`);
  return {
    url,
    stderr: () => stderr,
    stop: async () => {
      child.kill();
      await once(child, 'exit');
    },
  };
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
    const cli = await startCli('--allow-private', '--allow-origin', 'http://localhost:8080');
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
    const child = spawn(process.execPath, [CLI, '--frobnicate'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const [code] = await once(child, 'exit');
    assert.equal(code, 2);
    assert.match(stderr, /Usage: post-embeds-proxy/);
  });
});
