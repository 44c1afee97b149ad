// deno.mjs: `deno run --allow-net --allow-env deno.mjs`, in a folder whose package.json brings the dependencies.
import { createHandler } from 'post-embeds/server';

/** A comma-separated variable as a list; unset, the option's default. */
const list = (value) => (value ? value.split(',') : undefined);
const handler = createHandler({ allowOrigin: list(Deno.env.get('ALLOW_ORIGIN')), allowHosts: list(Deno.env.get('ALLOW_HOSTS')) });

Deno.serve(
  { hostname: Deno.env.get('HOST') ?? '0.0.0.0', port: Number(Deno.env.get('PORT') ?? 8787) },
  (request, info) => handler(request, { clientAddress: info.remoteAddr.hostname }),
);
