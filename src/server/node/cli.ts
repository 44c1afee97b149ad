/** `post-embeds-proxy`: the proxy as a service (see USAGE). */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pino, type Level } from 'pino';
import type { ProxyStore, RateLimitOptions } from '../store/store.js';
import { forwardedClientAddress } from './forwarded.js';
import { createNodeListener } from './listener.js';
import { createNodeServer, DEFAULT_SERVER_LIMITS, type ServerLimits } from './server.js';

/** How long in-flight requests may take to finish on shutdown: the upstream timeout (10 s) and a margin. */
const GRACE_MS = 12_000;

const D = DEFAULT_SERVER_LIMITS;
const USAGE = `Usage: post-embeds-proxy [options]

  --port <n>            port to listen on (default: $PORT, else 8787; 0 picks a free one)
  --host <address>      address to listen on (default: $HOST, else 127.0.0.1; 0.0.0.0 in a container)
  --allow-origin <url>  allow this page origin to read responses (repeatable; default: any, "*")
  --allow-port <n>      allow upstream URLs on this port besides 80/443 (repeatable)
  --allow-host <host[:port]>  exempt this host (on this port only, if given) from the
                        address and port checks, e.g. a local origin (repeatable)
  --allow-private       LOCAL DEVELOPMENT AND TESTS ONLY: fetch private addresses on any port
  --redis <url>         share the cache and the rate limit with other instances through Redis,
                        redis://[user:password@]host:port[/db] (default: $REDIS_URL, else memory)
  --rate-limit <n>[/<per-second>]  requests a client may burst, then per second (default 60/1;
                        "off" for none)
  --trust-proxy         take the client's address (for the rate limit) from the reverse proxy in
                        front: the last X-Forwarded-For address, else the last Forwarded "for="
  --log-level <level>   access log and messages, JSON lines on stdout: fatal, error, warn, info
                        (default), debug, trace or silent
  --headers-timeout <ms>  time a client has to send its request's headers (default ${D.headersTimeout})
  --request-timeout <ms>  time a client has to send its whole request, headers included
                        (default ${D.requestTimeout})
  --keep-alive-timeout <ms>  how long an idle keep-alive connection stays open (default ${D.keepAliveTimeout})
  --max-connections <n>  connections open at once; more are closed as they arrive (default ${D.maxConnections})
  --max-requests-per-socket <n>  requests answered on one connection, then it is closed
                        (default ${D.maxRequestsPerSocket})
  --version             print the version
  --help                show this help

  /healthz answers 200 while the proxy runs, /readyz once it can serve (provider list loaded,
  Redis reachable when configured; 503 otherwise). SIGTERM or SIGINT stops it gracefully: no new
  connections, and requests in flight finish (for up to ${GRACE_MS / 1000} s).
`;

const PRIVATE_WARNING = `
  !!! --allow-private is ON: this proxy will fetch loopback, private-network and cloud-metadata
  !!! addresses, on any port, for anyone who can reach it. For local development and tests only:
  !!! never expose it to a network you do not control.
`;

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Each server-limit flag and the `createNodeServer` limit it sets. */
const LIMIT_FLAGS = [
  ['headers-timeout', 'headersTimeout'],
  ['request-timeout', 'requestTimeout'],
  ['keep-alive-timeout', 'keepAliveTimeout'],
  ['max-connections', 'maxConnections'],
  ['max-requests-per-socket', 'maxRequestsPerSocket'],
] as const satisfies ReadonlyArray<readonly [string, keyof ServerLimits]>;
type LimitFlag = (typeof LIMIT_FLAGS)[number][0];

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535) fail(`Not a port number: ${value}`);
  return port;
}

/** The largest delay a Node timer takes (about 24.8 days). */
const MAX_MS = 2_147_483_647;

/** The server limits given as flags, each a whole number from 1, checked against each other. */
function parseServerLimits(flags: Partial<Record<LimitFlag, string>>): ServerLimits {
  const limits: ServerLimits = {};
  for (const [flag, option] of LIMIT_FLAGS) {
    const value = flags[flag];
    if (value === undefined) continue;
    const ms = option.endsWith('Timeout');
    const number = Number(value);
    if (!/^\d+$/.test(value) || number < 1 || number > (ms ? MAX_MS : Number.MAX_SAFE_INTEGER)) {
      fail(
        ms
          ? `--${flag} takes a whole number of milliseconds from 1 to ${MAX_MS}, not "${value}"`
          : `--${flag} takes a whole number from 1, not "${value}"`,
      );
    }
    limits[option] = number;
  }
  const headers = limits.headersTimeout ?? DEFAULT_SERVER_LIMITS.headersTimeout;
  const request = limits.requestTimeout ?? DEFAULT_SERVER_LIMITS.requestTimeout;
  if (headers > request) {
    fail(`--headers-timeout (${headers} ms) is longer than --request-timeout (${request} ms), which includes the headers; raise --request-timeout`);
  }
  return limits;
}

function parseRateLimit(value: string): RateLimitOptions | false {
  if (value === 'off') return false;
  const match = /^(\d+)(?:\/(\d+(?:\.\d+)?))?$/.exec(value);
  if (!match || Number(match[1]) < 1 || Number(match[2] ?? 1) <= 0) fail(`Not a rate limit: ${value}`);
  return { capacity: Number(match[1]), refillPerSecond: Number(match[2] ?? 1) };
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT || '8787' },
      host: { type: 'string', default: process.env.HOST || '127.0.0.1' },
      'allow-origin': { type: 'string', multiple: true },
      'allow-port': { type: 'string', multiple: true },
      'allow-host': { type: 'string', multiple: true },
      'allow-private': { type: 'boolean', default: false },
      redis: { type: 'string', default: process.env.REDIS_URL || undefined },
      'rate-limit': { type: 'string', default: '60/1' },
      'trust-proxy': { type: 'boolean', default: false },
      'log-level': { type: 'string', default: 'info' },
      'headers-timeout': { type: 'string' },
      'request-timeout': { type: 'string' },
      'keep-alive-timeout': { type: 'string' },
      'max-connections': { type: 'string' },
      'max-requests-per-socket': { type: 'string' },
      version: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  fail((error as Error).message);
}

if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (values.version) {
  const { version } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  process.stdout.write(`${version}\n`);
  process.exit(0);
}
if (!LEVELS.includes(values['log-level'])) fail(`Not a log level: ${values['log-level']}`);

const port = parsePort(values.port);
const rateLimit = parseRateLimit(values['rate-limit']);
const serverLimits = parseServerLimits(values);
const logger = pino({ level: values['log-level'] as Level | 'silent' });

let store: ProxyStore | undefined;
if (values.redis) {
  // Only a Redis deployment loads the Redis client.
  const { redisStore } = await import('../store/redis.js');
  store = await redisStore({ url: values.redis, logger });
}

const listener = createNodeListener({
  allowOrigin: values['allow-origin'] ?? '*',
  allowPorts: (values['allow-port'] ?? []).map(parsePort),
  allowHosts: values['allow-host'],
  allowPrivate: values['allow-private'],
  rateLimit,
  store,
  clientAddress: values['trust-proxy'] ? forwardedClientAddress : undefined,
  // The route and the upstream's host, never the query: a page URL may carry credentials.
  onAnswer: logger.isLevelEnabled('info') ? (request, answer, ms) => {
    logger.info(
      {
        method: request.method,
        route: answer.route,
        status: answer.status,
        ms: Math.round(ms),
        cache: answer.cache,
        upstream: answer.upstream,
      },
      'request',
    );
  } : undefined,
});

// Header and request timeouts, keep-alive limits and a connection cap: see createNodeServer.
const server = createNodeServer((request, response) => void listener(request, response), serverLimits);
if (values['allow-private']) process.stderr.write(PRIVATE_WARNING);

server.on('error', (error: NodeJS.ErrnoException) => {
  const where = `${values.host}:${port}`;
  const reason =
    error.code === 'EADDRINUSE'
      ? `port ${port} is already in use on ${values.host}; choose another with --port or PORT`
      : error.code === 'EACCES'
        ? `no permission to listen on ${where}; ports below 1024 need privileges, choose another with --port or PORT`
        : error.code === 'EADDRNOTAVAIL'
          ? `${values.host} is not an address of this machine; choose another with --host or HOST`
          : `cannot listen on ${where}: ${error.message}`;
  process.stderr.write(`post-embeds-proxy: ${reason}\n`);
  process.exit(1);
});

server.listen(port, values.host, () => {
  const { port: bound } = server.address() as { port: number };
  const host = values.host.includes(':') ? `[${values.host}]` : values.host;
  process.stdout.write(`post-embeds proxy: http://${host}:${bound}/\n`);
});

let stopping = false;
function stop(signal: string): void {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'stopping: finishing requests in flight');
  // No new connections; idle keep-alive connections are closed as soon as their request is answered.
  server.close(() => {
    clearInterval(idle);
    void listener.close().finally(() => {
      logger.info('stopped');
      process.exit(0);
    });
  });
  const idle = setInterval(() => server.closeIdleConnections(), 50);
  setTimeout(() => {
    logger.warn('stopping: requests still in flight after the grace period are cut');
    server.closeAllConnections();
    process.exit(1);
  }, GRACE_MS).unref();
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
