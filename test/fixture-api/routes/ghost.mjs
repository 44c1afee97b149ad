/**
 * Ghost Content API (v5 shapes): `/api/ghost/content/posts/` (`include=authors,tags`, `limit` (default 15,
 * or `all`), `page`, `filter=slug:x|slug:[a,b]|tag:x`, joined with `+`), `/posts/{id}/`, `/posts/slug/{slug}/`
 * and `/settings/`.
 * `/api/ghost-ar/content/…` is the Arabic edition of the site. Ghost states a site's language only in
 * `settings.locale`; so that one request is enough to know it, the Arabic edition also puts `locale: "ar"`
 * at the root of its posts responses.
 */

import { POSTS, SITE, findMedia, findTerm, findUser, languageBase } from '../data/blog.mjs';
import { SITE_TIME_ZONE } from '../lib/dates.mjs';
import { json } from '../lib/http.mjs';
import { countWords, plainText } from '../lib/text.mjs';
import { avatarUrl, postPermalink, uploadUrl } from '../lib/wordpress-objects.mjs';

const EDITIONS = { ghost: 'en', 'ghost-ar': 'ar' };
const DEFAULT_LIMIT = 15;
/** Ghost's reading speed, and its generated excerpt length in characters. */
const WORDS_PER_MINUTE = 275;
const EXCERPT_CHARS = 500;
const GHOST_HEADERS = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=0' };

export const routes = Object.entries(EDITIONS).flatMap(([edition, lang]) => [
  { path: `/${edition}/content/posts`, handler: (ctx) => browsePosts(ctx, lang) },
  { path: `/${edition}/content/posts/slug/:slug`, handler: (ctx) => readPost(ctx, lang, (post) => post.slug === ctx.params.slug) },
  { path: `/${edition}/content/posts/:id`, handler: (ctx) => readPost(ctx, lang, (post) => ghostId('post', post.id) === ctx.params.id) },
  { path: `/${edition}/content/settings`, handler: (ctx) => sendGhost(ctx.res, 200, { settings: settings(ctx.apiBase, lang), meta: {} }) },
]);

function sendGhost(res, status, body) {
  json(res, status, body, GHOST_HEADERS);
}

/** Ghost's error envelope: `{ errors: [{ message, context, type, … }] }`. */
function sendGhostError(res, status, type, message, context) {
  const error = { message, context, type, details: null, property: null, help: null, code: null, id: crypto.randomUUID(), ghostErrorCode: null };
  sendGhost(res, status, { errors: [error] });
}

function browsePosts(ctx, lang) {
  const { query } = ctx;
  const limitParam = query.get('limit') ?? String(DEFAULT_LIMIT);
  const pageParam = query.get('page') ?? '1';
  if (!/^(all|[1-9]\d*)$/.test(limitParam) || !/^[1-9]\d*$/.test(pageParam)) {
    return sendGhostError(ctx.res, 422, 'ValidationError', 'Validation error, cannot list posts.', 'Validation (isInt) failed for limit or page');
  }
  const predicate = parseFilter(query.get('filter'));
  if (!predicate) return sendGhostError(ctx.res, 400, 'BadRequestError', 'Bad request.', 'Error parsing filter');

  const posts = POSTS.filter((post) => post.lang === lang && predicate(post));
  const total = posts.length;
  const limit = limitParam === 'all' ? total || 1 : Number(limitParam);
  const page = Number(pageParam);
  const pages = Math.max(1, Math.ceil(total / limit));
  const include = includes(query);
  sendGhost(ctx.res, 200, {
    posts: posts.slice((page - 1) * limit, page * limit).map((post) => ghostPost(post, ctx.apiBase, include)),
    ...(lang === 'ar' && { locale: lang }),
    meta: {
      pagination: {
        page,
        limit: limitParam === 'all' ? 'all' : limit,
        pages,
        total,
        next: page < pages ? page + 1 : null,
        prev: page > 1 ? page - 1 : null,
      },
    },
  });
}

function readPost(ctx, lang, wanted) {
  const post = POSTS.find((candidate) => candidate.lang === lang && wanted(candidate));
  if (!post) return sendGhostError(ctx.res, 404, 'NotFoundError', 'Resource not found', 'Post not found.');
  sendGhost(ctx.res, 200, {
    posts: [ghostPost(post, ctx.apiBase, includes(ctx.query))],
    ...(lang === 'ar' && { locale: lang }),
  });
}

function includes(query) {
  return new Set((query.get('include') ?? '').split(',').map((name) => name.trim()));
}

/** NQL, the small part we need: `key:value`, `key:[a,b]`, clauses joined by `+`; undefined if unsupported. */
function parseFilter(filter) {
  if (!filter) return () => true;
  const tests = filter.split('+').map((clause) => {
    const match = /^(slug|tag|id):(?:\[([^\]]*)\]|'?([^']*)'?)$/.exec(clause.trim());
    if (!match) return undefined;
    const [, key, list, single] = match;
    const values = (list ?? single).split(',').map((value) => value.trim());
    if (key === 'slug') return (post) => values.includes(post.slug);
    if (key === 'id') return (post) => values.includes(ghostId('post', post.id));
    return (post) => [...post.categories, ...post.tags].some((id) => values.includes(findTerm(id).slug));
  });
  if (tests.some((test) => !test)) return undefined;
  return (post) => tests.every((test) => test(post));
}

/** Ghost ids are 24 hex digits (MongoDB-style ObjectIds); derive stable ones from our numeric ids. */
function ghostId(kind, id) {
  const prefix = { post: '65a1f0c0', user: '65a1f0c1', tag: '65a1f0c2' }[kind];
  return `${prefix}${id.toString(16).padStart(16, '0')}`;
}

function ghostDate(gmt) {
  return `${gmt}.000+00:00`;
}

function ghostPost(post, api, include) {
  const text = plainText(post.content);
  const media = findMedia(post.media);
  const user = findUser(post.author);
  const authors = user ? [ghostAuthor(user, api)] : [];
  const tags = [...post.categories, ...post.tags].map((id) => ghostTag(findTerm(id)));
  return {
    id: ghostId('post', post.id),
    uuid: `4b1e0f6a-7c2d-4e8b-9a35-${post.id.toString(16).padStart(12, '0')}`,
    title: post.title,
    slug: post.slug,
    html: post.content,
    comment_id: ghostId('post', post.id),
    feature_image: media ? uploadUrl(api, media.file) : null,
    featured: post.featured === true,
    visibility: 'public',
    created_at: ghostDate(post.published),
    updated_at: ghostDate(post.modified),
    published_at: ghostDate(post.published),
    custom_excerpt: post.excerpt ?? null,
    codeinjection_head: null,
    codeinjection_foot: null,
    custom_template: null,
    canonical_url: null,
    ...(include.has('authors') && { authors, primary_author: authors[0] ?? null }),
    ...(include.has('tags') && { tags, primary_tag: tags[0] ?? null }),
    url: postPermalink(post),
    excerpt: post.excerpt ?? text.slice(0, EXCERPT_CHARS),
    reading_time: Math.max(1, Math.round(countWords(text) / WORDS_PER_MINUTE)),
    access: true,
    comments: false,
    og_image: null,
    og_title: null,
    og_description: null,
    twitter_image: null,
    twitter_title: null,
    twitter_description: null,
    meta_title: null,
    meta_description: null,
    email_subject: null,
    frontmatter: null,
    feature_image_alt: media?.alt ?? null,
    feature_image_caption: null,
  };
}

function ghostAuthor(user, api) {
  return {
    id: ghostId('user', user.id),
    name: user.name,
    slug: user.slug,
    profile_image: avatarUrl(api, user.slug, 96),
    cover_image: null,
    bio: user.description,
    website: null,
    location: null,
    facebook: null,
    twitter: null,
    meta_title: null,
    meta_description: null,
    url: `${SITE.url}/author/${user.slug}/`,
  };
}

function ghostTag(term) {
  return {
    id: ghostId('tag', term.id),
    name: term.name,
    slug: term.slug,
    description: null,
    feature_image: null,
    visibility: 'public',
    og_image: null,
    og_title: null,
    og_description: null,
    twitter_image: null,
    twitter_title: null,
    twitter_description: null,
    meta_title: null,
    meta_description: null,
    codeinjection_head: null,
    codeinjection_foot: null,
    canonical_url: null,
    accent_color: null,
    url: `${languageBase(term.lang)}/tag/${term.slug}/`,
  };
}

function settings(api, lang) {
  const { home, feedTitle } = SITE.languages[lang];
  return {
    title: feedTitle,
    description: SITE.description,
    logo: null,
    icon: avatarUrl(api, 'florin-blog', 256),
    accent_color: '#c2410c',
    cover_image: null,
    facebook: null,
    twitter: null,
    locale: lang,
    timezone: SITE_TIME_ZONE,
    codeinjection_head: null,
    codeinjection_foot: null,
    navigation: [{ label: lang === 'ar' ? 'الرئيسية' : 'Home', url: '/' }],
    secondary_navigation: [],
    meta_title: null,
    meta_description: null,
    og_image: null,
    og_title: null,
    og_description: null,
    twitter_image: null,
    twitter_title: null,
    twitter_description: null,
    members_support_address: 'noreply',
    url: home,
  };
}
