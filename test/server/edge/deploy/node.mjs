// node.mjs: `node node.mjs` (or simply `npx post-embeds-proxy`).
import { createServer } from 'node:http';
import { createNodeListener } from 'post-embeds/server/node';

/** A comma-separated variable as a list; unset, the option's default. */
const list = (value) => (value ? value.split(',') : undefined);
const proxy = createNodeListener({ allowOrigin: list(process.env.ALLOW_ORIGIN), allowHosts: list(process.env.ALLOW_HOSTS) });

createServer((request, response) => void proxy(request, response)).listen(Number(process.env.PORT ?? 8787), process.env.HOST);
