/**
 * post-embeds: `import 'post-embeds'` registers every element and exports the configuration API.
 */
import './post-card.js';

export * from './elements.js';
export { configure, type PostEmbedsConfig } from './core/config.js';
export { PostEmbedsError, type PostEmbedsErrorCode } from './core/errors.js';
export { clearResourceCache } from './core/fetch.js';
export { setLocale, getLocale, loadPostEmbedsLocale, supportedLocales } from './core/localization.js';
export type * from './core/model.js';
