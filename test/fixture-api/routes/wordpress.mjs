/**
 * WordPress REST API routes under /api/wp-json/: the index, posts (with Polylang's `lang`), users, media,
 * categories and tags. Parameters, headers and error bodies follow WordPress core.
 */

import { POSTS, SITE, TERMS, findMedia, findPost, findTerm, findUser, termPostCount } from '../data/blog.mjs';
import { SITE_TIME_ZONE, instant, siteLocalDate } from '../lib/dates.mjs';
import { json, sendInvalidParam, sendWordPressError } from '../lib/http.mjs';
import { plainText } from '../lib/text.mjs';
import {
  restUrl,
  wordPressMedia,
  wordPressPost,
  wordPressTerm,
  wordPressUser,
} from '../lib/wordpress-objects.mjs';
import {
  InvalidParamError,
  embedRelations,
  paginate,
  pickFields,
  readDate,
  readEnum,
  readIdList,
  readList,
} from '../lib/wordpress-query.mjs';

const POST_ORDERBY = ['author', 'date', 'id', 'include', 'modified', 'slug', 'title'];

/** A route whose handler may throw `InvalidParamError`, answered with WordPress's 400. */
export function wordPressRoute(path, handler) {
  return {
    path,
    handler: (ctx) => {
      try {
        return handler(ctx);
      } catch (error) {
        if (!(error instanceof InvalidParamError)) throw error;
        return sendInvalidParam(ctx.res, error.param, error.code, error.message);
      }
    },
  };
}

/** A post as the request asked for it (`_embed`, `_fields`). */
export function shapePost(post, ctx) {
  return pickFields(wordPressPost(post, ctx.apiBase, embedRelations(ctx.query)), ctx.query);
}

/** Numeric ids only: WordPress's routes are `(?P<id>[\d]+)`, anything else is no route at all. */
function numericId(ctx) {
  return /^\d+$/.test(ctx.params.id) ? Number(ctx.params.id) : undefined;
}

function sendNoRoute(res) {
  sendWordPressError(res, 404, 'rest_no_route', 'No route was found matching the URL and request method.');
}

export const routes = [
  wordPressRoute('/wp-json', (ctx) => json(ctx.res, 200, siteIndex(ctx.apiBase))),

  wordPressRoute('/wp-json/wp/v2/posts', (ctx) => {
    const posts = queryPosts(ctx.query);
    const page = paginate(ctx, posts, '/wp/v2/posts');
    if (page.page > page.totalPages && posts.length > 0) {
      return sendWordPressError(
        ctx.res,
        400,
        'rest_post_invalid_page_number',
        'The page number requested is larger than the number of pages available.',
      );
    }
    json(ctx.res, 200, page.items.map((post) => shapePost(post, ctx)), page.headers);
  }),

  wordPressRoute('/wp-json/wp/v2/posts/:id', (ctx) => {
    const id = numericId(ctx);
    if (id === undefined) return sendNoRoute(ctx.res);
    const post = findPost(id);
    if (!post) return sendWordPressError(ctx.res, 404, 'rest_post_invalid_id', 'Invalid post ID.');
    json(ctx.res, 200, shapePost(post, ctx));
  }),

  wordPressRoute('/wp-json/wp/v2/users/:id', (ctx) => {
    const id = numericId(ctx);
    if (id === undefined) return sendNoRoute(ctx.res);
    const user = findUser(id);
    if (!user) return sendWordPressError(ctx.res, 404, 'rest_user_invalid_id', 'Invalid user ID.');
    json(ctx.res, 200, pickFields(wordPressUser(user, ctx.apiBase), ctx.query));
  }),

  wordPressRoute('/wp-json/wp/v2/media/:id', (ctx) => {
    const id = numericId(ctx);
    if (id === undefined) return sendNoRoute(ctx.res);
    const media = findMedia(id);
    if (!media) return sendWordPressError(ctx.res, 404, 'rest_post_invalid_id', 'Invalid post ID.');
    json(ctx.res, 200, pickFields(wordPressMedia(media, ctx.apiBase), ctx.query));
  }),

  ...['category', 'post_tag'].flatMap((taxonomy) => {
    const route = `/wp/v2/${taxonomy === 'category' ? 'categories' : 'tags'}`;
    return [
      wordPressRoute(`/wp-json${route}`, (ctx) => {
        const page = paginate(ctx, queryTerms(taxonomy, ctx.query), route);
        const terms = page.items.map((term) => pickFields(wordPressTerm(term, ctx.apiBase), ctx.query));
        json(ctx.res, 200, terms, page.headers);
      }),
      wordPressRoute(`/wp-json${route}/:id`, (ctx) => {
        const id = numericId(ctx);
        if (id === undefined) return sendNoRoute(ctx.res);
        const term = findTerm(id);
        if (term?.taxonomy !== taxonomy) {
          return sendWordPressError(ctx.res, 404, 'rest_term_invalid', 'Term does not exist.');
        }
        json(ctx.res, 200, pickFields(wordPressTerm(term, ctx.apiBase), ctx.query));
      }),
    ];
  }),
];

/** Filters and sorts posts by the query, before pagination. */
function queryPosts(query) {
  const order = readEnum(query, 'order', ['asc', 'desc'], 'desc');
  const orderby = readEnum(query, 'orderby', POST_ORDERBY, 'date');
  const include = readIdList(query, 'include');
  const exclude = readIdList(query, 'exclude');
  const categories = readIdList(query, 'categories');
  const tags = readIdList(query, 'tags');
  const authors = readIdList(query, 'author');
  const slugs = readList(query, 'slug');
  const after = readDate(query, 'after');
  const before = readDate(query, 'before');
  // Polylang: `lang=en|ar` keeps one language; without it every language is listed.
  const lang = query.get('lang');

  const matches = POSTS.filter(
    (post) =>
      (!lang || post.lang === lang) &&
      (!include.length || include.includes(post.id)) &&
      !exclude.includes(post.id) &&
      (!categories.length || post.categories.some((id) => categories.includes(id))) &&
      (!tags.length || post.tags.some((id) => tags.includes(id))) &&
      (!authors.length || authors.includes(post.author)) &&
      (!slugs.length || slugs.includes(post.slug)) &&
      (!after || compareToBound(post, after) > 0) &&
      (!before || compareToBound(post, before) < 0),
  );
  const direction = order === 'asc' ? 1 : -1;
  const key = sortKey(orderby, include);
  return matches.sort((a, b) => direction * compare(key(a), key(b)) || direction * (a.id - b.id));
}

/** Compares a post's publication with a `before`/`after` bound (an instant, or site-local wall time). */
function compareToBound(post, bound) {
  if (bound.instant !== undefined) return instant(post.published) - bound.instant;
  return siteLocalDate(post.published).localeCompare(bound.local);
}

function sortKey(orderby, include) {
  switch (orderby) {
    case 'id':
      return (post) => post.id;
    case 'author':
      return (post) => post.author;
    case 'include':
      return (post) => include.indexOf(post.id);
    case 'modified':
      return (post) => post.modified;
    case 'slug':
      return (post) => post.slug;
    case 'title':
      return (post) => plainText(post.title);
    default:
      return (post) => post.published;
  }
}

function compare(a, b) {
  return typeof a === 'number' ? a - b : a.localeCompare(b);
}

/** Terms of one taxonomy, filtered like core (`include`, `exclude`, `slug`, `post`, `hide_empty`) and Polylang (`lang`). */
function queryTerms(taxonomy, query) {
  const include = readIdList(query, 'include');
  const exclude = readIdList(query, 'exclude');
  const slugs = readList(query, 'slug');
  const postId = readIdList(query, 'post')[0];
  const post = postId === undefined ? undefined : findPost(postId);
  const postTerms = post && (taxonomy === 'category' ? post.categories : post.tags);
  const hideEmpty = ['1', 'true'].includes(query.get('hide_empty'));
  const lang = query.get('lang');
  return TERMS.filter(
    (term) =>
      term.taxonomy === taxonomy &&
      (!lang || term.lang === lang) &&
      (!include.length || include.includes(term.id)) &&
      !exclude.includes(term.id) &&
      (!slugs.length || slugs.includes(term.slug)) &&
      (postId === undefined || (postTerms ?? []).includes(term.id)) &&
      (!hideEmpty || termPostCount(term) > 0),
  ).sort((a, b) => a.name.localeCompare(b.name));
}

/** The `/wp-json/` index: site facts, namespaces and a subset of routes, as WordPress describes them. */
function siteIndex(api) {
  const route = (namespace, path, args = {}) => [
    path,
    {
      namespace,
      methods: ['GET'],
      endpoints: [{ methods: ['GET'], args }],
      ...(!path.includes('(?P<') && { _links: { self: [{ href: restUrl(api, path) }] } }),
    },
  ];
  const integerArg = (description, extra) => ({ description, type: 'integer', required: false, ...extra });
  const idListArg = (description) => ({ description, type: 'array', items: { type: 'integer' }, default: [], required: false });
  const postsArgs = {
    context: { description: 'Scope under which the request is made; determines fields present in response.', type: 'string', enum: ['view', 'embed'], default: 'view', required: false },
    page: integerArg('Current page of the collection.', { default: 1, minimum: 1 }),
    per_page: integerArg('Maximum number of items to be returned in result set.', { default: 10, minimum: 1, maximum: 100 }),
    after: { description: 'Limit response to posts published after a given ISO8601 compliant date.', type: 'string', format: 'date-time', required: false },
    before: { description: 'Limit response to posts published before a given ISO8601 compliant date.', type: 'string', format: 'date-time', required: false },
    author: idListArg('Limit result set to posts assigned to specific authors.'),
    exclude: idListArg('Ensure result set excludes specific IDs.'),
    include: idListArg('Limit result set to specific IDs.'),
    order: { description: 'Order sort attribute ascending or descending.', type: 'string', default: 'desc', enum: ['asc', 'desc'], required: false },
    orderby: { description: 'Sort collection by post attribute.', type: 'string', default: 'date', enum: POST_ORDERBY, required: false },
    slug: { description: 'Limit result set to posts with one or more specific slugs.', type: 'array', items: { type: 'string' }, required: false },
    categories: idListArg('Limit result set to items with specific terms assigned in the categories taxonomy.'),
    tags: idListArg('Limit result set to items with specific terms assigned in the tags taxonomy.'),
    lang: { description: 'Limit results to a language (Polylang).', type: 'string', enum: ['en', 'ar'], required: false },
  };
  return {
    name: SITE.name,
    description: SITE.description,
    url: SITE.url,
    home: SITE.url,
    gmt_offset: '2',
    timezone_string: SITE_TIME_ZONE,
    page_for_posts: 0,
    page_on_front: 0,
    show_on_front: 'posts',
    namespaces: ['oembed/1.0', 'wp/v2', 'yarpp/v1'],
    authentication: [],
    routes: Object.fromEntries([
      route('', '/'),
      route('wp/v2', '/wp/v2'),
      route('wp/v2', '/wp/v2/posts', postsArgs),
      route('wp/v2', '/wp/v2/posts/(?P<id>[\\d]+)', { id: integerArg('Unique identifier for the post.') }),
      route('wp/v2', '/wp/v2/media/(?P<id>[\\d]+)', { id: integerArg('Unique identifier for the post.') }),
      route('wp/v2', '/wp/v2/users/(?P<id>[\\d]+)', { id: integerArg('Unique identifier for the user.') }),
      route('wp/v2', '/wp/v2/categories'),
      route('wp/v2', '/wp/v2/categories/(?P<id>[\\d]+)', { id: integerArg('Unique identifier for the term.') }),
      route('wp/v2', '/wp/v2/tags'),
      route('wp/v2', '/wp/v2/tags/(?P<id>[\\d]+)', { id: integerArg('Unique identifier for the term.') }),
      route('yarpp/v1', '/yarpp/v1/related/(?P<id>[\\w-]+)', {
        limit: integerArg('Maximum number of related posts.', { default: 4, minimum: 1 }),
      }),
    ]),
    site_logo: 0,
    site_icon: 0,
    site_icon_url: '',
    _links: { help: [{ href: 'https://developer.wordpress.org/rest-api/' }] },
  };
}
