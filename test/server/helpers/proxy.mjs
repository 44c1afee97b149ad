/** The proxy as the tests use it: the compiled Node handler, with DNS replaced so names map to loopback. */
import { createNodeHandler } from '../../../dist/server/node.js';

/** `origin.test` and `evil.test` resolve to 127.0.0.1; everything else to nothing. */
export async function testResolver(hostname) {
  return hostname === 'origin.test' || hostname === 'evil.test' ? [{ address: '127.0.0.1', family: 4 }] : [];
}

/**
 * A proxy that may reach `origin.test` (exempt, like the demo's `allowHosts`) and nothing else
 * private. Returns `get(path, init)` that calls the handler directly, plus the handler itself.
 */
export function testProxy(options = {}) {
  const handler = createNodeHandler({
    resolve: testResolver,
    allowHosts: ['origin.test'],
    rateLimit: false,
    ...options,
  });
  const get = (path, { headers, method = 'GET', clientAddress = '192.0.2.1' } = {}) =>
    handler(new Request(`http://proxy.test${path}`, { method, headers }), { clientAddress });
  return { handler, get };
}

/** `/oembed?url=…` or `/meta?url=…` with the target encoded. */
export const route = (name, target, extra = '') => `/${name}?url=${encodeURIComponent(target)}${extra}`;

/** Polls `predicate` a bounded number of times (never asserts on time). */
export async function eventually(predicate, tries = 200) {
  for (let i = 0; i < tries; i++) {
    if (await predicate()) return true;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return false;
}
