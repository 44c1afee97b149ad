/**
 * Registers `<post-card>`: `import 'post-embeds/post-card.js'`.
 */
import { PostCardElement } from './post-card/post-card.js';

PostCardElement.define();

export { PostCardElement };

declare global {
  interface HTMLElementTagNameMap {
    'post-card': PostCardElement;
  }
}
