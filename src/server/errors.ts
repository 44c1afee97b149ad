/**
 * Every failure the proxy answers with: an HTTP status, a stable machine-readable `code`, and an
 * English message for developers. Sent to clients as `{ "error": code, "message": message }`.
 */
export type ProxyErrorCode =
  /** 400: the request target itself cannot be parsed (`//[`, `http://a:99999/`, `//x%00y/`). */
  | 'bad-request'
  /** 400: the `url` parameter is missing, unparsable, not http(s), or carries credentials. */
  | 'bad-url'
  /** 400: another query parameter is invalid (`maxwidth`, `maxheight`). */
  | 'bad-parameter'
  /** 403: the target resolves to a private, loopback, link-local, metadata… address. */
  | 'refused-address'
  /** 403: the target uses a port outside the allowed ones. */
  | 'refused-port'
  /** 404: no route with this path. */
  | 'no-route'
  /** 404: the upstream has no such page, or no oEmbed for it (no provider, nothing discovered). */
  | 'not-found'
  /** 405: only GET, HEAD and OPTIONS are served. */
  | 'method-not-allowed'
  /** 422: the upstream answered, but not with something usable (malformed, invalid, wrong type, too large). */
  | 'invalid-upstream'
  /** 429: the client's request budget is spent for now (see `Retry-After`). */
  | 'rate-limited'
  /** 500: a bug in the proxy (logged). */
  | 'internal-error'
  /** 501: oEmbed `format` other than `json` or `xml`. */
  | 'unsupported-format'
  /** 502: the upstream failed (unreachable, error status, too many redirects). */
  | 'upstream-error'
  /** 504: the upstream did not answer within the timeout. */
  | 'upstream-timeout';

export class ProxyError extends Error {
  override name = 'ProxyError';

  constructor(
    readonly status: number,
    readonly code: ProxyErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * One line for the log about an error that is our bug: its name, message and the first frame of its stack
 * (a whole stack is many lines, and one request must not be able to flood the log with them).
 */
export function describeBug(error: unknown): string {
  if (!(error instanceof Error)) return `non-error thrown: ${String(error).slice(0, 200)}`;
  const frame = error.stack?.split('\n').find((line) => line.trimStart().startsWith('at '))?.trim();
  return `${error.name}: ${error.message.replace(/\s+/g, ' ').slice(0, 500)}${frame ? ` (${frame})` : ''}`;
}

/** Network error codes (Node, undici) that mean "took too long" rather than "failed". */
const TIMEOUT_CODES = new Set([
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'ETIMEDOUT',
]);

/**
 * Maps anything thrown while talking to an upstream to a `ProxyError`. Runtimes wrap the real
 * reason (`TypeError: fetch failed` → `cause`), so the cause chain is walked: a `ProxyError`
 * thrown deep inside (the Node DNS guard refusing an address) keeps its status.
 */
export function toProxyError(error: unknown, during: 'request' | 'body' = 'request'): ProxyError {
  for (let current = error, depth = 0; current instanceof Error && depth < 8; depth++) {
    if (current instanceof ProxyError) return current;
    const code = (current as { code?: unknown }).code;
    if (current.name === 'TimeoutError' || (typeof code === 'string' && TIMEOUT_CODES.has(code))) {
      return new ProxyError(504, 'upstream-timeout', 'The upstream did not answer in time.');
    }
    current = current.cause;
  }
  // Past the headers, a failure is the connection ending before the body did (a reset, a close mid-body).
  return during === 'body'
    ? new ProxyError(502, 'upstream-error', 'The upstream closed the connection before the end of its body.')
    : new ProxyError(502, 'upstream-error', 'The upstream could not be reached.');
}
