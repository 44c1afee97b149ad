/**
 * The bench's ceiling: a bare `node:http` server that answers every request with the same status,
 * headers and bytes (given as JSON in BARE_ANSWER), doing nothing else. Prints its URL like the CLI.
 */
import { createServer } from 'node:http';

const { status, headers, body } = JSON.parse(process.env.BARE_ANSWER);
const server = createServer((request, response) => {
  response.writeHead(status, headers).end(body);
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`post-embeds proxy: http://127.0.0.1:${server.address().port}/\n`);
});
process.on('SIGTERM', () => process.exit(0));
