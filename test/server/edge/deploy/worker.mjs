// worker.mjs: `npx wrangler deploy` with wrangler.toml's `main = "worker.mjs"`.
import { createHandler } from 'post-embeds/server';

/** A comma-separated variable as a list; unset, the option's default. */
const list = (value) => (value ? value.split(',') : undefined);
let handler;

export default {
  fetch(request, env, ctx) {
    // Made on the first request: the variables (`env`) arrive with it, and Workers allow no timers or I/O at start-up.
    handler ??= createHandler({ allowOrigin: list(env.ALLOW_ORIGIN), allowHosts: list(env.ALLOW_HOSTS) });
    return handler(request, {
      clientAddress: request.headers.get('CF-Connecting-IP') ?? undefined,
      // A stale answer is sent at once and refreshed after: Workers stop a request's work at its response unless told.
      waitUntil: (work) => ctx.waitUntil(work),
    });
  },
};
