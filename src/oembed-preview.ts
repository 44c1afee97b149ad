/**
 * Registers `<oembed-preview>`: `import 'post-embeds/oembed-preview.js'`.
 */
import { OEmbedPreviewElement } from './oembed-preview/oembed-preview.js';

OEmbedPreviewElement.define();

export { OEmbedPreviewElement };

declare global {
  interface HTMLElementTagNameMap {
    'oembed-preview': OEmbedPreviewElement;
  }
}
