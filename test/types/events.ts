/**
 * Type test (compiled by `npm run lint:types`, never run): listeners get each element's own model in `load`
 * and a `PostEmbedsError` in `error`. Each `@ts-expect-error` line must stay an error.
 */
import type { Citation, OEmbed, Post, PostEmbedsErrorCode, PostEmbedsLoadEvent, RelatedPostsData } from '../../src/index.js';
import '../../src/index.js';

const card = document.createElement('post-card');
card.addEventListener('load', (event) => {
  const post: Post = event.detail.data;
  const title: string = event.detail.data.title;
  // @ts-expect-error: a post is not a collection
  void event.detail.data.posts;
  void post, title;
});
card.addEventListener('error', (event) => {
  const code: PostEmbedsErrorCode = event.detail.error.code;
  // @ts-expect-error: not a DOM ErrorEvent
  void event.filename;
  void code;
});
card.addEventListener('loadend', (event) => {
  const detail: undefined = event.detail;
  void detail;
});

document.createElement('related-posts').addEventListener('load', (event) => {
  const data: RelatedPostsData = event.detail.data;
  void data.previous;
});
document.createElement('source-citation').addEventListener('load', (event) => {
  const citations: Citation[] = event.detail.data;
  void citations;
});
document.createElement('oembed-preview').addEventListener('load', (event) => {
  const embed: OEmbed = event.detail.data;
  void embed.type;
});

// Other events keep their DOM types; the event types are exported for handlers declared apart.
card.addEventListener('click', (event) => void event.clientX);
const onLoad = (event: PostEmbedsLoadEvent<Post>) => event.detail.data.url;
card.addEventListener('load', onLoad);
card.removeEventListener('load', onLoad);
