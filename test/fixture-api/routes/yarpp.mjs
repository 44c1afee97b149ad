/**
 * YARPP's REST endpoint, `/wp-json/yarpp/v1/related/{id}`: an array of WordPress post objects related to a
 * post (`limit`, default 4; `_embed` and `_fields` work as on core routes). Relatedness here is shared tags
 * (weight 2) and shared categories (weight 1) within the post's language, ties broken by recency.
 */

import { POSTS, findPost } from '../data/blog.mjs';
import { json, sendWordPressError } from '../lib/http.mjs';
import { readInteger } from '../lib/wordpress-query.mjs';
import { shapePost, wordPressRoute } from './wordpress.mjs';

const DEFAULT_LIMIT = 4;

export const routes = [
  wordPressRoute('/wp-json/yarpp/v1/related/:id', (ctx) => {
    const post = /^\d+$/.test(ctx.params.id) ? findPost(Number(ctx.params.id)) : undefined;
    if (!post) return sendWordPressError(ctx.res, 404, 'rest_post_invalid_id', 'Invalid post ID.');
    const limit = readInteger(ctx.query, 'limit', { fallback: DEFAULT_LIMIT, min: 1 });
    const related = relatedPosts(post).slice(0, limit);
    json(ctx.res, 200, related.map((other) => shapePost(other, ctx)));
  }),
];

function relatedPosts(post) {
  const shared = (a, b) => a.filter((id) => b.includes(id)).length;
  return POSTS.filter((other) => other.id !== post.id && other.lang === post.lang)
    .map((other) => ({
      other,
      score: 2 * shared(other.tags, post.tags) + shared(other.categories, post.categories),
    }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || b.other.published.localeCompare(a.other.published))
    .map(({ other }) => other);
}
