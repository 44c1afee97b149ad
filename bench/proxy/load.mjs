/**
 * The bench's load generator, in its own process so that it never shares a CPU's time slices with the
 * server it measures (nor with the bench's bookkeeping): one autocannon run, settings from LOAD (JSON:
 * `url`, `connections`, `duration` in s, `reconnectRate`, and `distinct: true` to add `&n=<counter>` to
 * the page URL of every request, for uncached runs). Prints the run's figures as one JSON line.
 */
import autocannon from 'autocannon';

const { url, connections, duration, reconnectRate, distinct } = JSON.parse(process.env.LOAD);
let counter = 0;
const target = new URL(url);
// autocannon's own percentiles are whole milliseconds; loopback answers take less, so each one's time is kept.
const latencies = [];
const instance = autocannon({
  url,
  connections,
  duration,
  // Every connection is renewed after this many requests, as a client must once the server's
  // per-connection limit (maxRequestsPerSocket) is reached: autocannon ignores `Connection: close`.
  reconnectRate,
  ...(distinct && {
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => {
          const pageUrl = new URL(target.searchParams.get('url'));
          pageUrl.searchParams.set('n', String(counter++));
          return { ...request, path: `${target.pathname}?url=${encodeURIComponent(pageUrl.href)}` };
        },
      },
    ],
  }),
});
instance.on('response', (client, statusCode, bytes, ms) => latencies.push(ms));
const result = await instance;
latencies.sort((a, b) => a - b);
const percentile = (p) => latencies[Math.min(latencies.length - 1, Math.floor((latencies.length * p) / 100))] ?? Number.NaN;
process.stdout.write(
  `${JSON.stringify({
    requests: result.requests.total,
    seconds: result.duration,
    rps: result.requests.total / result.duration,
    p50: percentile(50),
    p99: percentile(99),
    failed: result.non2xx + result.errors + result.timeouts,
  })}\n`,
);
