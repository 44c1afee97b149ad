/**
 * The bench's ceiling: a bare `node:http` server that answers every request with the same status,
 * headers and body bytes (BARE_ANSWER: JSON of `status`, `rawHeaders` as node:http received them from
 * the proxy, `body` in base64), doing nothing else. Node adds Date, Connection and Keep-Alive itself,
 * as it does for the proxy; with the CLI's maxRequestsPerSocket (1,000) its 1,000th answer on a
 * connection says `Connection: close` as the CLI's does (the load generator renews connections there),
 * so both send the same bytes. Prints its URL like the CLI.
 */
import { createServer } from 'node:http';

const { status, rawHeaders, body: base64 } = JSON.parse(process.env.BARE_ANSWER);
const body = Buffer.from(base64, 'base64');
const headers = [];
for (let i = 0; i < rawHeaders.length; i += 2) {
  if (!['date', 'connection', 'keep-alive'].includes(rawHeaders[i].toLowerCase())) headers.push(rawHeaders[i], rawHeaders[i + 1]);
}
const server = createServer((request, response) => {
  response.writeHead(status, headers).end(body);
});
server.maxRequestsPerSocket = 1000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`post-embeds proxy: http://127.0.0.1:${server.address().port}/\n`);
});
process.on('SIGTERM', () => process.exit(0));
