/** A small static file handler for the demo server: known MIME types, no directory traversal. */

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * Serves files of `root` for URL paths under `prefix`, as a handler `(req, res) => Promise<boolean>` that
 * resolves false for paths it does not serve (outside the prefix, or no such file). A directory serves its
 * index.html. `htmlHeaders` are added to HTML responses (the demo's CSP).
 */
export function staticFiles({ root, prefix = '/', htmlHeaders = {} }) {
  const rootDir = path.resolve(root);
  return async (req, res) => {
    const { pathname } = new URL(req.url, 'http://static.invalid');
    if (!pathname.startsWith(prefix)) return false;

    let relative;
    try {
      relative = decodeURIComponent(pathname.slice(prefix.length));
    } catch {
      return false;
    }
    // Resolve inside the root and refuse anything that climbs out of it (`..`, encoded or not).
    const filePath = path.resolve(rootDir, `.${path.posix.sep}${relative}`);
    if (relative.includes('\0') || (filePath !== rootDir && !filePath.startsWith(rootDir + path.sep))) return false;

    const file = await findFile(filePath);
    if (!file) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' });
      res.end();
      return true;
    }
    const type = MIME_TYPES[path.extname(file.path).toLowerCase()] ?? 'application/octet-stream';
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Length': file.size,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      ...(type.startsWith('text/html') && htmlHeaders),
    });
    if (req.method === 'HEAD') res.end();
    else await pipeline(createReadStream(file.path), res).catch(() => res.destroy());
    return true;
  };
}

async function findFile(filePath) {
  const stats = await stat(filePath).catch(() => undefined);
  if (stats?.isFile()) return { path: filePath, size: stats.size };
  if (!stats?.isDirectory()) return undefined;
  const index = path.join(filePath, 'index.html');
  const indexStats = await stat(index).catch(() => undefined);
  return indexStats?.isFile() ? { path: index, size: indexStats.size } : undefined;
}
