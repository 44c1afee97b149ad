/** The proxy's CLI as the tests run it: a child process on a free port. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

export const CLI = fileURLToPath(new URL('../../../dist/server/cli.js', import.meta.url));

/**
 * Starts the CLI on a free port; resolves once it has printed the URL it serves. `logs()` are its
 * JSON log lines on stdout so far, parsed.
 */
export async function startCli(args = [], { env = {}, port = '0' } = {}) {
  const child = spawn(process.execPath, [CLI, ...(port === null ? [] : ['--port', port]), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const printedUrl = new Promise((resolve) => {
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (stdout.includes('\n')) resolve();
    });
    child.once('exit', resolve);
  });
  await printedUrl;
  const url = /^post-embeds proxy: (http:\/\/[\d.]+:\d+\/)$/m.exec(stdout)?.[1];
  assert.ok(url, `printed its URL: ${stdout} ${stderr}`);
  const exited = once(child, 'exit');
  return {
    url,
    child,
    stderr: () => stderr,
    logs: () =>
      stdout
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line)),
    exited,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}
