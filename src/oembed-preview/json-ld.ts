/**
 * What `<oembed-preview jsonld>` tells search engines: a video as a schema.org `VideoObject` (name, thumbnail,
 * embed URL, upload date), anything else as a `CreativeWork`; from the normalized model alone. Loaded on demand.
 */
import type { OEmbed } from '../shared/oembed-model.js';
import { parseSingleProviderIframe } from './frame/provider-iframe.js';
import { embedName } from './oembed-preview.template.js';

/**
 * `uploadDate`: oEmbed carries no date, so the page states it (`upload-date`). The embed URL is a well-known
 * player's, re-created from its URL as the frame itself is (no other part of the provider's HTML is read).
 */
export function embedJsonLd(embed: OEmbed, uploadDate?: string): object {
  const common = {
    name: embedName(embed),
    url: embed.pageUrl,
    thumbnailUrl: embed.thumbnail?.url,
    author: embed.authorName && { '@type': 'Person', name: embed.authorName, url: embed.authorUrl },
    provider: embed.providerName && { '@type': 'Organization', name: embed.providerName, url: embed.providerUrl },
  };
  if (embed.type === 'video') {
    const player = parseSingleProviderIframe(embed.untrustedHtml, embed.providerUrl);
    return { '@type': 'VideoObject', ...common, embedUrl: player?.src, uploadDate: uploadDate || undefined };
  }
  if (embed.type === 'photo') return { '@type': 'ImageObject', ...common, contentUrl: embed.url };
  return { '@type': 'CreativeWork', ...common };
}

export { writeJsonLd } from '../core/json-ld.js';
