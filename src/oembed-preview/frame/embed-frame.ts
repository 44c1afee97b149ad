/**
 * The frame of an activated video or rich embed. `<oembed-preview>` imports this module on demand (on the
 * first hover, focus or activation), so a page pays for the frame machinery only when a visitor asks for
 * an embed. Three ways to frame a provider's `html`, safest that works first:
 * - a lone `<iframe>` of a well-known player: re-created from its URL alone (`provider-iframe.ts`);
 * - a WordPress post embed: its embed page framed directly, sandboxed (`wordpress-embed.ts`);
 * - anything else: the sandboxed srcdoc frame (`sandbox.ts`). Rich content, and a video without sizes,
 *   takes the height it reports; a sized video keeps the provider's aspect ratio (the element's box sizes it).
 */
import { nearestLanguage } from '../../core/nearest-language.js';
import type { OEmbedFrame } from '../../shared/oembed-model.js';
import { embedName, followsContent } from '../oembed-preview.template.js';
import { createProviderIframe, parseSingleProviderIframe } from './provider-iframe.js';
import { listenForFrameHeight } from './resize.js';
import { createSandboxedFrame } from './sandbox.js';
import { createWordPressFrame, parseWordPressEmbed } from './wordpress-embed.js';

export interface EmbedFrame {
  frame: HTMLIFrameElement;
  /** Stops listening to the frame's messages (call it when the frame goes away). */
  stop: () => void;
}

/**
 * The frame of `embed` as `<oembed-preview>` shows it (part `frame`), named after the embed. A sandboxed
 * document takes the language and direction of the page around `host`. `startHeight` is the height of a
 * frame whose embed states none, until its content reports one.
 */
export function createEmbedFrame(embed: OEmbedFrame, host: Element, startHeight?: number, play = false): EmbedFrame {
  const sized = { ...embed, height: embed.height ?? (startHeight || undefined) };
  const embedFrame = frameFor(sized, followsContent(embed), embedName(embed), host, play);
  embedFrame.frame.part.add('frame');
  return embedFrame;
}

/** `play`: the reader pressed play, so a player that can start by itself is asked to (one click plays). */
function frameFor(embed: OEmbedFrame, fit: boolean, title: string, host: Element, play: boolean): EmbedFrame {
  const { untrustedHtml: html, width, height } = embed;
  const player = parseSingleProviderIframe(html, embed.providerUrl);
  if (player) return { frame: createProviderIframe({ ...player, title: player.title ?? title }, play), stop: () => {} };
  const wordPressPage = parseWordPressEmbed(html);
  if (wordPressPage) return createWordPressFrame(wordPressPage, { title, width, height });
  const lang = nearestLanguage(host);
  const style = getComputedStyle(host);
  const dir = style.direction === 'rtl' ? 'rtl' : 'ltr';
  const { frame, secret } = createSandboxedFrame(html, { title, lang, dir, colorScheme: usedColorScheme(style), width, height });
  const stop = fit ? listenForFrameHeight(frame, secret, (value) => (frame.height = String(value))) : () => {};
  return { frame, stop };
}

/**
 * The scheme `light-dark()` picks under a computed `color-scheme`: light for `normal`; with both schemes,
 * the OS preference.
 */
function usedColorScheme({ colorScheme }: CSSStyleDeclaration): 'light' | 'dark' {
  const dark = /\bdark\b/.test(colorScheme);
  return dark && (!/\blight\b/.test(colorScheme) || matchMedia('(prefers-color-scheme: dark)').matches) ? 'dark' : 'light';
}

/**
 * Moves the keyboard into `frame` (after a button press). Firefox can drop the focus of a frame whose
 * document is still loading: it is given again once loaded, unless the visitor has moved on meanwhile.
 */
export function focusFrame(frame: HTMLIFrameElement): void {
  frame.focus();
  frame.addEventListener('load', () => document.activeElement === document.body && frame.focus(), { once: true });
}
