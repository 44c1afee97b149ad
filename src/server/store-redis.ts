/** Entry point `post-embeds/server/redis`: one store for every instance of the proxy, on Redis (see `store/redis.ts`). */
export { redisStore, type RedisStoreOptions } from './store/redis.js';
