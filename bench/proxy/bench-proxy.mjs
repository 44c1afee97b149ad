/**
 * `npm run bench:proxy`: requests/s and latency of cached `/oembed` answers against a bare `node:http`
 * server sending the same bytes, everything on loopback and every party in its own process:
 *
 * - bare node:http: a server that answers every request with the cached answer's exact status line,
 *   headers (same names, order and values, Content-Length included) and body, and does nothing else:
 *   the ceiling every other row is compared with;
 * - cached, memory: the CLI as deployed (`--rate-limit off`, no access log unless BENCH_LOG=1), the same
 *   page URL every time, answered from its memory;
 * - with BENCH_BASELINE=<checkout>, cached, memory from that checkout's built CLI (e.g. the main
 *   branch, to compare a change with it in the same rounds);
 * - cached, Redis (near cache): the CLI on a shared redis-server (started here, on a free loopback
 *   port), answering from its near cache, each process's copy of fresh answers;
 * - cached, every read from Redis: the near cache off (bench/proxy/redis-proxy-server.mjs), a Redis GET
 *   per request;
 * - cached, 3 instances on one Redis: three CLI processes, one load generator each at once, summed;
 * - uncached: a new page URL every request (`?n=…`): page head fetched, oEmbed discovered, fetched and
 *   validated each time (the fixture origin runs in this process).
 *
 * The load generator is autocannon in a process of its own (bench/proxy/load.mjs), BENCH_CONNECTIONS
 * (default 10) keep-alive connections, BENCH_DURATION seconds per run (default 5); every connection is
 * renewed after 1,000 requests (the CLI's maxRequestsPerSocket, which the bare server copies).
 * The first four rows alternate for BENCH_ROUNDS rounds (default 5), each round in another order, so a
 * machine busy with other work slows them alike; the table shows medians with min–max over rounds and
 * the ratios to the bare server computed within each round. Each run also reports the CPU time its
 * server processes (and redis-server, for the Redis rows) spent per request, from /proc (Linux), and
 * the 1-minute load average when it ended. Every run goes to bench/proxy-results.json.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveOrigin } from '../../test/fixture-api/origin.mjs';
import { median, summary } from '../stats.mjs';
import { startCli } from '../../test/server/helpers/cli.mjs';
import { startRedis } from '../../test/server/helpers/redis.mjs';

const duration = Number(process.env.BENCH_DURATION ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const reconnectRate = 1000;
const logLevel = process.env.BENCH_LOG ? 'info' : 'warn';

const started = [];
const servers = [];
const origin = await serveOrigin();
const redis = await startRedis();
// Whatever happens, no server outlives the bench.
process.on('exit', () => {
  for (const child of [...started.map((cli) => cli.child), ...servers]) child.kill('SIGKILL');
  try {
    process.kill(redis.pid, 'SIGKILL');
  } catch {
    // already stopped
  }
});
const page = `${origin.url}/chinese-open-source-ai-models-cheap-deployable/`;
const oembedPath = `/oembed?url=${encodeURIComponent(page)}`;
const proxyArgs = ['--allow-host', new URL(origin.url).host, '--rate-limit', 'off', '--log-level', logLevel];

/** One GET with node:http, for the raw status, headers in their order, and body bytes. */
function rawGet(url) {
  return new Promise((resolve, reject) => {
    get(url, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode, rawHeaders: response.rawHeaders, body: Buffer.concat(chunks) }),
      );
    }).on('error', reject);
  });
}

/** Warms a server's cache (and its upstream connections); resolves to its answer. */
async function warm(url) {
  const answer = await rawGet(new URL(oembedPath.slice(1), url));
  if (answer.status !== 200) throw new Error(`Warm-up of ${url} failed: ${answer.status} ${answer.body}`);
  return answer;
}

async function proxy(args = []) {
  const cli = await startCli([...proxyArgs, ...args]);
  started.push(cli);
  return { url: cli.url, pid: cli.child.pid, answer: await warm(cli.url) };
}

/** Starts one of the bench's own servers (a script beside this one, or a path); resolves to its URL. */
async function server(script, env, args = []) {
  const child = spawn(process.execPath, [fileURLToPath(new URL(script, import.meta.url)), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  });
  servers.push(child);
  const url = await new Promise((resolve) => child.stdout.once('data', (chunk) => resolve(/http:\S+/.exec(String(chunk))[0])));
  return { url, pid: child.pid };
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

/** Figures of a run of the load generator (its own process) against `url`, charged to `pids`. */
async function load(url, pids, { distinct = false, seconds = duration } = {}) {
  const child = spawn(process.execPath, [fileURLToPath(new URL('load.mjs', import.meta.url))], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, LOAD: JSON.stringify({ url, connections, duration: seconds, reconnectRate, distinct }) },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  // Charged from the moment the load generator starts: its start-up sends no request.
  const cpuBefore = cpuSeconds(pids);
  const [code] = await once(child, 'exit');
  const cpu = cpuSeconds(pids) - cpuBefore;
  if (code !== 0) throw new Error(`The load generator failed (${code}): ${output}`);
  const run = JSON.parse(output);
  return { ...run, cpuPerRequestUs: (cpu / run.requests) * 1e6, load1: loadavg()[0] };
}

const memory = await proxy();
const viaRedis = await proxy(['--redis', redis.url]);
const trio = [viaRedis, await proxy(['--redis', redis.url]), await proxy(['--redis', redis.url])];

// The bare server answers with exactly the bytes the proxy answers from its cache (Date aside).
const { answer } = memory;
const bare = await server('bare-server.mjs', {
  BARE_ANSWER: JSON.stringify({ status: answer.status, rawHeaders: answer.rawHeaders, body: answer.body.toString('base64') }),
});
const bareAnswer = await warm(bare.url);
if (!bareAnswer.body.equals(answer.body)) throw new Error('The bare server does not send the proxy’s body.');
const redisOnly = await server('redis-proxy-server.mjs', { REDIS_URL: redis.url, ALLOW_HOST: new URL(origin.url).host });
await warm(redisOnly.url);

// BENCH_BASELINE=<checkout>: that checkout's built CLI (e.g. of the main branch) runs in the same rounds.
const baseline =
  process.env.BENCH_BASELINE &&
  (await server(path.resolve(process.env.BENCH_BASELINE, 'dist/server/cli.js'), {}, ['--port', '0', ...proxyArgs]));
if (baseline) await warm(baseline.url);

const targets = {
  bare: { title: 'bare node:http, same bytes', url: bare.url, pids: [bare.pid] },
  memory: { title: 'cached, memory', url: memory.url, pids: [memory.pid] },
  ...(baseline && {
    baseline: { title: `cached, memory: ${process.env.BENCH_BASELINE}`, url: baseline.url, pids: [baseline.pid] },
  }),
  redis: { title: 'cached, Redis (near cache)', url: viaRedis.url, pids: [viaRedis.pid, redis.pid] },
  redisOnly: { title: 'cached, every read from Redis', url: redisOnly.url, pids: [redisOnly.pid, redis.pid] },
};
const names = Object.keys(targets);
const runs = Object.fromEntries(names.map((name) => [name, []]));
// One unrecorded run each first, so that every process has compiled its hot code before the rounds.
for (const name of names) await load(new URL(oembedPath.slice(1), targets[name].url).href, [], { seconds: 1 });
const loadBefore = loadavg()[0];
for (let round = 0; round < rounds; round++) {
  const results = {};
  // Each round starts with the next target, so none always runs first (on a colder or warmer machine).
  for (const name of names.map((_, i) => names[(i + round) % names.length])) {
    results[name] = await load(new URL(oembedPath.slice(1), targets[name].url).href, targets[name].pids);
  }
  for (const name of names) {
    const run = results[name];
    // Ratios within the round: both runs shared the machine's state.
    run.xBare = run.rps / results.bare.rps;
    run.xBareCpu = results.bare.cpuPerRequestUs / run.cpuPerRequestUs;
    runs[name].push(run);
  }
  process.stderr.write(`round ${round + 1}/${rounds}: ${names.map((name) => `${name} ${Math.round(results[name].rps)}/s`).join(', ')}\n`);
}

const trioPids = [...trio.map((instance) => instance.pid), redis.pid];
const trioCpuBefore = cpuSeconds(trioPids);
const trioRuns = await Promise.all(trio.map((instance) => load(new URL(oembedPath.slice(1), instance.url).href, [])));
const trioRequests = trioRuns.reduce((sum, run) => sum + run.requests, 0);
const trioRun = {
  requests: trioRequests,
  rps: trioRuns.reduce((sum, run) => sum + run.rps, 0),
  p50: Math.max(...trioRuns.map((run) => run.p50)),
  p99: Math.max(...trioRuns.map((run) => run.p99)),
  failed: trioRuns.reduce((sum, run) => sum + run.failed, 0),
  cpuPerRequestUs: ((cpuSeconds(trioPids) - trioCpuBefore) / trioRequests) * 1e6,
  load1: loadavg()[0],
};
const uncachedRun = await load(new URL(oembedPath.slice(1), memory.url).href, [memory.pid], { distinct: true });

// Run once, these two are compared with the bare server's median round.
for (const run of [trioRun, uncachedRun]) {
  run.xBare = run.rps / median(runs.bare.map((bareRun) => bareRun.rps));
  run.xBareCpu = median(runs.bare.map((bareRun) => bareRun.cpuPerRequestUs)) / run.cpuPerRequestUs;
}
const lines = [
  ...names.map((name) => ({ title: targets[name].title, runs: runs[name] })),
  { title: 'cached, 3 instances on one Redis (once, summed)', runs: [trioRun] },
  { title: 'uncached, memory (once)', runs: [uncachedRun] },
].map(({ title, runs: rowRuns }) => [
  title,
  summary(rowRuns, 'rps'),
  summary(rowRuns, 'xBare'),
  summary(rowRuns, 'cpuPerRequestUs'),
  summary(rowRuns, 'xBareCpu'),
  summary(rowRuns, 'p50'),
  summary(rowRuns, 'p99'),
  rowRuns.reduce((sum, run) => sum + run.failed, 0),
]);
const allLoads = [...names.flatMap((name) => runs[name]), trioRun, uncachedRun].map((run) => run.load1);

console.log(
  `post-embeds proxy, cached /oembed (${answer.body.length} B body), autocannon in its own process, ` +
    `${connections} keep-alive connections, ${duration} s per run, ${rounds} alternating rounds; ` +
    `Node ${process.version}, ${cpus().length} CPUs, access log ${process.env.BENCH_LOG ? 'on' : 'off'}\n` +
    `medians (min–max); × bare: ratio to the bare server within each round\n`,
);
console.log('| run | requests/s | × bare | CPU per request, µs | × bare (CPU) | p50, ms | p99, ms | failed |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const cells of lines) console.log(`| ${cells.join(' | ')} |`);
console.log(
  `\nload average (1 min): ${loadBefore.toFixed(2)} before the runs, ` +
    `${summary(allLoads.map((load1) => ({ load1 })), 'load1')} at the end of each run`,
);

writeFileSync(
  new URL('../proxy-results.json', import.meta.url),
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      cpus: cpus().length,
      connections,
      duration,
      rounds,
      reconnectRate,
      bodyBytes: answer.body.length,
      accessLog: Boolean(process.env.BENCH_LOG),
      loadBefore,
      runs: { ...runs, trio: trioRun, trioInstances: trioRuns, uncached: uncachedRun },
    },
    null,
    2,
  )}\n`,
);
console.log('every run in bench/proxy-results.json');

servers.forEach((child) => child.kill());
await Promise.all(started.map((cli) => cli.stop()));
await redis.stop();
await origin.close();
process.exitCode = lines.some((cells) => cells.at(-1) > 0) ? 1 : 0;
