/**
 * The proxy's conformance cases (cases.mjs) against the proxy as deployed on each runtime the proxy
 * guide names: Node (the reference), Cloudflare's workerd, Deno and Bun, each started from the
 * guide's own deploy script (deploy/*.mjs, checked below to be what the guide shows) on a loopback
 * port, talking to a local origin. Needs `dist/` (`npx tsc -p src/server/tsconfig.json`).
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { Agent, fetch } from 'undici';
import { startTestOrigin } from '../helpers/origin.mjs';
import { ALLOWED_ORIGIN, CASES } from './cases.mjs';
import { startSecondOrigin } from './second-origin.mjs';
import { COMPATIBILITY_DATE, freePort, RUNTIMES, startRuntime, unavailable } from './runtimes.mjs';

/** Every case, in order, against the proxy on runtime `name`, with an origin of its own. */
function conformanceSuite(name) {
  describe(`on ${name}`, { skip: unavailable(name) }, () => {
    let origin;
    let second;
    let proxy;
    let closedPort;

    before(async () => {
      origin = await startTestOrigin();
      second = await startSecondOrigin();
      closedPort = await freePort();
      proxy = await startRuntime(name, {
        ALLOW_ORIGIN: ALLOWED_ORIGIN,
        ALLOW_HOSTS: [origin.port, second.port, second.tlsPort, closedPort].map((port) => `127.0.0.1:${port}`).join(','),
      });
    });
    after(async () => {
      await Promise.all(agents.splice(0).map((agent) => agent.close()));
      await proxy?.stop();
      await origin?.close();
      await second?.close();
    });

    const agents = [];
    /**
     * Requests from client number `n`: from the loopback address 127.0.0.(n + 2), as the socket's
     * address where the runtime reads that, and as `CF-Connecting-IP`, which Workers read (the edge sets
     * it there). Each case is its own client, so no case spends another's rate-limit budget.
     */
    function client(n) {
      const address = `127.0.0.${n + 2}`;
      const agent = new Agent({ localAddress: address });
      agents.push(agent);
      return (path, init = {}) =>
        fetch(`${proxy.base}${path}`, { ...init, dispatcher: agent, headers: { 'cf-connecting-ip': address, ...init.headers } });
    }

    CASES.forEach(({ name: caseName, run }, n) => {
      it(caseName, async () => {
        const context = {
          get: client(n),
          otherClient: client(CASES.length + n),
          at: (path) => `http://127.0.0.1:${origin.port}${path}`,
          origin,
          second: {
            ...second,
            at: (path) => `http://127.0.0.1:${second.port}${path}`,
            tlsAt: (path) => `https://127.0.0.1:${second.tlsPort}${path}`,
          },
          closedPort,
        };
        try {
          await run(context);
        } catch (error) {
          // What the runtime printed (a stack, a refused operation) is the first thing to read.
          const printed = `\n--- ${name} printed ---\n${proxy.output().slice(-4000)}`;
          error.message += printed;
          if (typeof error.stack === 'string') error.stack += printed;
          throw error;
        }
      });
    });
  });
}

// The runtimes side by side (each one's 10 s timeout case would otherwise add up); each runtime's cases in order.
describe('the proxy as deployed', { concurrency: true }, () => {
  for (const name of Object.keys(RUNTIMES)) conformanceSuite(name);
});

describe("workerd's own network filter, as self-hosted with its default (public addresses only)", { skip: unavailable('workerd') }, () => {
  let origin;
  let proxy;
  before(async () => {
    origin = await startTestOrigin();
    // The proxy's own policy lets the origin through, by name and by address, as it would a public name
    // whose DNS answer it cannot see: workerd resolves the name and must refuse the loopback answer itself.
    proxy = await startRuntime(
      'workerd',
      { ALLOW_HOSTS: `localhost:${origin.port},127.0.0.1:${origin.port}` },
      { network: ['public'] },
    );
  });
  after(async () => {
    await proxy?.stop();
    await origin?.close();
  });

  it('refuses to connect to a private address, a name resolving to one included', async () => {
    for (const host of ['localhost', '127.0.0.1']) {
      const response = await fetch(`${proxy.base}/meta?url=${encodeURIComponent(`http://${host}:${origin.port}/samples/plain`)}`);
      assert.equal(response.status, 502, host);
      assert.equal((await response.json()).error, 'upstream-error');
    }
    assert.equal(origin.hits('/samples/plain'), 0, 'nothing reached the origin');
  });
});

describe('the proxy guide', () => {
  it('shows each deploy script exactly as the conformance test runs it', async () => {
    const guide = await readFile(new URL('../../../docs/guides/proxy.md', import.meta.url), 'utf8');
    for (const { script } of Object.values(RUNTIMES)) {
      const source = await readFile(new URL(`./deploy/${script}`, import.meta.url), 'utf8');
      assert.ok(guide.includes(`\`\`\`js\n${source}\`\`\``), `docs/guides/proxy.md shows deploy/${script} as it is`);
    }
    assert.ok(guide.includes(`compatibility_date = "${COMPATIBILITY_DATE}"`), 'the wrangler.toml shown uses the tested date');
  });
});
