/**
 * Ghost Content API posts and pages (`/ghost/api/content/posts/?include=authors,tags`, `…/pages/`) to the
 * model: a page has a post's fields.
 * Ghost's titles and excerpts are plain text already; `html` only feeds the word count.
 */
import { normalizeLanguage } from '../../shared/direction.js';
import { countWords } from '../reading-time.js';
import { safeHttpUrl } from '../../shared/url.js';
import { plainText, records, type Json, type JsonObject } from '../../shared/fields.js';
import { htmlText } from '../html-to-text.js';
import { authorsFrom, finishPost, termsFrom, type PostSource } from './source.js';

export function readGhost(body: Json, base: string): PostSource {
  const siteLanguage = normalizeLanguage(body?.locale);
  return {
    entries: records<JsonObject>(body?.posts ?? body?.pages),
    read(post) {
      const image = safeHttpUrl(post.feature_image, base);
      const minutes: unknown = post.reading_time;
      return finishPost(
        {
          id: plainText(post.id) ?? post.slug,
          title: post.title,
          url: post.url,
          excerpt: plainText(post.custom_excerpt) ?? post.excerpt,
          published: post.published_at,
          modified: post.updated_at,
          // `authors` (with `include=authors`), else the lone `primary_author`.
          authors: authorsFrom(
            (Array.isArray(post.authors) ? post.authors : [post.primary_author]).map((author) => ({ ...author, avatar: author?.profile_image })),
            base,
          ),
          image: image ? { url: image, alt: plainText(post.feature_image_alt) } : undefined,
          // Public tags only: internal ones (`#name`, visibility `internal`) organise the site, not the reader.
          terms: termsFrom(
            records(post.tags)
              .filter((tag) => tag.visibility != 'internal' && !plainText(tag.name)?.startsWith('#'))
              .map((tag) => ({ ...tag, taxonomy: 'tag' })),
            base,
          ),
          wordCount: countWords(plainText(post.plaintext) ?? htmlText(post.html)),
          // Ghost says 0 minutes for a short post; a card says at least 1.
          readingTime: Number.isFinite(minutes) ? Math.max(1, minutes as number) : undefined,
          language: normalizeLanguage(post.locale) ?? siteLanguage,
        },
        base,
      );
    },
    about: { language: siteLanguage, total: body?.meta?.pagination?.total },
  };
}
