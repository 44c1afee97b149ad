/** Small response helpers shared by the fixture API's route modules. */

/**
 * CORS headers on every fixture API response: like a public WordPress site, the API is readable from any
 * origin and exposes its pagination headers to scripts.
 */
export const API_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'X-WP-Total, X-WP-TotalPages, Link',
};

/** Sends a complete response with a correct Content-Length. */
export function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

/** Sends `body` as JSON (WordPress spells the charset `UTF-8`). */
export function json(res, status, body, headers = {}) {
  send(res, status, JSON.stringify(body), { 'Content-Type': 'application/json; charset=UTF-8', ...headers });
}

/** A WordPress REST error object: `{ code, message, data: { status, … } }`. */
export function wordPressError(status, code, message, data = {}) {
  return { code, message, data: { status, ...data } };
}

/** Sends a WordPress REST error response. */
export function sendWordPressError(res, status, code, message, data) {
  json(res, status, wordPressError(status, code, message, data));
}

/**
 * Sends WordPress's 400 for one invalid query parameter, with the `params` and `details` maps WordPress
 * fills since 5.7 (`code` is the validation error, e.g. `rest_out_of_bounds`).
 */
export function sendInvalidParam(res, name, code, message) {
  sendWordPressError(res, 400, 'rest_invalid_param', `Invalid parameter(s): ${name}`, {
    params: { [name]: message },
    details: { [name]: { code, message, data: null } },
  });
}

/** Resolves once the response has been sent or the client has gone away, whichever comes first. */
export function responseSettled(res) {
  if (res.writableEnded || res.destroyed) return Promise.resolve();
  return new Promise((resolve) => res.once('close', resolve));
}
