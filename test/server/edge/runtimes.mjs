/**
 * The proxy as users deploy it on each runtime: the deploy script the proxy guide shows
 * (`deploy/*.mjs`), run by that runtime's own binary from npm, in a throwaway app folder whose
 * `node_modules/post-embeds` is this checkout (so `import … from 'post-embeds/server'` resolves
 * through the package's `exports`, as after `npm install post-embeds`), listening on a loopback port.
 *
 *   node     deploy/node.mjs under this Node: `createNodeListener`, the reference
 *   workerd  deploy/worker.mjs bundled as wrangler bundles it (esbuild, `workerd`/`worker`/`browser`
 *            conditions), served by the `workerd` binary with a generated config
 *   deno     deploy/deno.mjs under `deno run --allow-net --allow-env`
 *   bun      deploy/bun.mjs under `bun`
 *
 * Each runtime's options come from the environment (ALLOW_ORIGIN, ALLOW_HOSTS) as the scripts read them,
 * and each trusts the test CA (tls/ca.pem) the way its users add a CA: NODE_EXTRA_CA_CERTS (Node, Bun),
 * DENO_CERT (Deno), the network service's `trustedCertificates` (workerd).
 */
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const DEPLOY = fileURLToPath(new URL('./deploy/', import.meta.url));
const BIN = join(REPO, 'node_modules', '.bin');
/** The test CA (tls/), which each runtime is told to trust as its users would trust their own. */
const TEST_CA = fileURLToPath(new URL('./tls/ca.pem', import.meta.url));

/**
 * A runtime's binary, from the per-platform package its npm wrapper depends on (the first of
 * `packages` installed), else the wrapper's `bin`. The wrappers' own `bin` entries need their install
 * scripts, which installs may skip (`--ignore-scripts`, gated scripts): Bun's is then a stub that
 * only prints an error, workerd's and Deno's a Node script that starts the binary as its child (and
 * would leave it running when stopped).
 */
function platformBinary(packages, file, wrapperBin) {
  for (const name of packages) {
    const binary = join(REPO, 'node_modules', name, file);
    if (existsSync(binary)) return binary;
  }
  return join(BIN, wrapperBin);
}

const { platform, arch } = process;
const BINARIES = {
  workerd: platformBinary([`@cloudflare/workerd-${platform}-${{ x64: '64', arm64: 'arm64' }[arch]}`], 'bin/workerd', 'workerd'),
  deno: platformBinary([`@deno/${platform}-${arch}${platform === 'linux' ? '-glibc' : ''}`], 'deno', 'deno'),
  bun: platformBinary(
    ['', '-baseline', '-musl', '-musl-baseline'].map((flavour) => `@oven/bun-${platform}-${{ x64: 'x64', arm64: 'aarch64' }[arch]}${flavour}`),
    'bin/bun',
    'bun',
  ),
};

/** The compatibility date the generated workerd config (and the guide's wrangler.toml) asks for. */
export const COMPATIBILITY_DATE = '2026-11-01';

/** A free loopback port: listened on, then closed for the runtime to take. */
export async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A throwaway app folder: package.json, `node_modules/post-embeds` → this checkout, the deploy script. */
async function makeApp(script) {
  const app = await mkdtemp(join(tmpdir(), 'post-embeds-edge-'));
  await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'edge-app', private: true, type: 'module' }));
  await mkdir(join(app, 'node_modules'));
  await symlink(REPO, join(app, 'node_modules', 'post-embeds'), 'dir');
  await copyFile(join(DEPLOY, script), join(app, script));
  return app;
}

/** The environment a runtime starts with: no proxy variables (every upstream is local), no colours. */
function childEnv(extra) {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', ...extra };
  return Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined));
}

/** The workerd config for the bundled worker: the variables as text bindings, the outbound network as named. */
function workerdConfig({ port, vars, allow, trusted }) {
  const text = (value) => JSON.stringify(value);
  const bindings = Object.entries(vars)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `(name = ${text(name)}, text = ${text(value)})`);
  return `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "main", worker = .proxyWorker),
    (name = "internet", network = (allow = [${allow.map(text).join(', ')}], tlsOptions = (trustedCertificates = [${text(trusted)}]))),
  ],
  sockets = [(name = "http", address = ${text(`127.0.0.1:${port}`)}, http = (), service = "main")],
);

const proxyWorker :Workerd.Worker = (
  modules = [(name = "worker.mjs", esModule = embed "bundle/worker.mjs")],
  compatibilityDate = ${text(COMPATIBILITY_DATE)},
  bindings = [${bindings.join(', ')}],
  globalOutbound = "internet",
);
`;
}

/** What each runtime needs installed, and how to start it in `app` with `vars` on `port`. */
export const RUNTIMES = {
  node: {
    script: 'node.mjs',
    binary: process.execPath,
    command: ({ vars, port }) => [
      process.execPath,
      ['node.mjs'],
      { ...vars, HOST: '127.0.0.1', PORT: String(port), NODE_EXTRA_CA_CERTS: TEST_CA },
    ],
  },
  workerd: {
    script: 'worker.mjs',
    binary: BINARIES.workerd,
    async command({ app, vars, port, network = ['public', '127.0.0.1/32'] }) {
      // As `wrangler deploy` bundles a worker (wrangler itself is not needed to run one locally).
      const { build } = await import('esbuild');
      await build({
        absWorkingDir: app,
        entryPoints: ['worker.mjs'],
        outfile: 'bundle/worker.mjs',
        bundle: true,
        format: 'esm',
        platform: 'neutral',
        conditions: ['workerd', 'worker', 'browser'],
        mainFields: ['module', 'main'],
        logLevel: 'error',
      });
      // workerd's default outbound reaches public addresses only; the test origin is on loopback, so
      // it (127.0.0.1) is let through as well unless `network` says otherwise.
      const trusted = await readFile(TEST_CA, 'utf8');
      await writeFile(join(app, 'config.capnp'), workerdConfig({ port, vars, allow: network, trusted }));
      return [BINARIES.workerd, ['serve', 'config.capnp'], {}];
    },
  },
  deno: {
    script: 'deno.mjs',
    binary: BINARIES.deno,
    command: ({ app, vars, port }) => [
      BINARIES.deno,
      ['run', '--allow-net', '--allow-env', 'deno.mjs'],
      {
        ...vars,
        HOST: '127.0.0.1',
        PORT: String(port),
        DENO_DIR: join(app, '.deno'),
        DENO_NO_UPDATE_CHECK: '1',
        DENO_CERT: TEST_CA,
      },
    ],
  },
  bun: {
    script: 'bun.mjs',
    binary: BINARIES.bun,
    command: ({ vars, port }) => [
      BINARIES.bun,
      ['bun.mjs'],
      { ...vars, HOST: '127.0.0.1', PORT: String(port), NODE_EXTRA_CA_CERTS: TEST_CA },
    ],
  },
};

/** Why `name` cannot run here, or `undefined` when its binary is installed. */
export function unavailable(name) {
  const { binary } = RUNTIMES[name];
  if (!existsSync(binary)) return `${binary} is not installed (npm install --include=dev installs ${name})`;
  // Every runtime binary is tens of megabytes; a few hundred bytes is an npm wrapper's stub.
  if (name === 'bun' && statSync(binary).size < 1_000_000) {
    return `${binary} is the bun package's stub (its install script did not run) and no @oven/bun-* package holds the binary`;
  }
  return undefined;
}

/**
 * Starts the proxy on runtime `name` with the deploy script's variables `vars` (and, for workerd, the
 * outbound `network` allow list); resolves once it answers `/healthz`. Returns its base URL, its
 * output so far (for failure messages) and `stop()`.
 */
export async function startRuntime(name, vars, { network } = {}) {
  const runtime = RUNTIMES[name];
  const app = await makeApp(runtime.script);
  const port = await freePort();
  const [command, args, env] = await runtime.command({ app, vars, port, network });
  const child = spawn(command, args, { cwd: app, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let exit;
  void exited.then((status) => (exit = status));
  const base = `http://127.0.0.1:${port}`;

  // Bounded polling (at most 600 tries, 50 ms apart): a runtime that never comes up fails with its output.
  for (let tries = 0; ; tries++) {
    if (exit) throw new Error(`${name} exited (${JSON.stringify(exit)}) before answering:\n${output}`);
    const ok = await fetch(`${base}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) break;
    if (tries === 600) {
      child.kill('SIGKILL');
      throw new Error(`${name} did not answer /healthz:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  return {
    base,
    output: () => output,
    async stop() {
      if (!exit) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      await rm(app, { recursive: true, force: true });
    },
  };
}
