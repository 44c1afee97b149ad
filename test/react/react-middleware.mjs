// React ships CommonJS only. For the wrapper tests (test/react/), the dev server answers the modules of
// react, react-dom and react-dom/client with ES modules that re-export one esbuild bundle of the three (one
// copy of React, development mode), under the names Node finds on each.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
const MODULES = {
  '/node_modules/react/index.js': 'react',
  '/node_modules/react-dom/index.js': 'react-dom',
  '/node_modules/react-dom/client.js': 'react-dom/client',
};
const BUNDLE = '/__react/bundle.js';

async function bundle() {
  const names = Object.values(MODULES);
  const result = await build({
    stdin: {
      contents: names.map((name, i) => `export * as m${i} from '${name}';`).join('\n'),
      resolveDir: process.cwd(),
    },
    bundle: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

function facade(name) {
  const index = Object.values(MODULES).indexOf(name);
  // Read in a child process: React's development build wraps `console`, which the runner has patched.
  const script = `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(name)}))))`;
  const keys = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })).filter((key) =>
    /^[A-Za-z_$][\w$]*$/.test(key),
  );
  return `import { m${index} as m } from '${BUNDLE}';\nexport default m;\nexport const { ${keys.join(', ')} } = m;\n`;
}

export function reactMiddleware() {
  let code;
  const facades = new Map();
  return async (ctx, next) => {
    if (ctx.path === BUNDLE) {
      ctx.body = await (code ??= bundle());
    } else if (MODULES[ctx.path]) {
      if (!facades.has(ctx.path)) facades.set(ctx.path, facade(MODULES[ctx.path]));
      ctx.body = facades.get(ctx.path);
    } else {
      return next();
    }
    ctx.type = 'application/javascript';
  };
}
