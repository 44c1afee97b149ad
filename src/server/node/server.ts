/**
 * `createNodeServer()`: the `node:http` server the proxy runs in, with limits against clients that
 * hold connections without using them (slowloris, idle sockets, endless keep-alive). Node's own
 * defaults wait 60 s for headers, 300 s for a request, check those only every 30 s, and accept
 * any number of connections.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';

export interface ServerLimits {
  /** Time a client has to send its request line and headers, in ms (default 10 000). */
  headersTimeout?: number;
  /** Time a client has to send its whole request, in ms (default 20 000). */
  requestTimeout?: number;
  /** How long an idle keep-alive connection is kept open, in ms (default 5 000). */
  keepAliveTimeout?: number;
  /** Requests answered on one connection before it is closed (default 1 000; 0: no limit). */
  maxRequestsPerSocket?: number;
  /**
   * Connections open at once; one beyond it is closed as soon as it is accepted (default 512, well
   * under the usual limit of 1 024 open files, which the upstream sockets share).
   */
  maxConnections?: number;
}

export const DEFAULT_SERVER_LIMITS: Required<ServerLimits> = {
  headersTimeout: 10_000,
  requestTimeout: 20_000,
  keepAliveTimeout: 5_000,
  maxRequestsPerSocket: 1_000,
  maxConnections: 512,
};

export function createNodeServer(
  listener: (request: IncomingMessage, response: ServerResponse) => void,
  limits: ServerLimits = {},
): Server {
  const { headersTimeout, requestTimeout, keepAliveTimeout, maxRequestsPerSocket, maxConnections } = {
    ...DEFAULT_SERVER_LIMITS,
    ...limits,
  };
  const served = new WeakMap<Socket, number>();
  const server = createServer(
    {
      headersTimeout,
      requestTimeout,
      keepAliveTimeout,
      // How often those timeouts are enforced: Node's 30 s would let a silent socket live 40 s.
      connectionsCheckingInterval: Math.max(100, Math.min(1_000, headersTimeout / 4)),
    },
    (request, response) => {
      const count = (served.get(request.socket) ?? 0) + 1;
      served.set(request.socket, count);
      // At the limit Node says `Connection: close` but keeps the socket open, answering 503 to
      // whatever comes next for as long as the client keeps sending: saying it ourselves makes
      // Node close the connection once this answer is sent.
      if (maxRequestsPerSocket > 0 && count >= maxRequestsPerSocket) response.setHeader('connection', 'close');
      listener(request, response);
    },
  );
  // Node counts the headers timeout from a request's first byte: a client could connect, wait, then send a byte
  // just before it, and hold the connection twice as long. Counted here from the connection, for its first request
  // (later ones on a kept-alive connection have the keep-alive timeout before their first byte).
  server.on('connection', (socket: Socket) => {
    const timer = setTimeout(() => {
      if (!served.has(socket)) socket.destroy();
    }, headersTimeout);
    timer.unref();
    socket.once('close', () => clearTimeout(timer));
  });
  // Without these listeners Node drops a CONNECT without a word, and holds an Upgrade request open until the
  // timeout: both get a plain answer, then the connection is closed.
  const refuse = (status: string, extra: string) => (_request: IncomingMessage, socket: Duplex) => {
    socket.on('error', () => socket.destroy());
    const body = `{"error":"${status.startsWith('405') ? 'method-not-allowed' : 'bad-request'}","message":"${extra}"}`;
    socket.end(
      `HTTP/1.1 ${status}\r\n${status.startsWith('405') ? 'Allow: GET, HEAD, OPTIONS\r\n' : ''}` +
        `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  };
  // A request Node cannot parse: Node's own answer writes the 400 and destroys the socket at once, so a client still
  // sending has its connection reset and may never read the answer. Here the answer is written, the connection
  // ended in order, and destroyed only if the client does not close its side within a second.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    socket.on('error', () => socket.destroy());
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const status =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? '431 Request Header Fields Too Large'
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? '408 Request Timeout'
          : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    setTimeout(() => socket.destroy(), 1_000).unref();
  });
  server.on('connect', refuse('405 Method Not Allowed', 'Only GET, HEAD and OPTIONS are served.'));
  server.on('upgrade', refuse('400 Bad Request', 'Protocol upgrades are not served.'));
  server.maxRequestsPerSocket = maxRequestsPerSocket;
  server.maxConnections = maxConnections;
  return server;
}
