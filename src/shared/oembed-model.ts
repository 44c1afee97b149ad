/**
 * The normalized oEmbed response (https://oembed.com, version 1.0) that `<oembed-preview>` renders.
 *
 * Like the rest of the model, every string is plain text and every URL has passed `safeHttpUrl()`,
 * with ONE exception: `untrustedHtml`, the provider's markup, which is never parsed into the page
 * and only ever handed to a sandboxed frame (or, for a lone allow-listed `<iframe>`, re-created
 * from its `src` alone).
 */

export type OEmbedType = 'photo' | 'video' | 'rich' | 'link';

/** A thumbnail is kept only when its URL, width and height are all valid (the spec requires all three). */
export interface OEmbedThumbnail {
  url: string;
  width: number;
  height: number;
}

/** Fields every type may carry. */
interface OEmbedBase {
  title?: string;
  authorName?: string;
  authorUrl?: string;
  providerName?: string;
  providerUrl?: string;
  /** Suggested cache lifetime in seconds (`cache_age`). */
  cacheAge?: number;
  thumbnail?: OEmbedThumbnail;
  /** The embedded page: the `url` the oEmbed request asked about, when known. */
  pageUrl?: string;
}

/** A static image, rendered as `<img>`. */
export interface OEmbedPhoto extends OEmbedBase {
  type: 'photo';
  /** The image itself. */
  url: string;
  /** Absent when the provider left them out: the image then shows at its natural size. */
  width?: number;
  height?: number;
}

/** A player or other rich markup, rendered in a sandboxed frame after activation. */
export interface OEmbedFrame extends OEmbedBase {
  type: 'video' | 'rich';
  /**
   * The provider's `html`, raw. The only raw-HTML field of the whole model: never parse it into
   * the page; give it to `createSandboxedFrame()` (or `parseSingleProviderIframe()`).
   */
  untrustedHtml: string;
  /**
   * Whole pixels, each absent when the provider sent none or no number (`null`, `"100%"`): the frame then
   * takes the container's width, and its height from its content's height messages.
   */
  width?: number;
  height?: number;
}

/**
 * Metadata only, rendered as a link card to `pageUrl`. Also the fallback for unusable responses. Through the
 * post-embeds proxy, the page's own metadata (`/meta`) adds a description, its language, and the image and
 * site name where the oEmbed answer has none.
 */
export interface OEmbedLink extends OEmbedBase {
  type: 'link';
  description?: string;
  /** BCP 47 tag of the page's text, and its direction. */
  language?: string;
  dir?: 'ltr' | 'rtl';
}

export type OEmbed = OEmbedPhoto | OEmbedFrame | OEmbedLink;
