// Serves POST /__ssr for test/ssr/: `{ name, data }` in, the page rendered by @lit-labs/ssr in Node out.
// The elements' TypeScript sources are bundled once for Node by esbuild (packages stay external, so Lit
// resolves to its Node build, as in an app's server).
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

async function loadRenderer() {
  const outfile = here('../../node_modules/.cache/post-embeds-ssr/render.mjs');
  await build({
    entryPoints: [here('./render.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    tsconfig: here('../../tsconfig.json'),
    // package.json's "sideEffects" names the built files; these are the sources of the same modules.
    ignoreAnnotations: true,
    logLevel: 'warning',
  });
  return import(`${pathToFileURL(outfile).href}?${Date.now()}`);
}

async function readBody(request) {
  let text = '';
  for await (const chunk of request) text += chunk;
  return JSON.parse(text);
}

export function ssrMiddleware() {
  let renderer;
  return async (ctx, next) => {
    if (ctx.path !== '/__ssr' || ctx.method !== 'POST') return next();
    const { name, data } = await readBody(ctx.req);
    renderer ??= loadRenderer();
    try {
      ctx.body = await (await renderer).renderPage(name, data);
      ctx.type = 'text/html';
    } catch (error) {
      // The test shows the server's own error (the crash SSR users would see).
      ctx.status = 500;
      ctx.body = String(error?.stack ?? error);
    }
  };
}
