import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { createHandler } from '../../dist/server/index.js';
import { startTestOrigin } from './helpers/origin.mjs';
import { route } from './helpers/proxy.mjs';

/** Every bare module specifier reachable from a compiled module through relative imports. */
async function bareImports(entry, seen = new Set(), found = new Set()) {
  if (seen.has(entry.href)) return found;
  seen.add(entry.href);
  const source = await readFile(entry, 'utf8');
  for (const [, specifier] of source.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/gm)) {
    if (specifier.startsWith('.')) await bareImports(new URL(specifier, entry), seen, found);
    else found.add(specifier);
  }
  for (const [, specifier] of source.matchAll(/\bimport\(\s*'([^']+)'/g)) found.add(specifier);
  return found;
}

describe('the runtime-neutral entry (post-embeds/server)', () => {
  let origin;
  before(async () => {
    origin = await startTestOrigin();
  });
  after(() => origin.close());

  it('imports no Node-only module, statically or lazily', async () => {
    const imports = await bareImports(new URL('../../dist/server/index.js', import.meta.url));
    assert.deepEqual([...imports].sort(), ['htmlparser2', 'ipaddr.js', 'lru-cache', 'oembed-providers/providers.json']);
  });

  it('works with the platform fetch, as on Workers, and still refuses private literals', async () => {
    const handler = createHandler({ fetch: globalThis.fetch, allowHosts: [`localhost:${origin.port}`], rateLimit: false });
    const ok = await handler(new Request(`http://proxy.test${route('meta', `http://localhost:${origin.port}/samples/plain`)}`));
    assert.equal(ok.status, 200);
    assert.equal((await ok.json()).dir, 'rtl');
    const refused = await handler(new Request(`http://proxy.test${route('meta', `http://127.0.0.1:${origin.port}/faults/secret`)}`));
    assert.equal(refused.status, 403);
    assert.equal(origin.hits('/faults/secret'), 0);
  });
});
