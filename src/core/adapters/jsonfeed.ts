/**
 * JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) to the model. Text fields are plain text
 * by the spec and stay so, their character references decoded (WordPress's feeds write `&#8217;` and
 * `&amp;` into titles); `content_html` only feeds the word count and a missing excerpt.
 */
import type { Author } from '../model.js';
import { normalizeLanguage } from '../../shared/direction.js';
import { countWords } from '../reading-time.js';
import { decodeCharacterReferences, truncateText } from '../../shared/text.js';
import { safeHttpUrl } from '../../shared/url.js';
import { decodedText, records, texts, type Json, type JsonObject } from '../../shared/fields.js';
import { htmlText } from '../html-to-text.js';
import { authorsFrom, finishPost, type PostSource } from './source.js';

/** An excerpt made from an item's content (when it has no `summary`) stops here. */
const EXCERPT_MAX_CHARS = 300;

/** Version 1.1 `authors` (an array), else 1.0's single `author`. */
function authorsOf(object: Json, base: string): Author[] {
  return authorsFrom(Array.isArray(object?.authors) ? object.authors : [object?.author], base);
}

export function readJsonFeed(feed: Json, base: string): PostSource {
  const feedAuthors = authorsOf(feed, base);
  const feedLanguage = normalizeLanguage(feed?.language);
  return {
    entries: records<JsonObject>(feed?.items),
    read(item) {
      const content = htmlText(item.content_html) ?? decodedText(item.content_text);
      const image = safeHttpUrl(item.image, base) ?? safeHttpUrl(item.banner_image, base);
      const authors = authorsOf(item, base);
      return finishPost(
        {
          id: item.id,
          title: decodedText(item.title),
          // `external_url` points at what the item is about, not at the item: it is not the link.
          url: item.url,
          excerpt: decodedText(item.summary) ?? (content && truncateText(content, EXCERPT_MAX_CHARS)),
          published: item.date_published,
          modified: item.date_modified,
          // Items without authors inherit the feed's (JSON Feed 1.1, "authors").
          authors: authors.length ? authors : feedAuthors,
          image: image ? { url: image } : undefined,
          terms: (texts(item.tags) ?? []).map((name) => ({ name: decodeCharacterReferences(name), taxonomy: 'tag' })),
          wordCount: countWords(content),
          language: normalizeLanguage(item.language) ?? feedLanguage,
        },
        base,
      );
    },
    about: { title: decodedText(feed?.title), url: feed?.home_page_url, language: feedLanguage },
  };
}
