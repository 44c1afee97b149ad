/**
 * A reader's consent to load a provider's embeds without asking first, per provider, for this site: the
 * provider names (their identity: see `providerIdentity()`, the oembed.com list's `provider_name`, else the
 * page's host name) kept under ONE `localStorage` key, `post-embeds:consent` (a JSON array of names), and
 * nothing else. Written only on the reader's choice (`part="remember"`) or by the site's own call (a
 * consent-management tool relaying the reader's choice). Every change fires `consentchange` on `window`
 * (`detail: { provider, granted }`), changes made in another tab of the site included.
 *
 * `<oembed-preview>` imports this module on demand, once an embed with a player has arrived; the package root
 * exports it for sites.
 */

/** The one `localStorage` key the library writes. */
export const CONSENT_STORAGE_KEY = 'post-embeds:consent';

/** `detail` of the `consentchange` event. */
export interface ConsentChangeDetail {
  /** The provider's identity (`YouTube`, `Vimeo`, a host name). */
  provider: string;
  /** `true`: granted; `false`: revoked. */
  granted: boolean;
}

declare global {
  interface WindowEventMap {
    consentchange: CustomEvent<ConsentChangeDetail>;
  }
}

/** Where storage is unavailable (a sandboxed frame, a browser setting), consent lasts as long as the page. */
let fallback: string[] = [];

function read(): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(CONSENT_STORAGE_KEY) ?? '[]');
    return Array.isArray(stored) ? stored.filter((name): name is string => typeof name === 'string') : [];
  } catch {
    return fallback;
  }
}

function write(providers: string[]): void {
  fallback = providers;
  try {
    if (providers.length) localStorage.setItem(CONSENT_STORAGE_KEY, JSON.stringify(providers));
    else localStorage.removeItem(CONSENT_STORAGE_KEY);
  } catch {
    // Kept in `fallback` for this page.
  }
}

const announce = (provider: string, granted: boolean) =>
  window.dispatchEvent(new CustomEvent<ConsentChangeDetail>('consentchange', { detail: { provider, granted } }));

/** Whether the reader consented to load `provider`'s embeds without a click. */
export function hasConsent(provider: string): boolean {
  return read().includes(provider);
}

/** The providers the reader consented to, in the order they were granted. */
export function consentedProviders(): string[] {
  return read();
}

/** Remembers the reader's consent to `provider`; fires `consentchange` when it is new. */
export function grantConsent(provider: string): void {
  const providers = read();
  if (providers.includes(provider)) return;
  write([...providers, provider]);
  announce(provider, true);
}

/** Forgets the reader's consent to `provider`; fires `consentchange` when there was one. */
export function revokeConsent(provider: string): void {
  const providers = read();
  if (!providers.includes(provider)) return;
  write(providers.filter((name) => name !== provider));
  announce(provider, false);
}

// Another tab of the site changed the list: the same events here.
addEventListener('storage', (event) => {
  if (event.key !== CONSENT_STORAGE_KEY && event.key !== null) return;
  const before = new Set(fallback);
  const now = read();
  fallback = now;
  for (const provider of now) if (!before.has(provider)) announce(provider, true);
  for (const provider of before) if (!now.includes(provider)) announce(provider, false);
});
fallback = read();
