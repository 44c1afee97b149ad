/**
 * What a link card adds from the page's own metadata (the post-embeds proxy's `/meta`): a description, the
 * page's language and direction, and an image and a site name where the oEmbed answer has none. Loaded on demand, by link
 * cards behind a proxy only. A failed request leaves the card as the oEmbed answer made it.
 */
import { fetchResource, type FetchOptions } from '../core/fetch/cache.js';
import { directionForLanguage, normalizeLanguage } from '../shared/direction.js';
import { isAbortError } from '../shared/errors.js';
import { isRecord, plainText, positiveInteger } from '../shared/fields.js';
import type { OEmbedLink } from '../shared/oembed-model.js';
import { truncateText } from '../shared/text.js';
import { safeHttpUrl } from '../shared/url.js';

/** Longest text kept of a field: a card shows two lines of description at most. */
const MAX_CHARS = 300;

const text = (value: unknown) => {
  const plain = plainText(value);
  return plain && truncateText(plain, MAX_CHARS);
};

/** `embed` with the page details `/meta` gives (`metaUrl`); what the oEmbed answer states wins. */
export async function withPageDetails(embed: OEmbedLink, metaUrl: string, options: FetchOptions): Promise<OEmbedLink> {
  try {
    const { body: page, url } = await fetchResource(metaUrl, options);
    if (!isRecord(page)) return embed;
    const image = isRecord(page.image) ? page.image : {};
    const imageUrl = safeHttpUrl(image.url, url);
    const language = normalizeLanguage(page.language);
    return {
      ...embed,
      title: embed.title ?? text(page.title),
      description: text(page.description),
      providerName: embed.providerName ?? text(page.siteName),
      language,
      dir: page.dir === 'rtl' || page.dir === 'ltr' ? page.dir : directionForLanguage(language),
      // The box crops its image: a size the page leaves out only gives the image its shape (Open Graph's usual).
      thumbnail:
        embed.thumbnail ??
        (imageUrl ? { url: imageUrl, width: positiveInteger(image.width) ?? 1200, height: positiveInteger(image.height) ?? 630 } : undefined),
    };
  } catch (error) {
    if (isAbortError(error)) throw error;
    return embed;
  }
}
