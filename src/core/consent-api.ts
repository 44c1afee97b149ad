/**
 * The consent API of the package root (`grantConsent`, `revokeConsent`, `hasConsent`, `consentedProviders`):
 * each call loads the consent store (`consent.ts`) on demand, so a page that never calls them, and whose previews
 * have no player, never downloads it. They return promises; a consent-management tool's callback can fire and
 * forget them. `<oembed-preview>` uses the same store, and the same `consentchange` event on `window`.
 */
import { loadChunk } from './chunks.js';

const store = () => loadChunk(import('./consent.js'));

/** Remembers the reader's consent to `provider` (its identity: `YouTube`, `Vimeo`, a host name). */
export const grantConsent = async (provider: string): Promise<void> => (await store()).grantConsent(provider);

/** Forgets the reader's consent to `provider`; its players loaded by consent go back to their facade. */
export const revokeConsent = async (provider: string): Promise<void> => (await store()).revokeConsent(provider);

/** Whether the reader consented to `provider`. */
export const hasConsent = async (provider: string): Promise<boolean> => (await store()).hasConsent(provider);

/** The providers the reader consented to. */
export const consentedProviders = async (): Promise<string[]> => (await store()).consentedProviders();
