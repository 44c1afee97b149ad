/**
 * Registers `<source-citation>`: `import 'post-embeds/source-citation.js'`.
 */
import { SourceCitationElement } from './source-citation/source-citation.js';

SourceCitationElement.define();

export { SourceCitationElement };

declare global {
  interface HTMLElementTagNameMap {
    'source-citation': SourceCitationElement;
  }
}
