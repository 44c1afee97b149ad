/**
 * Images, generated on request so the fixture needs no binary files:
 * - `/api/uploads/YYYY/MM/name.svg` and `name-WIDTHxHEIGHT.svg`: a media-library file at its full size or at
 *   the exact size in its name (every size WordPress lists, and Jetpack's 350×200 crop);
 * - `/api/avatar/{user-slug}.svg?s=96`: initials on a colour of the name's own (any slug works).
 * The bytes depend only on the URL, so responses are cacheable for a year.
 */

import { findMediaByFile, findUserBySlug } from '../data/blog.mjs';
import { send } from '../lib/http.mjs';
import { hueOf, initialsSvg } from '../lib/svg.mjs';
import { mediaSvg } from '../lib/wordpress-objects.mjs';

const SVG_HEADERS = {
  'Content-Type': 'image/svg+xml; charset=utf-8',
  'Cache-Control': 'public, max-age=31536000, immutable',
};
const MAX_SIDE = 4000;

export const routes = [
  {
    path: '/uploads/:year/:month/:file',
    handler: ({ res, params }) => {
      const match = /^(.+?)(?:-(\d+)x(\d+))?\.svg$/.exec(params.file);
      const media = match && findMediaByFile(`${params.year}/${params.month}/${match[1]}.svg`);
      if (!media) return send(res, 404, 'Not found\n', { 'Content-Type': 'text/plain; charset=utf-8' });
      const size = match[2] ? { width: Number(match[2]), height: Number(match[3]) } : media;
      if (!(size.width > 0 && size.height > 0 && size.width <= MAX_SIDE && size.height <= MAX_SIDE)) {
        return send(res, 404, 'Not found\n', { 'Content-Type': 'text/plain; charset=utf-8' });
      }
      send(res, 200, mediaSvg(media, size), SVG_HEADERS);
    },
  },
  {
    path: '/avatar/:file',
    handler: ({ res, params, query }) => {
      const slug = params.file.replace(/\.svg$/, '');
      const size = Math.min(512, Math.max(16, Number.parseInt(query.get('s') ?? '96', 10) || 96));
      const name = findUserBySlug(slug)?.name ?? slug.replace(/[-_.]+/g, ' ');
      send(res, 200, initialsSvg({ size, initials: initialsOf(name), hue: hueOf(slug) }), SVG_HEADERS);
    },
  },
];

/** "Daniel Okafor" → "DO", "Admin" → "A". */
function initialsOf(name) {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0].toUpperCase())
    .join('');
}
