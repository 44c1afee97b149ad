/**
 * Provider HTML parsed only to be inspected (is it a lone player, a WordPress post embed, where does it
 * load from?), never rendered: the frame always gets the HTML as sent.
 *
 * Chromium checks inline styles against the page's CSP even while parsing a document that never renders,
 * so on a page with a strict `style-src` every `<style>` and `style=""` of the provider would be reported
 * as a violation. Style elements and attributes are renamed before parsing; nothing inspected depends on
 * them.
 */
import { parseInertHtml } from '../../core/text.js';

/** `<style` and `</style`, as they open and close a style element. */
const STYLE_ELEMENT = /<(\/?)style(?=[\s/>])/gi;
/** ` style=` and `/style=`, as they start a style attribute. */
const STYLE_ATTRIBUTE = /([\s/])style(?=\s*=)/gi;

export function parseProviderHtml(html: string): Document {
  return parseInertHtml(html.replace(STYLE_ELEMENT, '<$1pe-style').replace(STYLE_ATTRIBUTE, '$1pe-style'));
}
