/**
 * The frame of an activated video or rich embed. `<oembed-preview>` imports this module on demand (on the
 * first hover, focus or activation), so a page pays for the frame machinery only when a visitor asks for
 * an embed. Three ways to frame a provider's `html`, safest that works first:
 * - a lone `<iframe>` of a well-known player: re-created from its URL alone (`provider-iframe.ts`);
 * - a WordPress post embed: its embed page framed directly, sandboxed (`wordpress-embed.ts`);
 * - anything else: the sandboxed srcdoc frame (`sandbox.ts`). Rich content takes the height it reports;
 *   a video keeps the provider's aspect ratio (the element's box sizes it).
 */
import type { OEmbedFrame } from '../../core/oembed-model.js';
import { safeHttpUrl } from '../../core/url.js';
import { parseInertHtml } from '../../core/text.js';
import { createProviderIframe, parseSingleProviderIframe } from './provider-iframe.js';
import { listenForFrameHeight } from './resize.js';
import { createSandboxedFrame } from './sandbox.js';
import { createWordPressFrame, parseWordPressEmbed } from './wordpress-embed.js';

export interface EmbedFrameOptions {
  /** The frame's accessible name. */
  title: string;
  /** Language and direction of the surrounding page, for the sandboxed document. */
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

export interface EmbedFrame {
  frame: HTMLIFrameElement;
  /** Stops listening to the frame's messages (call it when the frame goes away). */
  stop: () => void;
}

export function createEmbedFrame(embed: OEmbedFrame, { title, lang, dir }: EmbedFrameOptions): EmbedFrame {
  const { untrustedHtml: html, width, height } = embed;
  const player = parseSingleProviderIframe(html, embed.providerUrl);
  if (player) return { frame: createProviderIframe({ ...player, title: player.title ?? title }), stop: () => {} };
  const wordPressPage = parseWordPressEmbed(html);
  if (wordPressPage) return createWordPressFrame(wordPressPage, { title, width, height });
  const { frame, secret } = createSandboxedFrame(html, { title, lang, dir, width, height });
  const stop =
    embed.type === 'rich' ? listenForFrameHeight(frame, secret, (value) => (frame.height = String(value))) : () => {};
  return { frame, stop };
}

/** Origins already given a `<link rel="preconnect">`. */
const preconnected = new Set<string>([location.origin]);

/** The origin the embed's frame (or first script) loads from, if it names one. */
function embedOrigin({ untrustedHtml: html, providerUrl }: OEmbedFrame): string | undefined {
  const source =
    parseSingleProviderIframe(html, providerUrl)?.src ??
    safeHttpUrl(parseInertHtml(html).querySelector('iframe[src], script[src]')?.getAttribute('src'), document.baseURI);
  return source && new URL(source).origin;
}

/**
 * Warms up the connection to the embed's origin, once per origin and page, so that the player starts
 * sooner once activated. A hint only: it loads nothing and runs nothing.
 */
export function preconnectEmbed(embed: OEmbedFrame): void {
  const origin = embedOrigin(embed);
  if (!origin || preconnected.has(origin)) return;
  preconnected.add(origin);
  const link = document.createElement('link');
  link.rel = 'preconnect';
  link.href = origin;
  document.head.append(link);
}
