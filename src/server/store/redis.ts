/**
 * `redisStore()` (the entry point `post-embeds/server/redis`): one store for every instance of the
 * proxy, on Redis. The cache goes through unstorage's Redis driver; the rate limit and the claims use
 * its ioredis client directly, for the atomic operations a key-value API lacks (a Lua token bucket,
 * `SET NX PX`).
 *
 * Redis going away must not fail a request. A breaker: the first failure (a dropped connection, a command that
 * times out, an error answer such as OOM) sends every operation to this process's memory, with one warning; Redis
 * is then probed (a write: `SET … PX`, which OOM refuses too) on a backoff from 250 ms to 5 s, and the first probe
 * that succeeds brings the shared store back, with one note. Values read from Redis are checked for shape before
 * use (see `unstorage.ts`): anything else is a miss.
 */
import type { Redis } from 'ioredis';
import { createStorage } from 'unstorage';
import redisDriver from 'unstorage/drivers/redis';
import { memoryStore } from './memory.js';
import type { CacheOptions, ProxyStore, RateLimitOptions, StoredAnswer } from './store.js';
import { unstorageStore } from './unstorage.js';

export interface RedisStoreOptions {
  /** `redis://[user:password@]host:port[/db]` or `rediss://…` for TLS. */
  url: string;
  /** Prefix of every key (default `post-embeds`), to share one Redis with other applications. */
  prefix?: string;
  /** The size of this process's memory: its near cache, and the whole store while Redis is away. */
  memory?: Pick<CacheOptions, 'maxEntries' | 'maxBytes'>;
  /**
   * Keep a copy of fresh answers in this process's memory and serve them from there (default true).
   * It never serves what another instance could have changed: answers are only revalidated once stale,
   * and a stale copy is always looked up in Redis again.
   */
  nearCache?: boolean;
  /** Where the outage warning and the recovery note go (default: `console`); pino fits. */
  logger?: Pick<Console, 'warn' | 'info'>;
  /** How long to wait for the first connection before starting on memory, in ms (default 2000). */
  connectTimeout?: number;
  /** How long one command may take before it counts as a failure, in ms (default 1000). */
  commandTimeout?: number;
}

/** The breaker's probes: the first this long after a failure, then twice as long each time, up to the maximum. */
export const PROBE_BACKOFF_MS = { first: 250, max: 5000 };

/**
 * The token bucket of `token-bucket.ts`, run inside Redis so that the instances' reads and writes of
 * one bucket cannot interleave, on Redis's clock so that theirs do not matter.
 */
const TAKE_TOKEN = `
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'updated')
local tokens = tonumber(bucket[1]) or capacity
local updated = tonumber(bucket[2]) or now
tokens = math.min(capacity, tokens + (now - updated) / 1000 * rate)
local wait = 0
if tokens < 1 then
  wait = math.max(1, math.ceil((1 - tokens) / rate))
else
  tokens = tokens - 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'updated', now)
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / rate * 1000) + 1000)
return wait
`;

type TokenRedis = Redis & { takeToken(key: string, capacity: number, rate: number): Promise<number> };

export async function redisStore(options: RedisStoreOptions): Promise<ProxyStore> {
  const prefix = options.prefix ?? 'post-embeds';
  const logger = options.logger ?? console;
  const driver = redisDriver({
    url: options.url,
    // Fail fast while disconnected (the memory fallback answers), rather than queueing commands.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: options.commandTimeout ?? 1000,
    connectTimeout: options.connectTimeout ?? 2000,
    retryStrategy: (attempt: number) => Math.min(attempt * 200, 2000),
  });
  const client = driver.getInstance!() as TokenRedis;
  client.defineCommand('takeToken', { numberOfKeys: 1, lua: TAKE_TOKEN });
  const shared = unstorageStore(createStorage({ driver }), { prefix });
  const local = memoryStore(options.memory);

  let away = false;
  let closing = false;
  let backoff = PROBE_BACKOFF_MS.first;
  let probe: ReturnType<typeof setTimeout> | undefined;
  let probing = false;

  /** A failure: memory from now on (one warning per outage), and a probe after the backoff. */
  const goneAway = (reason: string) => {
    if (closing) return;
    if (!away) {
      away = true;
      backoff = PROBE_BACKOFF_MS.first;
      logger.warn(`post-embeds proxy: Redis unavailable (${reason}); using this process's memory until it is back`);
    }
    scheduleProbe();
  };
  const back = () => {
    if (!away || closing) return;
    away = false;
    backoff = PROBE_BACKOFF_MS.first;
    clearTimeout(probe);
    probe = undefined;
    logger.info('post-embeds proxy: Redis is back; the shared store is in use again');
  };
  function scheduleProbe(): void {
    if (probe || probing || closing) return;
    probe = setTimeout(runProbe, backoff);
    probe.unref?.();
    backoff = Math.min(backoff * 2, PROBE_BACKOFF_MS.max);
  }
  /** A write, so that a Redis refusing writes (OOM, a read-only replica) is not taken for one that is back. */
  async function runProbe(): Promise<void> {
    probe = undefined;
    probing = true;
    try {
      if (client.status !== 'ready') throw new Error(`connection ${client.status}`);
      await client.set(`${prefix}:probe`, '1', 'PX', 10_000);
      probing = false;
      back();
    } catch {
      probing = false;
      if (away) scheduleProbe();
    }
  }

  // ioredis reconnects by itself; its errors are handled where commands fail. A reconnection is only a hint:
  // the probe decides.
  client.on('error', (error: Error) => goneAway(error.message));
  client.on('close', () => goneAway('connection closed'));
  client.on('ready', () => {
    if (!away || probing) return;
    clearTimeout(probe);
    probe = undefined;
    void runProbe();
  });

  /**
   * The shared operation while Redis is in use, the local one while it is away or when it fails. Every failure
   * counts, timeouts and error answers alike, except `passes(error)`: an error that says nothing of Redis's health.
   */
  function either<A extends unknown[], T>(
    onRedis: (...args: A) => Promise<T>,
    onMemory: (...args: A) => Promise<T>,
    passes: (error: Error) => boolean = () => false,
  ) {
    return async (...args: A): Promise<T> => {
      if (away || client.status !== 'ready') return onMemory(...args);
      try {
        return await onRedis(...args);
      } catch (error) {
        if (!passes(error as Error)) goneAway((error as Error).message);
        return onMemory(...args);
      }
    };
  }
  /** A foreign value of another type under one of our keys (a bucket that is not a hash): that key's problem only. */
  const wrongType = (error: Error) => /^WRONGTYPE/.test(error.message);

  const connected = await Promise.race([
    new Promise<boolean>((resolve) => client.once('ready', () => resolve(true))),
    new Promise<boolean>((resolve) => setTimeout(resolve, options.connectTimeout ?? 2000, false).unref()),
  ]);
  if (!connected) goneAway(`no connection to ${redactedUrl(options.url)}`);

  return {
    get: async (key) => {
      const near = options.nearCache === false ? undefined : await local.get(key);
      if (near && Date.now() < near.freshUntil) return near;
      return either(async (sharedKey: string) => {
        const answer = await shared.get(sharedKey);
        if (answer && options.nearCache !== false) await local.set(sharedKey, answer);
        return answer;
      }, local.get)(key);
    },
    set: either(
      async (key: string, answer: StoredAnswer) => {
        await shared.set(key, answer);
        await local.set(key, answer);
      },
      local.set,
    ),
    take: either(
      async (key: string, limit: Required<RateLimitOptions>) => {
        const wait = await client.takeToken(`${prefix}:rate:${key}`, limit.capacity, limit.refillPerSecond);
        // A bucket another writer filled with something else can make the script answer anything: bounded here.
        return typeof wait === 'number' && Number.isFinite(wait) ? Math.min(Math.max(0, wait), 3600) : 0;
      },
      local.take,
      wrongType,
    ),
    claim: either(
      async (key: string, ms: number) => (await client.set(`${prefix}:claim:${encodeURIComponent(key)}`, '1', 'PX', ms, 'NX')) === 'OK',
      local.claim,
    ),
    release: either(async (key: string) => void (await client.del(`${prefix}:claim:${encodeURIComponent(key)}`)), local.release),
    // For /readyz: Redis answers now (a PING, whatever the breaker's state).
    ready: async () => client.status === 'ready' && (await client.ping().then((pong) => pong === 'PONG', () => false)),
    close: async () => {
      closing = true;
      clearTimeout(probe);
      client.disconnect();
    },
  };
}

/** A Redis URL without its password, for messages. */
function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.href;
  } catch {
    return 'the Redis URL';
  }
}
