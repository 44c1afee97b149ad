/**
 * The address a connection goes to is exactly the one the guard checked (no second DNS answer between the check
 * and the connect). The resolver here rebinds: its first answer is a public address, every later one loopback.
 * The test plays the network: `net.connect` (what undici calls) is wrapped so that the public address routes to
 * the local origin, and every address the guard hands a socket is recorded. One connection must cost one
 * resolution, use its answer and nothing else; the next connection, resolved again, gets loopback and is refused.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import net from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createNodeHandler } from '../../../dist/server/node.js';
import { route } from '../helpers/proxy.mjs';

const PUBLIC = '93.184.216.34';

describe('the connection is pinned to the checked address', () => {
  let origin;
  let port;
  let hits = 0;
  let resolutions = 0;
  const handed = [];
  const connect = net.connect;

  before(async () => {
    origin = createServer((request, response) => {
      hits++;
      response.writeHead(200, { 'content-type': 'text/html', connection: 'close' });
      response.end('<title>Pinned</title>');
    });
    await new Promise((resolve) => origin.listen(0, '127.0.0.1', resolve));
    port = origin.address().port;
    net.connect = function (options, ...rest) {
      if (options?.host !== 'rebind.test' || typeof options.lookup !== 'function') return connect.call(this, options, ...rest);
      const guard = options.lookup;
      const lookup = (hostname, lookupOptions, callback) =>
        guard(hostname, lookupOptions, (error, address, family) => {
          if (error) return callback(error);
          const list = Array.isArray(address) ? address : [{ address, family }];
          handed.push(...list.map((entry) => entry.address));
          // The network: the public address routes to the origin on loopback.
          const routed = list.map((entry) => ({ ...entry, address: entry.address === PUBLIC ? '127.0.0.1' : entry.address }));
          if (Array.isArray(address)) callback(null, routed);
          else callback(null, routed[0].address, routed[0].family);
        });
      return connect.call(this, { ...options, lookup }, ...rest);
    };
  });
  after(() => {
    net.connect = connect;
    origin.close();
  });

  it('one resolution per connection, its checked answer used and nothing else', async () => {
    const handler = createNodeHandler({
      rateLimit: false,
      cache: false,
      allowPorts: [port],
      resolve: async () => (++resolutions === 1 ? [{ address: PUBLIC, family: 4 }] : [{ address: '127.0.0.1', family: 4 }]),
    });
    const get = () => handler(new Request(`http://proxy.test${route('meta', `http://rebind.test:${port}/page`)}`));

    const first = await get();
    assert.equal(first.status, 200);
    assert.equal((await first.json()).title, 'Pinned');
    assert.equal(resolutions, 1);
    assert.deepEqual(handed, [PUBLIC], 'the socket got the checked public address only');
    assert.equal(hits, 1);

    // The origin closed that connection: the next one resolves again, gets loopback, and is refused before connecting.
    const second = await get();
    assert.equal(second.status, 403);
    assert.equal((await second.json()).error, 'refused-address');
    assert.equal(resolutions, 2);
    assert.deepEqual(handed, [PUBLIC]);
    assert.equal(hits, 1);
  });
});
