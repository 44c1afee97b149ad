// bun.mjs: `bun bun.mjs`.
import { createHandler } from 'post-embeds/server';

/** A comma-separated variable as a list; unset, the option's default. */
const list = (value) => (value ? value.split(',') : undefined);
const handler = createHandler({ allowOrigin: list(Bun.env.ALLOW_ORIGIN), allowHosts: list(Bun.env.ALLOW_HOSTS) });

Bun.serve({
  hostname: Bun.env.HOST ?? '0.0.0.0',
  port: Number(Bun.env.PORT ?? 8787),
  // Bun drops a request after 10 s idle by default: the proxy's own upstream timeout, so a slow upstream's 504 would be lost.
  idleTimeout: 30,
  fetch: (request, server) => handler(request, { clientAddress: server.requestIP(request)?.address }),
});
