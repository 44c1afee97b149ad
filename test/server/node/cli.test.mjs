import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { CLI, startCli } from '../helpers/cli.mjs';
import { startTestOrigin } from '../helpers/origin.mjs';
import { eventually, route } from '../helpers/proxy.mjs';

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

/** A raw connection to `port`: `answers()` the status lines received so far, `closed()` once the server closed it. */
async function openSocket(port) {
  const socket = connect(port, '127.0.0.1');
  socket.on('error', () => {});
  let received = '';
  socket.on('data', (chunk) => (received += chunk));
  await once(socket, 'connect');
  return {
    get: () => socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n'),
    answers: () => received.match(/HTTP\/1\.1 \d{3}/g) ?? [],
    received: () => received,
    closed: () => socket.destroyed || socket.readableEnded,
    destroy: () => socket.destroy(),
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

  it('takes the server limits as flags: connection cap and requests per connection', async () => {
    // Headers and keep-alive timeouts far longer than the test: only the flags under test close sockets.
    const flags = ['--max-connections', '2', '--max-requests-per-socket', '2', '--headers-timeout', '30000', '--request-timeout', '30000'];
    const cli = await startCli([...flags, '--keep-alive-timeout', '30000']);
    const sockets = [];
    try {
      const port = Number(new URL(cli.url).port);
      const reused = await openSocket(port);
      sockets.push(reused);
      for (let i = 1; i <= 3 && !reused.closed(); i++) {
        reused.get();
        await eventually(() => reused.answers().length >= i || reused.closed(), 500);
      }
      assert.ok(await eventually(reused.closed, 500), 'closed after 2 requests');
      assert.deepEqual(reused.answers(), ['HTTP/1.1 200', 'HTTP/1.1 200'], reused.received());

      const silent = await Promise.all([openSocket(port), openSocket(port), openSocket(port)]);
      sockets.push(...silent);
      assert.ok(await eventually(() => silent.some((socket) => socket.closed()), 500), 'the connection over the cap was closed');
      assert.equal(silent.filter((socket) => socket.closed()).length, 1, 'the two within the cap stay open');
    } finally {
      sockets.forEach((socket) => socket.destroy());
      await cli.stop();
    }
  });

  it('takes the server limits as flags: headers and keep-alive timeouts', async () => {
    // 10 s and 5 s by default: well past the bounded waits below.
    const cli = await startCli(['--headers-timeout', '300', '--request-timeout', '600', '--keep-alive-timeout', '300']);
    const sockets = [];
    try {
      const port = Number(new URL(cli.url).port);
      const silent = await openSocket(port);
      const idle = await openSocket(port);
      sockets.push(silent, idle);
      idle.get();
      assert.ok(await eventually(() => idle.answers().length === 1, 500), 'answered');
      assert.ok(await eventually(silent.closed, 300), 'a connection that sends no headers is closed once they are late');
      assert.ok(await eventually(idle.closed, 300), 'an idle keep-alive connection is closed');
    } finally {
      sockets.forEach((socket) => socket.destroy());
      await cli.stop();
    }
  });

  it('says what is wrong with a server limit, and exits with 2', async () => {
    const cases = [
      [['--headers-timeout', '10s'], '--headers-timeout takes a whole number of milliseconds from 1 to 2147483647, not "10s"'],
      [['--request-timeout', '0'], '--request-timeout takes a whole number of milliseconds from 1 to 2147483647, not "0"'],
      [['--keep-alive-timeout', '99999999999'], '--keep-alive-timeout takes a whole number of milliseconds from 1 to 2147483647, not "99999999999"'],
      [['--max-connections=-1'], '--max-connections takes a whole number from 1, not "-1"'],
      [['--max-requests-per-socket', '1.5'], '--max-requests-per-socket takes a whole number from 1, not "1.5"'],
      [
        ['--headers-timeout', '30000'],
        '--headers-timeout (30000 ms) is longer than --request-timeout (20000 ms), which includes the headers; raise --request-timeout',
      ],
    ];
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = await runCli(args);
      assert.equal(code, 2, args.join(' '));
      assert.equal(stdout, '');
      assert.equal(stderr.split('\n')[0], message);
      assert.match(stderr, /--max-requests-per-socket <n>/, 'then the usage');
    }
  });

  it('prints its version', async () => {
    const { version } = JSON.parse(await readFile(new URL('../../../package.json', import.meta.url), 'utf8'));
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
