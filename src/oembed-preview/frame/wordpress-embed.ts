/**
 * WordPress post embeds, framed without WordPress's inline script.
 *
 * WordPress's oEmbed `html` is a `<blockquote class="wp-embedded-content">` (a fallback link), an
 * `<iframe class="wp-embedded-content" sandbox="allow-scripts" src="{post}/embed/#?secret=…">` kept hidden
 * at first, and an inline script (wp-embed.js's job) that reveals that iframe and sizes it from the embed
 * page's `{ message: 'height', value, secret }` messages. Inside our srcdoc frame on a page with a strict CSP
 * that inline script is blocked, and the post would never show. So the embed page is framed directly,
 * sandboxed as WordPress itself frames it (scripts, an opaque origin: it cannot reach the page), and we do
 * the script's job: the height from its messages, and the links it asks to open (in a new tab).
 */
import { safeHttpUrl } from '../../shared/url.js';
import { parseInertHtml } from '../../core/html-to-text.js';
import { listenForFrameHeight, type HeightReader } from './resize.js';
import { FRAME_SANDBOX, randomSecret } from './sandbox.js';

/** What the embed page posts to its parent (WordPress's `wp-embed-template.js`). */
interface WordPressMessage {
  message?: unknown;
  value?: unknown;
  secret?: unknown;
}

const wordPressMessage = (data: unknown, secret: string, message: 'height' | 'link') => {
  const sent = data as WordPressMessage | null;
  return typeof sent === 'object' && sent?.secret === secret && sent.message === message ? sent.value : undefined;
};

const wordPressHeight: HeightReader = (data, secret) => {
  const value = wordPressMessage(data, secret, 'height');
  return typeof value === 'number' ? value : undefined;
};

/** The embed page URL (http/https, without its `#?secret=`) when `html` is a WordPress post embed. */
export function parseWordPressEmbed(html: string): string | undefined {
  const document = parseInertHtml(html);
  if (!document.querySelector('blockquote.wp-embedded-content')) return undefined;
  return safeHttpUrl(document.querySelector('iframe.wp-embedded-content')?.getAttribute('src'))?.replace(/#.*/, '');
}

/**
 * A sandboxed `<iframe>` of the embed page at `pageUrl`, with a fresh secret, that follows the height the
 * page reports and opens the links it asks for when they stay on its site (as wp-embed.js does).
 * Returns the frame and a function that stops listening.
 */
export function createWordPressFrame(
  pageUrl: string,
  { title, width, height }: { title: string; width?: number; height?: number },
): { frame: HTMLIFrameElement; stop: () => void } {
  const secret = randomSecret();
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', FRAME_SANDBOX);
  // The embed page learns the page's origin, never its path (some sites put private state there).
  frame.referrerPolicy = 'strict-origin-when-cross-origin';
  frame.title = title;
  if (width) frame.width = String(width);
  if (height) frame.height = String(height);
  frame.src = `${pageUrl}#?secret=${secret}`;

  const stopHeight = listenForFrameHeight(frame, secret, (value) => (frame.height = String(value)), wordPressHeight);
  const onLink = (event: MessageEvent) => {
    if (event.source === null || event.source !== frame.contentWindow) return;
    const href = safeHttpUrl(wordPressMessage(event.data, secret, 'link'));
    if (href && new URL(href).host === new URL(pageUrl).host) window.open(href, '_blank', 'noopener');
  };
  window.addEventListener('message', onLink);
  return {
    frame,
    stop: () => {
      stopHeight();
      window.removeEventListener('message', onLink);
    },
  };
}
