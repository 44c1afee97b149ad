/**
 * The proxy under attack, in a process of its own (run with --expose-gc), so that its health
 * latency and memory are its own and not the attacker's. argv[2]: JSON `{ proxy, server }`, the
 * options of `createNodeListener` and the limits of `createNodeServer`. It reports `{ port }`
 * once listening, and answers the parent's messages: `memory` (after two full collections) and
 * `peak` (the highest figures sampled since the last `peak`, without collecting).
 */
import { createNodeListener, createNodeServer } from '../../../../dist/server/node.js';

const { proxy: proxyOptions = {}, server: serverLimits = {} } = JSON.parse(process.argv[2] ?? '{}');

const listener = createNodeListener({
  // `origin.test` is the attacking origin on loopback, exempt like a local origin.
  resolve: async (hostname) => (hostname === 'origin.test' ? [{ address: '127.0.0.1', family: 4 }] : []),
  allowHosts: ['origin.test'],
  ...proxyOptions,
});
const server = createNodeServer((request, response) => {
  listener(request, response).then((answered) => answered || response.writeHead(404).end());
}, serverLimits);

const figures = () => {
  const { rss, heapUsed, external } = process.memoryUsage();
  return { rss, heapUsed, external, used: heapUsed + external };
};
let peak = figures();
setInterval(() => {
  const now = figures();
  for (const key of Object.keys(peak)) peak[key] = Math.max(peak[key], now[key]);
}, 20).unref();

process.on('message', (message) => {
  if (message === 'memory') {
    global.gc();
    global.gc();
    process.send({ memory: figures() });
  } else if (message === 'peak') {
    process.send({ memory: peak });
    peak = figures();
  }
});
process.on('disconnect', () => process.exit(0));

server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
