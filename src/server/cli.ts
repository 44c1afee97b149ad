#!/usr/bin/env node
/**
 * `post-embeds-proxy --port 8787 [--host 127.0.0.1] [--allow-origin https://example.com]…
 *  [--allow-port 8443]… [--allow-host localhost:8081]… [--allow-private]`
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { createNodeListener } from './node.js';

const USAGE = `Usage: post-embeds-proxy [options]

  --port <n>            port to listen on (default 8787; 0 picks a free one)
  --host <address>      address to listen on (default 127.0.0.1)
  --allow-origin <url>  allow this page origin to read responses (repeatable; default: any, "*")
  --allow-port <n>      allow upstream URLs on this port besides 80/443 (repeatable)
  --allow-host <host[:port]>  exempt this host (on this port only, if given) from the
                        address and port checks, e.g. a local origin (repeatable)
  --allow-private       LOCAL DEVELOPMENT AND TESTS ONLY: fetch private addresses on any port
  --help                show this help
`;

const PRIVATE_WARNING = `
  !!! --allow-private is ON: this proxy will fetch loopback, private-network and cloud-metadata
  !!! addresses, on any port, for anyone who can reach it. For local development and tests only:
  !!! never expose it to a network you do not control.
`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535) fail(`Not a port number: ${value}`);
  return port;
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      'allow-origin': { type: 'string', multiple: true },
      'allow-port': { type: 'string', multiple: true },
      'allow-host': { type: 'string', multiple: true },
      'allow-private': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  fail((error as Error).message);
}

if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}

const listener = createNodeListener({
  allowOrigin: values['allow-origin'] ?? '*',
  allowPorts: (values['allow-port'] ?? []).map(parsePort),
  allowHosts: values['allow-host'],
  allowPrivate: values['allow-private'],
});
const server = createServer((request, response) => void listener(request, response));
if (values['allow-private']) process.stderr.write(PRIVATE_WARNING);
server.listen(parsePort(values.port), values.host, () => {
  const { port } = server.address() as { port: number };
  const host = values.host.includes(':') ? `[${values.host}]` : values.host;
  process.stdout.write(`post-embeds proxy: http://${host}:${port}/\n`);
});
