/**
 * `redisStore()` (the entry point `post-embeds/server/redis`): one store for every instance of the
 * proxy, on Redis. The cache goes through unstorage's Redis driver; the rate limit and the claims use
 * its ioredis client directly, for the atomic operations a key-value API lacks (a Lua token bucket,
 * `SET NX PX`).
 *
 * Redis going away must not fail a request: every operation then falls back to this process's
 * memory, with one warning per outage, and the shared store is used again once ioredis reconnects.
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
}

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
    commandTimeout: 1000,
    connectTimeout: options.connectTimeout ?? 2000,
    retryStrategy: (attempt: number) => Math.min(attempt * 200, 2000),
  });
  const client = driver.getInstance!() as TokenRedis;
  client.defineCommand('takeToken', { numberOfKeys: 1, lua: TAKE_TOKEN });
  const shared = unstorageStore(createStorage({ driver }), { prefix });
  const local = memoryStore(options.memory);

  let away = false;
  let closing = false;
  const goneAway = (reason: string) => {
    if (away || closing) return;
    away = true;
    logger.warn(`post-embeds proxy: Redis unavailable (${reason}); using this process's memory until it is back`);
  };
  // ioredis reconnects by itself; its errors are handled where commands fail.
  client.on('error', (error: Error) => goneAway(error.message));
  client.on('close', () => goneAway('connection closed'));
  client.on('ready', () => {
    if (!away) return;
    away = false;
    logger.info('post-embeds proxy: Redis is back; the shared store is in use again');
  });

  /** The shared operation while Redis is up, the local one while it is away or when it fails. */
  function either<A extends unknown[], T>(onRedis: (...args: A) => Promise<T>, onMemory: (...args: A) => Promise<T>) {
    return async (...args: A): Promise<T> => {
      if (away || client.status !== 'ready') return onMemory(...args);
      try {
        return await onRedis(...args);
      } catch (error) {
        goneAway((error as Error).message);
        return onMemory(...args);
      }
    };
  }

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
      async (key: string, limit: Required<RateLimitOptions>) =>
        client.takeToken(`${prefix}:rate:${key}`, limit.capacity, limit.refillPerSecond),
      local.take,
    ),
    claim: either(
      async (key: string, ms: number) => (await client.set(`${prefix}:claim:${encodeURIComponent(key)}`, '1', 'PX', ms, 'NX')) === 'OK',
      local.claim,
    ),
    release: either(async (key: string) => void (await client.del(`${prefix}:claim:${encodeURIComponent(key)}`)), local.release),
    close: async () => {
      closing = true;
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
