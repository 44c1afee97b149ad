/**
 * The proxy wired as the CLI wires it (`createNodeServer((request, response) => void listener(request, response))`,
 * no base path), in a process of its own so that a crash is seen as an exit, not as a failure of the test runner.
 * Every host name resolves to nothing, so no case reaches a network. Reports `{ port }` once listening; its
 * stderr is the proxy's log.
 */
import { createNodeListener, createNodeServer } from '../../../../dist/server/node.js';

const listener = createNodeListener({ resolve: async () => [], rateLimit: false });
const server = createNodeServer((request, response) => void listener(request, response), { headersTimeout: 2000, requestTimeout: 4000 });
process.on('disconnect', () => process.exit(0));
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
