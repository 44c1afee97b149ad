/**
 * A connection has the headers timeout to send its first request's headers, counted from the connection (issue
 * 27, failure 5). Node counts it from the request's first byte, so a client that waited, then sent a byte just
 * before the timeout, kept the connection (and its place under --max-connections) about twice as long. The bound
 * on each wait below only keeps the test from hanging; what is asserted is which clock closed the socket.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createNodeServer } from '../../../dist/server/node.js';

const HEADERS_TIMEOUT = 1000;

describe('the headers timeout counts from the connection', () => {
  let server;
  before(async () => {
    server = createNodeServer((request, response) => response.end('ok'), { headersTimeout: HEADERS_TIMEOUT, requestTimeout: 2 * HEADERS_TIMEOUT });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  /** Connects; `script(socket)` then runs; resolves with when it connected and when the server closed it. */
  async function watch(script) {
    const socket = connect(server.address().port, '127.0.0.1');
    socket.on('error', () => {});
    socket.resume();
    await once(socket, 'connect');
    const connectedAt = performance.now();
    const closed = once(socket, 'close').then(() => performance.now());
    const bound = new Promise((resolve) => setTimeout(resolve, 6 * HEADERS_TIMEOUT, 'still open').unref());
    const extra = await script(socket);
    const closedAt = await Promise.race([closed, bound]);
    socket.destroy();
    return { connectedAt, closedAt, ...extra };
  }

  it('closes a socket that sends nothing', async () => {
    const { closedAt } = await watch(async () => ({}));
    assert.notEqual(closedAt, 'still open');
  });

  it('closes a socket whose first byte comes late before the timeout could start again from that byte', async () => {
    const { closedAt, firstByteAt } = await watch(async (socket) => {
      await new Promise((resolve) => setTimeout(resolve, 0.8 * HEADERS_TIMEOUT));
      socket.write('G');
      return { firstByteAt: performance.now() };
    });
    assert.notEqual(closedAt, 'still open');
    // Counted from the first byte, it could not close before firstByteAt + HEADERS_TIMEOUT.
    assert.ok(closedAt < firstByteAt + HEADERS_TIMEOUT, `closed ${Math.round(closedAt - firstByteAt)} ms after the first byte`);
  });

  it('leaves a connection that sent its request in time alone', async () => {
    const socket = connect(server.address().port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk));
    await once(socket, 'connect');
    socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
    // A keep-alive connection past the headers timeout, answered, still usable.
    await new Promise((resolve) => setTimeout(resolve, 1.2 * HEADERS_TIMEOUT));
    assert.match(answer, /^HTTP\/1\.1 200/);
    assert.equal(socket.destroyed, false, 'still open');
    socket.destroy();
  });
});
