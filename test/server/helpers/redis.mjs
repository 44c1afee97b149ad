/**
 * A throwaway `redis-server` (Debian's package; .ci/run installs it) on a loopback port the test
 * picks, keeping nothing on disk. `stop()` and `start()` again on the same port simulate an outage.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** `args`: more `redis-server` options, e.g. `['--enable-debug-command', 'local']` for DEBUG SLEEP. */
export async function startRedis(args = []) {
  const port = await freePort();
  let child;
  async function start() {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    for await (const chunk of child.stdout) {
      output += chunk;
      if (output.includes('Ready to accept connections')) break;
    }
    child.stdout.resume();
  }
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    get pid() {
      return child.pid;
    },
    start,
    stop: async () => {
      const exited = once(child, 'exit');
      child.kill('SIGKILL');
      await exited;
    },
  };
}
