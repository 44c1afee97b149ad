/**
 * What `<oembed-preview>` knows of the reader's consent to its provider, loaded on demand once an embed with a
 * player has arrived: the provider's identity (from the page URL, loading the provider list only when the store
 * holds any consent or the reader gives one), whether it is granted, and every later change.
 */
import { consentedProviders, grantConsent, hasConsent, revokeConsent, type ConsentChangeDetail } from '../core/consent.js';
import { providerIdentity } from './providers/match.js';

export interface ConsentState {
  /** The provider's identity, once known. */
  provider?: string;
  granted: boolean;
}

/**
 * Calls `onChange` with the consent to the provider of `page`: at once when the store holds consent to it, then
 * on every grant or revocation of it. Returns the function that stops watching.
 */
export function watchConsent(page: string, onChange: (state: ConsentState) => void): () => void {
  let identity: Promise<string | undefined> | undefined;
  let watching = true;
  const provider = () => (identity ??= providerIdentity(page));
  const report = (granted: (name: string) => boolean, only?: string) =>
    provider().then((name) => {
      if (watching && name && (only === undefined || only === name)) onChange({ provider: name, granted: granted(name) });
    }, () => {});
  if (consentedProviders().length) void report(hasConsent);
  const listener = ({ detail }: CustomEvent<ConsentChangeDetail>) => void report(() => detail.granted, detail.provider);
  addEventListener('consentchange', listener);
  return () => {
    watching = false;
    removeEventListener('consentchange', listener);
  };
}

/** The reader ticked "Always load from {provider}" and pressed play. */
export async function rememberConsent(page: string): Promise<void> {
  const provider = await providerIdentity(page);
  if (provider) grantConsent(provider);
}

export { revokeConsent };
