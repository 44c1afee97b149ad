/** The fixture blog as one queryable store: posts in both languages, authors, terms and media. */

import { CATEGORIES, MEDIA, TAGS, USERS } from './site.mjs';
import { ARABIC_POSTS } from './posts-ar.mjs';
import { ENGLISH_POSTS } from './posts-en.mjs';

export { SITE, languageBase } from './site.mjs';

/** Every post, newest first (WordPress's default order). */
export const POSTS = [...ENGLISH_POSTS, ...ARABIC_POSTS].sort(
  (a, b) => b.published.localeCompare(a.published) || b.id - a.id,
);

export const TERMS = [...CATEGORIES, ...TAGS];

export const findPost = (id) => POSTS.find((post) => post.id === id);
export const findUser = (id) => USERS.find((user) => user.id === id);
export const findUserBySlug = (slug) => USERS.find((user) => user.slug === slug);
export const findMedia = (id) => MEDIA.find((media) => media.id === id);
export const findMediaByFile = (file) => MEDIA.find((media) => media.file === file);
export const findTerm = (id) => TERMS.find((term) => term.id === id);

/** Polylang's `translations` map (`{ en: 42, ar: 52 }`) of a post. */
export function postTranslations(post) {
  if (!post.translation) return { [post.lang]: post.id };
  const group = POSTS.filter((other) => other.translation === post.translation);
  return Object.fromEntries(group.map((other) => [other.lang, other.id]));
}

/** Polylang's `translations` map of a term. */
export function termTranslations(term) {
  const group = TERMS.filter((other) => other.taxonomy === term.taxonomy && other.group === term.group);
  return Object.fromEntries(group.map((other) => [other.lang, other.id]));
}

/** How many posts carry a term (WordPress's `count`). */
export function termPostCount(term) {
  const field = term.taxonomy === 'category' ? 'categories' : 'tags';
  return POSTS.filter((post) => post[field].includes(term.id)).length;
}

