/**
 * post-embeds: `import 'post-embeds'` registers every element and exports the configuration API.
 */
import './post-card.js';
import './oembed-preview.js';
import './related-posts.js';
import './source-citation.js';

export * from './elements.js';
export { configure, type PostEmbedsConfig, type ThumbnailSetting } from './core/config.js';
// Each loads the consent store on demand (they return promises); its event's detail type comes with it.
export { grantConsent, revokeConsent, hasConsent, consentedProviders } from './core/consent-api.js';
export type { ConsentChangeDetail } from './core/consent.js';
export { imageSrc, type ImageSrcOptions } from './core/image-src.js';
export { PostEmbedsError, type PostEmbedsErrorCode } from './shared/errors.js';
export type * from './core/events.js';
export { clearResourceCache } from './core/fetch/cache.js';
export { setLocale, getLocale, loadPostEmbedsLocale, supportedLocales } from './core/localization.js';
export type * from './core/model.js';
export type * from './shared/oembed-model.js';
// The formatter itself and the exports load on demand: they are exported from 'post-embeds/citations.js'.
export { citationText } from './source-citation/format/segments.js';
export type { CitationFormatter, CitationStyle, CitationSegment, SegmentRole } from './source-citation/format/index.js';
export type * from './core/citation-model.js';
