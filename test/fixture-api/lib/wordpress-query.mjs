/**
 * Query parameters the way the WordPress REST API reads and validates them: comma lists or `name[]=` arrays,
 * `_embed`, `_fields`, RFC 3339 dates, and 400 `rest_invalid_param` errors worded like WordPress's.
 */

import { restUrl } from './wordpress-objects.mjs';

/** Thrown by the readers below; the route answers it with WordPress's 400 (see `sendInvalidParam`). */
export class InvalidParamError extends Error {
  constructor(param, code, message) {
    super(message);
    this.param = param;
    this.code = code;
  }
}

const EMBEDDABLE = ['author', 'wp:featuredmedia', 'wp:term'];

/** The link relations `_embed` asks for: none when absent, all for `_embed`/`_embed=1`, else the listed ones. */
export function embedRelations(query) {
  if (!query.has('_embed')) return new Set();
  const requested = readList(query, '_embed').filter((rel) => EMBEDDABLE.includes(rel));
  return new Set(requested.length ? requested : EMBEDDABLE);
}

/** Applies `_fields` (top-level or dotted, e.g. `id,title.rendered`) to a response object. */
export function pickFields(object, query) {
  const fields = readList(query, '_fields');
  if (!fields.length) return object;
  const picked = {};
  for (const field of fields) copyPath(object, picked, field.split('.'));
  return picked;
}

function copyPath(source, target, [key, ...rest]) {
  if (!Object.hasOwn(source, key)) return;
  const value = source[key];
  if (!rest.length || typeof value !== 'object' || value === null || Array.isArray(value)) {
    target[key] = value;
    return;
  }
  target[key] ??= {};
  copyPath(value, target[key], rest);
}

/** Every value of `name` and `name[]`, comma lists split, blanks dropped. */
export function readList(query, name) {
  return [...query.getAll(name), ...query.getAll(`${name}[]`)]
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
}

export function readIdList(query, name) {
  return readList(query, name).map((value, index) => {
    if (!/^\d+$/.test(value)) {
      throw new InvalidParamError(name, 'rest_invalid_type', `${name}[${index}] is not of type integer.`);
    }
    return Number(value);
  });
}

export function readInteger(query, name, { fallback, min, max }) {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^-?\d+$/.test(raw)) throw new InvalidParamError(name, 'rest_invalid_type', `${name} is not of type integer.`);
  const value = Number(raw);
  if (max !== undefined && (value < min || value > max)) {
    throw new InvalidParamError(
      name,
      'rest_out_of_bounds',
      `${name} must be between ${min} (inclusive) and ${max} (inclusive)`,
    );
  }
  if (value < min) {
    throw new InvalidParamError(name, 'rest_out_of_bounds', `${name} must be greater than or equal to ${min}`);
  }
  return value;
}

export function readEnum(query, name, allowed, fallback) {
  const value = query.get(name);
  if (value === null || value === '') return fallback;
  if (!allowed.includes(value)) {
    const list = allowed.length > 2
      ? `${allowed.slice(0, -1).join(', ')}, and ${allowed.at(-1)}`
      : allowed.join(' and ');
    throw new InvalidParamError(name, 'rest_not_in_enum', `${name} is not one of ${list}.`);
  }
  return value;
}

const RFC3339 = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}:\d{2})(\.\d+)?([Zz]|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * A `before`/`after` bound. With a zone it is an instant (`{ instant }`); without one WordPress reads it as
 * site-local wall time (`{ local }`), compared with the posts' `date`.
 */
export function readDate(query, name) {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  const match = RFC3339.exec(raw);
  if (!match) throw new InvalidParamError(name, 'rest_invalid_date', 'Invalid date.');
  const [, day, time, fraction = '', zone] = match;
  if (!zone) return { local: `${day}T${time}` };
  // Z, ±HH, ±HHMM or ±HH:MM, normalized to what Date.parse accepts.
  const offset = /^[Zz]$/.test(zone) ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(3).replace(':', '').padEnd(2, '0')}`;
  const instant = Date.parse(`${day}T${time}${fraction}${offset}`);
  if (Number.isNaN(instant)) throw new InvalidParamError(name, 'rest_invalid_date', 'Invalid date.');
  return { instant };
}

/**
 * One page of a collection with WordPress's `X-WP-Total`, `X-WP-TotalPages` and `Link` (prev/next) headers.
 * `per_page` defaults to 10 and is capped at 100, as in core.
 */
export function paginate(ctx, items, route) {
  const perPage = readInteger(ctx.query, 'per_page', { fallback: 10, min: 1, max: 100 });
  const page = readInteger(ctx.query, 'page', { fallback: 1, min: 1 });
  const total = items.length;
  const totalPages = Math.ceil(total / perPage);
  const pageUrl = (number) => {
    const url = new URL(restUrl(ctx.apiBase, route));
    for (const [key, value] of ctx.query) if (key !== 'page') url.searchParams.append(key, value);
    url.searchParams.set('page', String(number));
    return url.href;
  };
  const links = [];
  if (page > 1 && totalPages > 0) links.push(`<${pageUrl(Math.min(page - 1, totalPages))}>; rel="prev"`);
  if (page < totalPages) links.push(`<${pageUrl(page + 1)}>; rel="next"`);
  const headers = { 'X-WP-Total': String(total), 'X-WP-TotalPages': String(totalPages) };
  if (links.length) headers.Link = links.join(', ');
  return { items: items.slice((page - 1) * perPage, page * perPage), page, totalPages, headers };
}
