/**
 * WordPress REST API v2 objects built from the fixture blog, shaped like wordpress-develop's
 * `tests/qunit/fixtures/wp-api-generated.js` plus Polylang (`lang`, `translations`) and Jetpack
 * (`jetpack-related-posts`). `api` is the API base URL of the request (`http://host/api`), so every link
 * the objects carry resolves to this server; public permalinks stay on https://florin.blog.
 */

import {
  SITE,
  findMedia,
  findPost,
  findTerm,
  findUser,
  languageBase,
  postTranslations,
  termPostCount,
  termTranslations,
} from '../data/blog.mjs';
import { displayDate, siteLocalDate } from './dates.mjs';
import { wordPressError } from './http.mjs';
import { gradientSvg } from './svg.mjs';
import { escapeHtml, firstWords, plainText, texturize } from './text.mjs';

const CURIES = [{ name: 'wp', href: 'https://api.w.org/{rel}', templated: true }];
const AVATAR_SIZES = [24, 48, 96];
/** WordPress's default intermediate sizes: [name, max width, max height, crop]. 0 = unbounded. */
const IMAGE_SIZES = [
  ['thumbnail', 150, 150, true],
  ['medium', 300, 300, false],
  ['medium_large', 768, 0, false],
  ['large', 1024, 1024, false],
];
/** The crop Jetpack requests for related-post thumbnails. */
const JETPACK_THUMBNAIL = { width: 350, height: 200 };
/** WordPress's automatic excerpt length, in words. */
const EXCERPT_WORDS = 55;

export const restUrl = (api, route) => `${api}/wp-json${route}`;

export const postPermalink = (post) => `${languageBase(post.lang)}/${post.slug}/`;

export const uploadUrl = (api, file) => `${api}/uploads/${file}`;

/** WordPress names resized copies `name-WIDTHxHEIGHT.ext`. */
export const sizedFile = (file, width, height) => file.replace(/(\.\w+)$/, `-${width}x${height}$1`);

export const avatarUrl = (api, slug, size) => `${api}/avatar/${slug}.svg?s=${size}`;

/** `title.rendered`: HTML-escaped and texturized, e.g. `&#8216;winning&#8217;`, `&amp;`. */
export const renderedTitle = (title) => texturize(escapeHtml(title));

/** `excerpt.rendered`: the manual excerpt, or WordPress's automatic one ending in ` [&hellip;]`. */
function renderedExcerpt(post) {
  const text = post.excerpt ?? firstWords(plainText(post.content), EXCERPT_WORDS, ' […]');
  return `<p>${texturize(escapeHtml(text))}</p>\n`;
}

/** A post in the `view` context, with `_embedded` added when `embed` (a Set of link relations) asks for it. */
export function wordPressPost(post, api, embed) {
  const object = {
    id: post.id,
    date: siteLocalDate(post.published),
    date_gmt: post.published,
    guid: { rendered: `${SITE.url}/?p=${post.id}` },
    modified: siteLocalDate(post.modified),
    modified_gmt: post.modified,
    slug: post.slug,
    status: 'publish',
    type: 'post',
    link: postPermalink(post),
    title: { rendered: renderedTitle(post.title) },
    content: { rendered: `${texturize(post.content)}\n`, protected: false },
    excerpt: { rendered: renderedExcerpt(post), protected: false },
    author: post.author,
    featured_media: post.media,
    comment_status: 'open',
    ping_status: 'open',
    sticky: post.featured === true,
    template: '',
    format: 'standard',
    meta: { footnotes: '' },
    categories: post.categories,
    tags: post.tags,
    class_list: classList(post),
    lang: post.lang,
    translations: postTranslations(post),
  };
  if (post.related) {
    object['jetpack-related-posts'] = post.related.map((id, position) => jetpackRelatedPost(id, position, post, api));
  }
  object._links = postLinks(post, api);
  if (embed?.size) object._embedded = embeddedFor(post, api, embed);
  return object;
}

function classList(post) {
  const terms = [...post.categories, ...post.tags].map(findTerm);
  return [
    `post-${post.id}`,
    'post',
    'type-post',
    'status-publish',
    'format-standard',
    ...(post.media ? ['has-post-thumbnail'] : []),
    'hentry',
    ...terms.map((term) => `${term.taxonomy === 'category' ? 'category' : 'tag'}-${term.slug}`),
  ];
}

function postLinks(post, api) {
  const links = {
    self: [{ href: restUrl(api, `/wp/v2/posts/${post.id}`), targetHints: { allow: ['GET'] } }],
    collection: [{ href: restUrl(api, '/wp/v2/posts') }],
    about: [{ href: restUrl(api, '/wp/v2/types/post') }],
    author: [{ embeddable: true, href: restUrl(api, `/wp/v2/users/${post.author}`) }],
    'version-history': [{ count: 1, href: restUrl(api, `/wp/v2/posts/${post.id}/revisions`) }],
  };
  if (post.media) {
    links['wp:featuredmedia'] = [{ embeddable: true, href: restUrl(api, `/wp/v2/media/${post.media}`) }];
  }
  links['wp:attachment'] = [{ href: restUrl(api, `/wp/v2/media?parent=${post.id}`) }];
  links['wp:term'] = [
    { taxonomy: 'category', embeddable: true, href: restUrl(api, `/wp/v2/categories?post=${post.id}`) },
    { taxonomy: 'post_tag', embeddable: true, href: restUrl(api, `/wp/v2/tags?post=${post.id}`) },
  ];
  links.curies = CURIES;
  return links;
}

/**
 * `_embedded` as WordPress builds it: the embed-context resource behind each embeddable link. A deleted
 * author is embedded as the error object the users endpoint answers with.
 */
function embeddedFor(post, api, embed) {
  const embedded = {};
  if (embed.has('author')) {
    const user = findUser(post.author);
    embedded.author = [
      user ? wordPressUser(user, api, 'embed') : wordPressError(404, 'rest_user_invalid_id', 'Invalid user ID.'),
    ];
  }
  if (post.media && embed.has('wp:featuredmedia')) {
    embedded['wp:featuredmedia'] = [wordPressMedia(findMedia(post.media), api, 'embed')];
  }
  if (embed.has('wp:term')) {
    embedded['wp:term'] = [post.categories, post.tags].map((ids) =>
      ids.map((id) => wordPressTerm(findTerm(id), api, 'embed')),
    );
  }
  return embedded;
}

/** One item of Jetpack's `jetpack-related-posts` field: plain text, a display date, a 350×200 crop. */
function jetpackRelatedPost(id, position, origin, api) {
  const post = findPost(id);
  const media = findMedia(post.media);
  const category = findTerm(post.categories[0]);
  const img = media
    ? {
        alt_text: media.alt,
        src: uploadUrl(api, sizedFile(media.file, JETPACK_THUMBNAIL.width, JETPACK_THUMBNAIL.height)),
        width: JETPACK_THUMBNAIL.width,
        height: JETPACK_THUMBNAIL.height,
      }
    : { alt_text: '', src: '', width: 0, height: 0 };
  return {
    id: post.id,
    url: postPermalink(post),
    url_meta: { origin: origin.id, position },
    title: post.title,
    date: displayDate(post.published, post.lang),
    format: false,
    excerpt: firstWords(post.excerpt ?? plainText(post.content), 30, '…'),
    rel: '',
    context: post.lang === 'ar' ? `في "${category.name}"` : `In "${category.name}"`,
    img,
    classes: [],
  };
}

/** A user: `view` context, or the smaller `embed` context used inside `_embedded`. */
export function wordPressUser(user, api, context = 'view') {
  const object = {
    id: user.id,
    name: user.name,
    url: user.id === 1 ? SITE.url : '',
    description: user.description,
    link: `${SITE.url}/author/${user.slug}/`,
    slug: user.slug,
    avatar_urls: Object.fromEntries(AVATAR_SIZES.map((size) => [size, avatarUrl(api, user.slug, size)])),
  };
  if (context === 'view') object.meta = [];
  object._links = {
    self: [{ href: restUrl(api, `/wp/v2/users/${user.id}`), targetHints: { allow: ['GET'] } }],
    collection: [{ href: restUrl(api, '/wp/v2/users') }],
  };
  return object;
}

/** An image attachment: `view` context, or the `embed` context used inside `_embedded`. */
export function wordPressMedia(media, api, context = 'view') {
  const object = {
    id: media.id,
    date: siteLocalDate(media.uploaded),
    ...(context === 'view' && {
      date_gmt: media.uploaded,
      guid: { rendered: uploadUrl(api, media.file) },
      modified: siteLocalDate(media.uploaded),
      modified_gmt: media.uploaded,
    }),
    slug: media.title,
    ...(context === 'view' && { status: 'inherit' }),
    type: 'attachment',
    link: `${SITE.url}/?attachment_id=${media.id}`,
    title: { rendered: escapeHtml(media.title) },
    author: 1,
    featured_media: 0,
    ...(context === 'view' && {
      comment_status: 'open',
      ping_status: 'closed',
      template: '',
      meta: [],
      class_list: [`post-${media.id}`, 'attachment', 'type-attachment', 'status-inherit', 'hentry'],
      description: { rendered: '' },
    }),
    caption: { rendered: '' },
    alt_text: media.alt,
    media_type: 'image',
    mime_type: 'image/svg+xml',
    media_details: mediaDetails(media, api),
    ...(context === 'view' && { post: media.post }),
    source_url: uploadUrl(api, media.file),
    _links: {
      self: [{ href: restUrl(api, `/wp/v2/media/${media.id}`), targetHints: { allow: ['GET'] } }],
      collection: [{ href: restUrl(api, '/wp/v2/media') }],
      about: [{ href: restUrl(api, '/wp/v2/types/attachment') }],
      author: [{ embeddable: true, href: restUrl(api, '/wp/v2/users/1') }],
    },
  };
  return object;
}

/** `media_details` with every intermediate size WordPress would have generated (never upscaled). */
function mediaDetails(media, api) {
  if (media.detailsLost) return {};
  const sizes = {};
  for (const [name, maxWidth, maxHeight, crop] of IMAGE_SIZES) {
    const size = crop ? { width: maxWidth, height: maxHeight } : fitWithin(media, maxWidth, maxHeight);
    if (size.width >= media.width && size.height >= media.height) continue;
    sizes[name] = sizeEntry(media, size, api);
  }
  sizes.full = sizeEntry(media, media, api);
  return {
    width: media.width,
    height: media.height,
    file: media.file,
    filesize: svgBytes(media, media),
    sizes,
    image_meta: {
      aperture: '0',
      credit: '',
      camera: '',
      caption: '',
      created_timestamp: '0',
      copyright: '',
      focal_length: '0',
      iso: '0',
      shutter_speed: '0',
      title: '',
      orientation: '0',
      keywords: [],
    },
  };
}

function fitWithin(media, maxWidth, maxHeight) {
  const scale = Math.min(maxWidth ? maxWidth / media.width : 1, maxHeight ? maxHeight / media.height : 1, 1);
  return { width: Math.round(media.width * scale), height: Math.round(media.height * scale) };
}

function sizeEntry(media, { width, height }, api) {
  const isFull = width === media.width && height === media.height;
  const file = isFull ? media.file : sizedFile(media.file, width, height);
  return {
    file: file.split('/').pop(),
    width,
    height,
    filesize: svgBytes(media, { width, height }),
    mime_type: 'image/svg+xml',
    source_url: uploadUrl(api, file),
  };
}

/** The SVG a media file is served as, so sizes and `filesize` always agree with routes/images.mjs. */
export function mediaSvg(media, { width, height }) {
  return gradientSvg({ width, height, label: media.label, hue: media.hue });
}

function svgBytes(media, size) {
  return Buffer.byteLength(mediaSvg(media, size));
}

/** A category or tag: `view` context (with Polylang fields), or the `embed` context. */
export function wordPressTerm(term, api, context = 'view') {
  const base = term.taxonomy === 'category' ? 'categories' : 'tags';
  const object = {
    id: term.id,
    ...(context === 'view' && { count: termPostCount(term), description: term.description }),
    link: `${languageBase(term.lang)}/${term.taxonomy === 'category' ? 'category' : 'tag'}/${term.slug}/`,
    // WordPress stores term names HTML-escaped ("Trade &amp; supply chains").
    name: escapeHtml(term.name),
    slug: term.slug,
    taxonomy: term.taxonomy,
    ...(context === 'view' && term.taxonomy === 'category' && { parent: 0 }),
    ...(context === 'view' && { meta: [], lang: term.lang, translations: termTranslations(term) }),
    _links: {
      self: [{ href: restUrl(api, `/wp/v2/${base}/${term.id}`), targetHints: { allow: ['GET'] } }],
      collection: [{ href: restUrl(api, `/wp/v2/${base}`) }],
      about: [{ href: restUrl(api, `/wp/v2/taxonomies/${term.taxonomy}`) }],
      'wp:post_type': [{ href: restUrl(api, `/wp/v2/posts?${base}=${term.id}`) }],
      curies: CURIES,
    },
  };
  return object;
}
