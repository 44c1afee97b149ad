/**
 * Clients that hold connections without using them: silent sockets, headers sent a byte at a time
 * (slowloris), more connections than the cap. The proxy runs in its own process (abuse/harness.mjs)
 * with short limits, so the test takes seconds; the defaults are checked apart.
 */
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createNodeServer, DEFAULT_SERVER_LIMITS } from '../../../dist/server/node.js';
import { measureAttack, startProxyProcess } from './abuse/harness.mjs';
import { eventually } from '../helpers/proxy.mjs';

const LIMITS = { headersTimeout: 1000, requestTimeout: 2000, keepAliveTimeout: 500, maxConnections: 300 };

/** Opens `count` sockets; each sends `drip` (a byte of a request line every 200 ms) or nothing. */
async function openSockets(port, count, { drip = false } = {}) {
  const sockets = await Promise.all(
    Array.from({ length: count }, () =>
      new Promise((resolve) => {
        const socket = connect(port, '127.0.0.1', () => resolve(socket));
        socket.on('error', () => {});
        // Read (and drop) whatever comes, so that the server's closing is seen.
        socket.resume();
      }),
    ),
  );
  if (drip) {
    const line = 'GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ' + 'a'.repeat(1000);
    for (const socket of sockets) {
      let at = 0;
      const timer = setInterval(() => (socket.destroyed ? clearInterval(timer) : socket.write(line[at++ % line.length])), 200);
      socket.on('close', () => clearInterval(timer));
    }
  }
  return sockets;
}

describe('slow and idle clients', () => {
  let proxy;
  before(async () => {
    proxy = await startProxyProcess({ server: LIMITS });
  });
  after(() => proxy?.close());

  it('closes silent and slowloris sockets once their headers are late, and answers meanwhile', async () => {
    let sockets;
    const outcome = await measureAttack('200 silent + 50 slowloris sockets (headersTimeout 1 s)', proxy, async () => {
      sockets = [...(await openSockets(proxy.port, 200)), ...(await openSockets(proxy.port, 50, { drip: true }))];
      // Generous: the timeout is 1 s; this only bounds the wait.
      return eventually(() => sockets.every((socket) => socket.destroyed), 3000);
    });
    assert.equal(outcome.results, true, `${sockets.filter((socket) => !socket.destroyed).length} sockets still open`);
    assert.ok(outcome.figures.healthDuringCpu <= 500, `/healthz median: ${outcome.figures.healthDuringCpu} ms of proxy CPU`);
    assert.ok(outcome.figures.after.used <= outcome.figures.before.used * 1.2, 'memory back within 20%');
    assert.equal((await proxy.get('/healthz')).status, 200, 'still serving');
  });

  it('closes connections beyond the cap at once, and serves again once they are gone', async () => {
    const sockets = await openSockets(proxy.port, 400);
    // The server closes the 100 over the cap as it accepts them; the 300 others wait for the timeout.
    assert.ok(await eventually(() => sockets.filter((socket) => socket.destroyed).length >= 100, 3000), 'the extra ones were closed');
    assert.ok(sockets.filter((socket) => !socket.destroyed).length <= LIMITS.maxConnections, 'no more than the cap stay open');
    assert.ok(await eventually(() => sockets.every((socket) => socket.destroyed), 3000), 'the rest time out');
    assert.equal((await proxy.get('/healthz')).status, 200, 'serving again');
  });
});

describe('createNodeServer', () => {
  it('closes a keep-alive connection after maxRequestsPerSocket requests', async () => {
    let answered = 0;
    // A keep-alive timeout far longer than the test: only the request limit can close the socket.
    const server = createNodeServer(
      (request, response) => {
        answered++;
        response.writeHead(200, { 'content-type': 'text/plain' }).end(`answer ${answered}`);
      },
      { maxRequestsPerSocket: 3, keepAliveTimeout: 60_000 },
    );
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const socket = connect(server.address().port, '127.0.0.1');
      socket.on('error', () => {});
      let received = '';
      socket.on('data', (chunk) => (received += chunk));
      const heads = () => received.split('\r\n\r\n').filter((part) => part.startsWith('HTTP/1.1'));
      const closed = () => socket.destroyed || socket.readableEnded;
      // N + 1 requests, one after the other on the same connection, each asking to keep it open.
      for (let i = 1; i <= 4 && !closed(); i++) {
        socket.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n');
        await eventually(() => heads().length >= i || closed(), 500);
      }
      assert.ok(await eventually(closed, 500), 'the connection was closed');
      assert.equal(answered, 3, 'the listener saw N requests');
      const answers = heads();
      assert.deepEqual(answers.map((head) => head.split('\r\n')[0]), Array(3).fill('HTTP/1.1 200 OK'), received);
      assert.match(answers[1], /connection: keep-alive/i);
      assert.match(answers[2], /connection: close/i, 'the Nth answer says the connection closes');
    } finally {
      server.close();
    }
  });

  it('applies safe limits by default, each one an option', () => {
    const server = createNodeServer(() => {});
    assert.deepEqual(
      {
        headersTimeout: server.headersTimeout,
        requestTimeout: server.requestTimeout,
        keepAliveTimeout: server.keepAliveTimeout,
        maxRequestsPerSocket: server.maxRequestsPerSocket,
        maxConnections: server.maxConnections,
      },
      DEFAULT_SERVER_LIMITS,
    );
    assert.ok(DEFAULT_SERVER_LIMITS.headersTimeout <= 10_000 && DEFAULT_SERVER_LIMITS.maxConnections <= 1024);
    const custom = createNodeServer(() => {}, { maxConnections: 7, headersTimeout: 2000 });
    assert.equal(custom.maxConnections, 7);
    assert.equal(custom.headersTimeout, 2000);
  });
});
