/**
 * The sandboxed frame that runs a provider's untrusted oEmbed HTML.
 *
 * The frame gets an opaque origin (`sandbox` WITHOUT `allow-same-origin`): its scripts cannot read or
 * change the page, its cookies or its storage, and cannot navigate the top window. Links open in new,
 * unsandboxed tabs (`<base target="_blank">`, `allow-popups-to-escape-sandbox`).
 *
 * Strict CSP: the `srcdoc` document inherits the page's policy, so the library puts no inline script or
 * style in it. Its one script, the height reporter, is a file beside this module (`reporter.js`), loaded
 * from the library's origin: allowed by `script-src 'self'` (or by whatever source already allows the
 * library itself). The provider's own scripts stay subject to the page's policy: on a strict page,
 * inline provider scripts do not run, which is the page's choice.
 *
 * Trusted Types: `srcdoc` is assigned through the policy `post-embeds-frame` (allow it in the page's
 * `trusted-types` directive), which is used for nothing else.
 */
import { normalizeLanguage } from '../../shared/direction.js';
import { htmlPolicy } from '../../core/trusted-types.js';
import { EMBED_PERMISSIONS } from './permissions.js';

/** Scripts, popups that leave the sandbox, presentation. Never `allow-same-origin`. */
export const FRAME_SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox allow-presentation';

export const FRAME_POLICY_NAME = 'post-embeds-frame';

/** Resolved against this module, so it follows the library wherever it is served from. */
const REPORTER_URL = new URL('./reporter.js', import.meta.url).href;

export interface SandboxedFrameOptions {
  /** Accessible name of the frame (the embed's title). */
  title: string;
  /** Language and direction of the surrounding page, given to the frame's document. */
  lang?: string;
  dir?: 'ltr' | 'rtl';
  /**
   * The card's used colour scheme, given to both the frame element and its document. Matching schemes keep
   * the frame transparent over the card; a mismatch makes browsers paint an opaque backdrop (a white box in
   * a dark card). Chromium gives a frame the OS preference, not its element's scheme, so it is stated.
   * Default: light.
   */
  colorScheme?: 'light' | 'dark';
  /** The provider's declared size, as the frame's initial size. */
  width?: number;
  height?: number;
}

/** `document` as a value `srcdoc` accepts under `require-trusted-types-for 'script'`. */
const trustedFrameDocument = htmlPolicy(FRAME_POLICY_NAME);

/** 128 random bits in hex: the token a frame must echo for its messages to be believed. */
export function randomSecret(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The `srcdoc` of a sandboxed frame: the reporter first (so it runs before any provider script), then the
 * provider's HTML as the body. No doctype: `srcdoc` documents are never in quirks mode. `lang` is
 * normalized to a BCP 47 tag, so no attribute value needs escaping except the reporter URL's `&`.
 */
function buildFrameDocument(
  html: string,
  options: { secret: string; lang?: string; dir?: 'ltr' | 'rtl'; colorScheme: 'light' | 'dark' },
): string {
  const lang = normalizeLanguage(options.lang);
  const attributes = `${lang ? ` lang="${lang}"` : ''}${options.dir ? ` dir="${options.dir}"` : ''}`;
  return (
    `<html${attributes}><head><meta charset="utf-8">` +
    `<meta name="color-scheme" content="${options.colorScheme}">` +
    '<meta name="referrer" content="strict-origin-when-cross-origin"><base target="_blank">' +
    `<script src="${REPORTER_URL.replace(/&/g, '&amp;')}" data-secret="${options.secret}"></script>` +
    `</head><body>${html}</body></html>`
  );
}

/**
 * A sandboxed `<iframe>` running `html`, not yet in the page, and the secret its height messages carry
 * (give both to `listenForFrameHeight()`).
 */
export function createSandboxedFrame(
  html: string,
  { title, lang, dir, colorScheme = 'light', width, height }: SandboxedFrameOptions,
): { frame: HTMLIFrameElement; secret: string } {
  const secret = randomSecret();
  const frame = document.createElement('iframe');
  // Before `srcdoc` and before insertion: sandboxing applies from the frame's first document.
  frame.setAttribute('sandbox', FRAME_SANDBOX);
  frame.allow = EMBED_PERMISSIONS;
  frame.referrerPolicy = 'strict-origin-when-cross-origin';
  frame.title = title;
  frame.style.colorScheme = colorScheme;
  if (width) frame.width = String(width);
  if (height) frame.height = String(height);
  frame.srcdoc = trustedFrameDocument(buildFrameDocument(html, { secret, lang, dir, colorScheme }));
  return { frame, secret };
}
