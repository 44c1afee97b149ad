/**
 * Registers `<related-posts>`: `import 'post-embeds/related-posts.js'`.
 */
import { RelatedPostsElement } from './related-posts/related-posts.js';

RelatedPostsElement.define();

export { RelatedPostsElement };

declare global {
  interface HTMLElementTagNameMap {
    'related-posts': RelatedPostsElement;
  }
}
