/**
 * `npm run bench:proxy`: requests/s and p99 latency of `/oembed`, with autocannon against proxies in their
 * own processes (the CLI, as deployed), a fixture origin (demo/server/origin.mjs), everything on loopback:
 *
 * - bare node:http: a server in its own process that sends the cached answer's exact bytes and headers
 *   and does nothing else: the ceiling every other row is compared with;
 * - cached, memory: the same page URL every time, answered from the process's memory;
 * - cached, Redis: the same, on a shared redis-server (started here, on a free loopback port): served from
 *   the near cache, each process's copy of fresh answers, as the CLI runs;
 * - cached, every read from Redis: the near cache off (test/tools/redis-proxy-server.mjs), a Redis GET per request;
 * - cached, 3 instances on one Redis: three CLI processes, one autocannon each at once, requests summed;
 * - uncached: a new page URL every request (`?n=…`): page head fetched, oEmbed discovered, fetched and
 *   validated each time.
 *
 * On a shared machine the load of others shifts every figure, so the bare, memory and Redis runs alternate,
 * BENCH_ROUNDS times (default 3), and each row reports its median round: the ratios compare runs made
 * side by side. Each row also reports the CPU time its server processes (and redis-server, for the Redis
 * rows) spent per request, from /proc (Linux): a machine busy with other work lowers requests/s, but
 * hardly the CPU one request costs, so `× bare (CPU)` is the steadier ratio. The proxies run without access log (`--log-level warn`) unless BENCH_LOG=1.
 * BENCH_DURATION (seconds per run, default 5) and BENCH_CONNECTIONS (default 10) tune the runs.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveOrigin } from '../../demo/server/origin.mjs';
import { startCli } from '../node/helpers/cli.mjs';
import { startRedis } from '../node/helpers/redis.mjs';

const duration = Number(process.env.BENCH_DURATION ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const logLevel = process.env.BENCH_LOG ? 'info' : 'warn';

const origin = await serveOrigin();
const redis = await startRedis();
const page = `${origin.url}/chinese-open-source-ai-models-cheap-deployable/`;
const oembedPath = (pageUrl) => `/oembed?url=${encodeURIComponent(pageUrl)}`;
const proxyArgs = ['--allow-host', new URL(origin.url).host, '--rate-limit', 'off', '--log-level', logLevel];

const started = [];
async function proxy(args = []) {
  const cli = await startCli([...proxyArgs, ...args]);
  started.push(cli);
  // Warm the cache (and the connection pool) for the cached runs.
  const warm = await fetch(new URL(oembedPath(page).slice(1), cli.url));
  if (!warm.ok) throw new Error(`Warm-up failed: ${warm.status} ${await warm.text()}`);
  return { ...cli, warm };
}

/** CPU seconds (user + system) the processes `pids` have used so far, or NaN without /proc. */
function cpuSeconds(pids) {
  try {
    return pids.reduce((sum, pid) => {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return sum + (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in USER_HZ (100)
    }, 0);
  } catch {
    return Number.NaN;
  }
}

/** One autocannon run against `url`; `pids` are the processes whose CPU time the run is charged. */
async function load(url, setupRequest, pids) {
  const cpuBefore = cpuSeconds(pids);
  const result = await autocannon({ url, connections, duration, requests: [{ method: 'GET', setupRequest }] });
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
    cpuPerRequest: (cpuSeconds(pids) - cpuBefore) / result.requests.total,
  };
}

const cached = (request) => ({ ...request, path: oembedPath(page) });

const memory = await proxy();
const viaRedis = await proxy(['--redis', redis.url]);
const trio = [viaRedis, await proxy(['--redis', redis.url]), await proxy(['--redis', redis.url])];

/** Starts one of the bench's own servers (a script beside this one); resolves to its URL. */
const servers = [];
async function server(script, env) {
  const child = spawn(process.execPath, [fileURLToPath(new URL(script, import.meta.url))], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  });
  servers.push(child);
  const url = await new Promise((resolve) => child.stdout.once('data', (chunk) => resolve(/http:\S+/.exec(String(chunk))[0])));
  return { url, pid: child.pid };
}

// The bare server answers with exactly what the proxy answers from its cache.
const answer = {
  status: 200,
  headers: Object.fromEntries([...memory.warm.headers].filter(([name]) => !['date', 'connection', 'keep-alive', 'content-length'].includes(name))),
  body: await memory.warm.text(),
};
const bare = await server('bare-server.mjs', { BARE_ANSWER: JSON.stringify(answer) });
const redisOnly = await server('redis-proxy-server.mjs', { REDIS_URL: redis.url, ALLOW_HOST: new URL(origin.url).host });
const warmRedisOnly = await fetch(new URL(oembedPath(page).slice(1), redisOnly.url));
if (!warmRedisOnly.ok) throw new Error(`Warm-up failed: ${warmRedisOnly.status}`);

/** The median round of each target, the targets run in turn within each round. */
async function alternating(targets) {
  const results = targets.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (const [index, { url, pids }] of targets.entries()) results[index].push(await load(url, cached, pids));
  }
  return results.map((runs) => runs.sort((a, b) => a.rps - b.rps)[Math.floor(runs.length / 2)]);
}

const [bareRun, memoryRun, redisRun, redisOnlyRun] = await alternating([
  { url: bare.url, pids: [bare.pid] },
  { url: memory.url, pids: [memory.child.pid] },
  { url: viaRedis.url, pids: [viaRedis.child.pid, redis.pid] },
  { url: redisOnly.url, pids: [redisOnly.pid, redis.pid] },
]);
let counter = 0;
const rows = [
  ['bare node:http, same bytes', bareRun],
  ['cached, memory', memoryRun],
  ['cached, Redis (near cache)', redisRun],
  ['cached, every read from Redis', redisOnlyRun],
  [
    'cached, 3 instances on one Redis',
    await (async () => {
      const pids = [...trio.map((instance) => instance.child.pid), redis.pid];
      const cpuBefore = cpuSeconds(pids);
      const results = await Promise.all(trio.map((instance) => load(instance.url, cached, [])));
      const total = results.reduce((sum, result) => sum + result.rps * duration, 0);
      return {
        rps: results.reduce((sum, result) => sum + result.rps, 0),
        p99: Math.max(...results.map((result) => result.p99)),
        failed: results.reduce((sum, result) => sum + result.failed, 0),
        cpuPerRequest: (cpuSeconds(pids) - cpuBefore) / total,
      };
    })(),
  ],
  [
    'uncached, memory',
    await load(memory.url, (request) => ({ ...request, path: oembedPath(`${page}?n=${counter++}`) }), [memory.child.pid]),
  ],
];

console.log(
  `post-embeds proxy, /oembed, ${connections} connections, ${duration} s per run, median of ${rounds} alternating rounds, ` +
    'every server in its own process ' +
    `(Node ${process.version}, access log ${process.env.BENCH_LOG ? 'on' : 'off'})\n`,
);
console.log('| run | requests/s | × bare | CPU per request | × bare (CPU) | p99 latency |');
console.log('| --- | --- | --- | --- | --- | --- |');
const [, ceiling] = rows[0];
for (const [title, { rps, p99, failed, cpuPerRequest }] of rows) {
  console.log(
    `| ${title} | ${Math.round(rps).toLocaleString('en')} | ${(rps / ceiling.rps).toFixed(2)} | ` +
      `${Math.round(cpuPerRequest * 1e6)} µs | ${(ceiling.cpuPerRequest / cpuPerRequest).toFixed(2)} | ${p99} ms |` +
      (failed ? ` (${failed} failed)` : ''),
  );
}

servers.forEach((child) => child.kill());
await Promise.all(started.map((cli) => cli.stop()));
await redis.stop();
await origin.close();
process.exitCode = rows.some(([, { failed }]) => failed) ? 1 : 0;
