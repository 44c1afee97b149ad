/**
 * The one error type every element reports (`.error`, the `error` event's `detail.error`).
 * `code` is stable and machine-readable; `message` is English for developers; the UI shows a
 * localized message chosen by `code`.
 */
export type PostEmbedsErrorCode =
  /** The server answered with a non-2xx status (`status` holds it). */
  | 'http'
  /** The request failed before any response (offline, DNS, CORS). */
  | 'network'
  /** No response within the configured timeout. */
  | 'timeout'
  /** The body was larger than the configured cap. */
  | 'too-large'
  /** The body was not the expected type (HTML where JSON was expected). */
  | 'not-json'
  /** The body looked like JSON or XML but did not parse (truncated, malformed). */
  | 'malformed'
  /** The body parsed but is not a shape any adapter understands, or is missing required fields. */
  | 'unsupported'
  /** The requested item is not in the response (unknown `post-id`, empty result). */
  | 'not-found'
  /** The element has nothing to fetch (no `src`, no endpoint) or an attribute is invalid. */
  | 'config';

export class PostEmbedsError extends Error {
  override name = 'PostEmbedsError';
  readonly code: PostEmbedsErrorCode;
  /** HTTP status, for `code: 'http'`. */
  readonly status?: number;
  /** The URL that was requested, when there was one. */
  readonly url?: string;

  constructor(
    code: PostEmbedsErrorCode,
    message: string,
    options: { status?: number; url?: string; cause?: unknown } = {},
  ) {
    // Error keeps `cause` when given one.
    super(message, options);
    this.code = code;
    this.status = options.status;
    this.url = options.url;
  }
}

/** Whether a thrown value is the abort of a request we cancelled on purpose. */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
