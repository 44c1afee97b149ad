/**
 * The DOM-free twin of core/html-to-text.ts (same exports the adapters use), for builds that run the adapters
 * where there is no DOM: `post-embeds/data` is built with core/html-to-text.js mapped to this file (the alias map
 * in rollup.data.config.mjs; ARCHITECTURE.md, "Twins without a DOM").
 */
import { plainText } from './fields.js';
import type { HtmlToText } from './html-to-text.js';
import { htmlToTextWithoutDom } from './html-to-text-without-dom.js';

export const htmlToText: HtmlToText = htmlToTextWithoutDom;

/** An HTML field reduced to plain text; empty reads as `undefined` (as core/html-to-text.ts's `htmlText`). */
export function htmlText(value: unknown): string | undefined {
  const html = plainText(value);
  return html && (htmlToTextWithoutDom(html) || undefined);
}
