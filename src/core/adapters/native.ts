/**
 * The model itself as a response body (`{ title, authors, … }` or `{ posts: [...] }`), for sites that
 * serve it directly. Trusted no further than any other body: every field is type-checked and every
 * URL checked again. Text is taken as plain text, as the model defines it (no HTML decoding).
 */
import { records, type Json, type JsonObject } from '../../shared/fields.js';
import { authorsFrom, finishPost, imageFrom, listablePosts, termsFrom, type PostDraft, type PostSource } from './source.js';

function readPost(post: JsonObject, base: string, nested?: boolean): PostDraft {
  return finishPost(
    {
      // The parts `finishPost` takes as read are all read here, never taken from the body as they are.
      ...post,
      authors: authorsFrom(post.authors, base),
      image: imageFrom(post.image, base),
      terms: termsFrom(post.terms, base),
      // Related posts of related posts are never shown: one level is read, deeper ones dropped.
      related: !nested && Array.isArray(post.related) ? listablePosts(records<JsonObject>(post.related).map((related) => readPost(related, base, true))) : undefined,
    },
    base,
  );
}

export function readNative(body: Json, base: string): PostSource {
  const read = (entry: JsonObject) => readPost(entry, base);
  return Array.isArray(body?.posts) ? { entries: records<JsonObject>(body.posts), read, about: body } : { entries: [body ?? {}], single: true, read };
}
