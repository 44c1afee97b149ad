/**
 * The proxy as a `node:http` request listener: its answers written straight to the socket, for the
 * paths under `basePath`, with the guarded fetch of `guarded-fetch.ts` as its transport.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createProxyFromResolved, internalErrorAnswer } from '../handler.js';
import type { ProxyAnswer } from '../responses.js';
import { resolveNodeOptions, type NodeProxyOptions } from './guarded-fetch.js';

/**
 * A `node:http` request listener. It resolves to `false`, answering nothing, for paths outside
 * `basePath`, so it can sit in a list of handlers beside others. `close()` closes the store.
 */
export interface NodeRequestListener {
  (request: IncomingMessage, response: ServerResponse): Promise<boolean>;
  close(): Promise<void>;
}

export interface NodeListenerOptions extends NodeProxyOptions {
  /** The client's address for the rate limiter (default: the socket's), e.g. from a trusted reverse proxy. */
  clientAddress?: (request: IncomingMessage) => string | undefined;
  /** Called once each answer is written, with the milliseconds it took, e.g. for an access log. */
  onAnswer?: (request: IncomingMessage, answer: ProxyAnswer, ms: number) => void;
}

/**
 * The proxy's answers written straight to the socket: no `Request`/`Response` is built, so a
 * cached answer costs a look-up of its already parsed target, a store lookup and one write of its
 * ready bytes (the fast path).
 */
export function createNodeListener(options: NodeListenerOptions = {}): NodeRequestListener {
  // Resolved once: the guarded fetch, the proxy and the path check below share one policy and one base path.
  const resolved = resolveNodeOptions(options);
  const proxy = createProxyFromResolved(resolved);
  const { basePath } = resolved;
  const clientAddress = options.clientAddress ?? ((request: IncomingMessage) => request.socket.remoteAddress);

  const write = (outgoing: ServerResponse, answer: ProxyAnswer): void => {
    const { body } = answer;
    if (body === null) {
      outgoing.writeHead(answer.status, answer.headers).end();
    } else {
      // A cached answer's body is its ready bytes (the same for every request it serves): written as they are.
      answer.headers['content-length'] = String(typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength);
      outgoing.writeHead(answer.status, answer.headers).end(body);
    }
  };

  // It never rejects, so `void listener(request, response)` is safe: whatever goes wrong past the proxy's own
  // guard (a header Node refuses to write, a throwing `clientAddress` or `onAnswer`) is a logged 500, or a
  // closed socket when the head is already out.
  const listener = async (incoming: IncomingMessage, outgoing: ServerResponse): Promise<boolean> => {
    try {
      const start = options.onAnswer && performance.now();
      const target = incoming.url ?? '/';
      if (basePath && !isUnder(target, basePath)) return false;
      const answer = await proxy.answer({
        method: incoming.method ?? 'GET',
        target,
        header: (name) => {
          const value = incoming.headers[name];
          return Array.isArray(value) ? value.join(', ') : value;
        },
        clientAddress: clientAddress(incoming),
      });
      write(outgoing, answer);
      if (start !== undefined) options.onAnswer!(incoming, answer, performance.now() - start);
    } catch (error) {
      const answer = internalErrorAnswer(error);
      if (outgoing.headersSent) outgoing.destroy();
      else {
        try {
          write(outgoing, answer);
        } catch {
          outgoing.destroy();
        }
      }
    }
    return true;
  };
  return Object.assign(listener, { close: () => proxy.close() });
}

/** Whether a request target's path is `basePath` or below it. */
function isUnder(target: string, basePath: string): boolean {
  const path = target.split('?', 1)[0]!;
  return path === basePath || path.startsWith(`${basePath}/`);
}
