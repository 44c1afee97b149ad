/**
 * For the bench: the proxy on Redis with its near cache off (every cached answer read from Redis),
 * which the CLI does not offer. REDIS_URL and ALLOW_HOST configure it. Prints its URL like the CLI.
 */
import { createServer } from 'node:http';
import { createNodeListener } from '../../dist/server/node.js';
import { redisStore } from '../../dist/server/store-redis.js';

const listener = createNodeListener({
  allowHosts: [process.env.ALLOW_HOST],
  rateLimit: false,
  store: await redisStore({ url: process.env.REDIS_URL, nearCache: false }),
});
const server = createServer((request, response) => void listener(request, response));
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`post-embeds proxy: http://127.0.0.1:${server.address().port}/\n`);
});
process.on('SIGTERM', () => process.exit(0));
