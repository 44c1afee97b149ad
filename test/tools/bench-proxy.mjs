/**
 * `npm run bench:proxy`: requests/s and p99 latency of `/oembed`, cached and uncached, with autocannon
 * against the fixture origin (demo/server/origin.mjs), everything on loopback.
 *
 * - cached: the same page URL every time, so after the first request every answer comes from the cache;
 * - uncached: a new page URL every request (`?n=…`), so each one fetches the page, reads its head,
 *   discovers the WordPress oEmbed endpoint, fetches and validates it.
 *
 * BENCH_DURATION (seconds, default 5) and BENCH_CONNECTIONS (default 10) tune the runs.
 */
import autocannon from 'autocannon';
import { createServer } from 'node:http';
import { createNodeListener } from '../../dist/server/node.js';
import { serveOrigin } from '../../demo/server/origin.mjs';

const duration = Number(process.env.BENCH_DURATION ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

const origin = await serveOrigin();
const listener = createNodeListener({ allowHosts: ['localhost'], rateLimit: false });
const proxy = createServer((request, response) => void listener(request, response));
await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
const proxyUrl = `http://127.0.0.1:${proxy.address().port}`;
const page = `${origin.url}/chinese-open-source-ai-models-cheap-deployable/`;
const oembedPath = (pageUrl) => `/oembed?url=${encodeURIComponent(pageUrl)}`;

async function run(title, setupRequest) {
  const result = await autocannon({
    url: proxyUrl,
    connections,
    duration,
    requests: [{ method: 'GET', setupRequest }],
  });
  const failures = result.non2xx + result.errors + result.timeouts;
  console.log(
    `${title.padEnd(18)} ${result.requests.average.toFixed(0).padStart(7)} req/s   p99 ${String(result.latency.p99).padStart(4)} ms` +
      (failures ? `   (${failures} failed)` : ''),
  );
  return failures;
}

// Warm the cache (and the connection pool) for the cached run.
const warm = await fetch(`${proxyUrl}${oembedPath(page)}`);
if (!warm.ok) throw new Error(`Warm-up failed: ${warm.status} ${await warm.text()}`);

console.log(`post-embeds proxy, /oembed, ${connections} connections, ${duration} s each (Node ${process.version})`);
let counter = 0;
const failures =
  (await run('/oembed cached', (request) => ({ ...request, path: oembedPath(page) }))) +
  (await run('/oembed uncached', (request) => ({ ...request, path: oembedPath(`${page}?n=${counter++}`) })));

proxy.close();
proxy.closeAllConnections();
await origin.close();
process.exitCode = failures ? 1 : 0;
