// bun.mjs: `bun bun.mjs`.
import { createHandler } from 'post-embeds/server';

/** A comma-separated variable as a list; unset, the option's default. */
const list = (value) => (value ? value.split(',') : undefined);
const handler = createHandler({ allowOrigin: list(Bun.env.ALLOW_ORIGIN), allowHosts: list(Bun.env.ALLOW_HOSTS) });

Bun.serve({
  hostname: Bun.env.HOST ?? '0.0.0.0',
  port: Number(Bun.env.PORT ?? 8787),
  // Bun drops a request idle for 10 s by default; one answer may wait 10 s for a page, then 10 s for its oEmbed.
  idleTimeout: 30,
  fetch: (request, server) => handler(request, { clientAddress: server.requestIP(request)?.address }),
});
