/**
 * The request log (see fixture-api.mjs): `GET /api/__log`, `GET /api/__log?path=<prefix>`,
 * `GET|POST /api/__log/reset[?path=<prefix>]`. Requests to these routes are not logged.
 */

import { json } from '../lib/http.mjs';
import { clearRequests, countRequests, loggedRequests } from '../lib/request-log.mjs';

const NO_STORE = { 'Cache-Control': 'no-store' };

export const routes = [
  {
    path: '/__log',
    handler: ({ res, query }) => {
      const prefix = query.get('path');
      const body = prefix === null ? { requests: loggedRequests() } : { path: prefix, count: countRequests(prefix) };
      json(res, 200, body, NO_STORE);
    },
  },
  {
    method: ['GET', 'POST'],
    path: '/__log/reset',
    handler: ({ res, query }) => {
      clearRequests(query.get('path') ?? '');
      json(res, 200, { requests: loggedRequests() }, NO_STORE);
    },
  },
];
