/**
 * Which URL a third party's image (an oEmbed thumbnail or photo) is shown from, for `<oembed-preview>` and
 * anything else that shows such images. The post-embeds proxy points them at its own `/image` route (its answers
 * carry `image?url=…`): shown as given, since the reader's browser then asks the proxy, not the provider. Any
 * other URL of another origin than the page's is the provider's: shown when the page-wide `thumbnails` setting is
 * `provider` (the default), left out when it is `none` (the element shows a placeholder instead).
 *
 * The setting: `configure({ thumbnails: 'none' })`, else `<meta name="post-embeds:thumbnails" content="none">`.
 */
import { getConfig, type ThumbnailSetting } from './config.js';

export interface ImageSrcOptions {
  /** The URL the image's answer came from (the oEmbed endpoint or proxy): recognizes the proxy's `/image` route. */
  base?: string;
  /** Overrides the page-wide setting. */
  thumbnails?: ThumbnailSetting;
}

/** The page-wide setting: `configure()`, else `<meta name="post-embeds:thumbnails">`, else `provider`. */
export function thumbnailSetting(): ThumbnailSetting {
  const stated = getConfig().thumbnails ?? document.querySelector<HTMLMetaElement>('meta[name="post-embeds:thumbnails"]')?.content.trim();
  return stated === 'none' ? 'none' : 'provider';
}

/** Whether `url` is the `/image` route of the proxy at `base`'s origin. */
export function isProxiedImage(url: URL, base: string | undefined): boolean {
  return !!base && url.origin === new URL(base, document.baseURI).origin && /\/image$/.test(url.pathname) && url.searchParams.has('url');
}

/**
 * The `src` to show the image `url` from, or `undefined` for none: the page's own and the proxy's images always,
 * a third party's unless the setting is `none`.
 */
export function imageSrc(url: string | undefined, { base, thumbnails = thumbnailSetting() }: ImageSrcOptions = {}): string | undefined {
  if (!url) return undefined;
  const parsed = new URL(url, document.baseURI);
  if (parsed.origin === location.origin || isProxiedImage(parsed, base)) return url;
  return thumbnails === 'none' ? undefined : url;
}
