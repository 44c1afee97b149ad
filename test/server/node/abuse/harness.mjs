/**
 * Runs one abuse case against the proxy in its own process and measures what the issue asks:
 * the health route's latency before, during and after the attack, the proxy's memory (heap +
 * external, after full collections) before and after and its peak during, and that it still
 * serves. The figures are printed (`# abuse …`) for the closing note.
 *
 * Latency on a shared, noisy machine: the proxy has a process to itself, and the attacker (this
 * process) only serves prepared bytes. A probe starts every 50 ms whatever the others are doing,
 * each on a fresh connection, so a stall is seen by every probe started during it. Each probe is
 * timed twice: on the wall clock (reported), and in the proxy process's own CPU time between
 * sending it and its answer (from /proc, asserted): the work the proxy did before it answered.
 * On a machine whose cores are busy with other jobs the wall clock of a fast answer can reach
 * seconds, but its CPU time cannot; a parser that spins for seconds, as the backtracking `Link`
 * pattern did, moves both.
 */
import { execFileSync, fork } from 'node:child_process';
import { request } from 'node:http';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';

const PROCESS = new URL('./proxy-process.mjs', import.meta.url);
const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));

/** CPU time (user + system) a process has used, in ms, from /proc/PID/stat (Linux, 10 ms steps). */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // utime and stime: fields 14 and 15 of the whole line, 12 and 13 after the command name.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

export async function startProxyProcess(options = {}) {
  const child = fork(PROCESS, [JSON.stringify(options)], { execArgv: ['--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const [{ port }] = await once(child, 'message');
  const ask = async (question) => {
    child.send(question);
    const [answer] = await once(child, 'message');
    return answer.memory;
  };
  return {
    port,
    /** Memory after two full collections. */
    memory: () => ask('memory'),
    /** The highest memory figures sampled since the last call. */
    peak: () => ask('peak'),
    get: (path, options) => get(port, path, options),
    /** CPU time the proxy process has used so far, in ms. */
    cpuMs: () => cpuMs(child.pid),
    /** GET /healthz: `{ status, ms, cpuMs }`, the latter the proxy's CPU time while it waited. */
    health: async () => {
      const cpuBefore = cpuMs(child.pid);
      const { status, ms } = await get(port, '/healthz');
      return { status, ms, cpuMs: cpuMs(child.pid) - cpuBefore };
    },
    close: async () => {
      child.disconnect();
      if (child.exitCode === null) await once(child, 'exit');
    },
  };
}

/** One GET on a fresh connection: `{ status, headers, body, ms }`. */
export function get(port, path, { headers = {}, timeout = 60_000 } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request({ host: '127.0.0.1', port, path, headers, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString(), ms: performance.now() - started }),
      );
      res.on('error', reject);
    });
    req.setTimeout(timeout, () => req.destroy(new Error(`GET ${path}: no answer in ${timeout} ms`)));
    req.on('error', reject);
    req.end();
  });
}

const percentile = (values, share) => [...values].sort((a, b) => a - b)[Math.floor(values.length * share)];
const median = (values) => percentile(values, 0.5);
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);

/**
 * Measures `attack()` (a promise of its results) against `proxy`, after `warmUp()` if given (run
 * before the baseline, so that the code the attack runs is loaded and compiled and the attack
 * itself is what gets measured). Returns the attack's results and the figures; prints them.
 */
export async function measureAttack(name, proxy, attack, { warmUp, minProbes = 10 } = {}) {
  await warmUp?.();
  const healthIdle = median(await sequence(5, () => proxy.health().then(({ ms }) => ms)));
  const before = await proxy.memory();
  await proxy.peak();

  let finished = false;
  const started = performance.now();
  const cpuStarted = proxy.cpuMs();
  const attacking = attack().finally(() => {
    finished = true;
  });
  const probes = [];
  while (!finished || probes.length < minProbes) {
    probes.push(proxy.health());
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const during = [];
  const duringCpu = [];
  for (const { status, ms, cpuMs } of await Promise.all(probes)) {
    if (status !== 200) throw new Error(`/healthz answered ${status} during ${name}`);
    during.push(ms);
    duringCpu.push(cpuMs);
  }
  const results = await attacking;
  const attackMs = performance.now() - started;
  const attackCpuMs = proxy.cpuMs() - cpuStarted;
  const peak = await proxy.peak();
  const after = await proxy.memory();
  const healthAfter = median(await sequence(5, () => proxy.health().then(({ ms }) => ms)));

  const figures = {
    healthIdle,
    healthDuring: median(during),
    healthDuringP90: percentile(during, 0.9),
    healthDuringMax: Math.max(...during),
    healthDuringCpu: median(duringCpu),
    healthDuringCpuMax: Math.max(...duringCpu),
    probes: during.length,
    healthAfter,
    attackMs,
    attackCpuMs,
    before,
    peak,
    after,
  };
  console.log(
    `# abuse ${name}: attack ${Math.round(attackMs)} ms (proxy CPU ${attackCpuMs} ms); /healthz idle ${healthIdle.toFixed(1)} ms, during median ` +
      `${figures.healthDuring.toFixed(1)} ms (p90 ${figures.healthDuringP90.toFixed(1)}, max ${figures.healthDuringMax.toFixed(1)}, ` +
      `${during.length} probes; proxy CPU while waiting: median ${figures.healthDuringCpu} ms, max ${figures.healthDuringCpuMax} ms), after ` +
      `${healthAfter.toFixed(1)} ms; memory heap+external before ${mb(before.used)} MB, peak ${mb(peak.used)} MB, after ` +
      `${mb(after.used)} MB (rss ${mb(before.rss)} / ${mb(peak.rss)} / ${mb(after.rss)} MB)`,
  );
  return { results, figures };
}

async function sequence(count, task) {
  const values = [];
  for (let i = 0; i < count; i++) values.push(await task());
  return values;
}
