/**
 * The element classes, without registering any tag: `import { PostCardElement } from 'post-embeds/elements.js'`
 * then `PostCardElement.define('my-card')`.
 */
export { PostCardElement } from './post-card/post-card.js';
export { RelatedPostsElement } from './related-posts/related-posts.js';
export type { RelatedPostsData } from './core/model.js';
export type { RelatedPostsLayout } from './related-posts/related-posts.template.js';
export { SourceCitationElement } from './source-citation/source-citation.js';
export { OEmbedPreviewElement } from './oembed-preview/oembed-preview.js';
export { PostEmbedsElement } from './core/post-embeds-element.js';
