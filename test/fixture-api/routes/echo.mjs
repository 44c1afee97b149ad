/**
 * Bodies a test writes, served back at URLs of their own, so that hostile data reaches the elements through
 * the real fetch and the real adapters (the XSS suite, test/xss/). Test support, like the request log.
 *
 *   POST /api/__echo   {"docs": {"<name>": {"type": "<content type>", "body": "<text>"}, …}}  → {"id": "<id>"}
 *   GET  /api/__echo/<id>/<name>[/…]   → that body with that content type (any deeper path serves the same
 *                                         body: an element may append `/meta?url=…` to an endpoint)
 *
 * Only the last MAX_SETS sets are kept.
 */

import { json, send } from '../lib/http.mjs';

const MAX_SETS = 500;
const sets = new Map();
let next = 0;

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function serve({ res, params }) {
  const doc = sets.get(params.id)?.[params.name];
  if (!doc) return json(res, 404, { error: 'not_found', message: `No echo ${params.id}/${params.name}` });
  send(res, 200, doc.body, { 'Content-Type': doc.type, 'Cache-Control': 'no-store' });
}

export const routes = [
  {
    method: 'POST',
    path: '/__echo',
    handler: async ({ req, res }) => {
      const { docs } = JSON.parse(await readBody(req));
      const id = String(++next);
      sets.set(id, docs);
      if (sets.size > MAX_SETS) sets.delete(sets.keys().next().value);
      json(res, 200, { id }, { 'Cache-Control': 'no-store' });
    },
  },
  { path: '/__echo/:id/:name', handler: serve },
  { path: '/__echo/:id/:name/*', handler: serve },
];
