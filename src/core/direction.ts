/**
 * Language tags and the writing direction they imply.
 */

/** Scripts written right to left (ISO 15924 codes). */
const RTL_SCRIPTS = new Set([
  'Adlm', 'Arab', 'Hebr', 'Mand', 'Mend', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa', 'Yezi',
]);

/**
 * Languages whose usual script is right to left, for browsers without `Intl.Locale#getTextInfo()`.
 * A tag with an explicit script subtag is decided by the script instead (`az-Arab` rtl, `ku-Arab` rtl).
 */
const RTL_LANGUAGES = new Set([
  'ar', 'arc', 'ckb', 'dv', 'fa', 'glk', 'he', 'ks', 'lrc', 'mzn', 'nqo', 'pnb', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi',
]);

type Direction = 'rtl' | 'ltr';

/** What the browser knows (`getTextInfo()` in current engines, the older `textInfo` getter elsewhere). */
interface LocaleWithTextInfo extends Intl.Locale {
  getTextInfo?(): { direction?: string };
  readonly textInfo?: { direction?: string };
}

/**
 * A canonical BCP 47 tag (`ar_SA` → `ar-SA`, `iw` → `he`), or `undefined` for anything that is not one.
 * Accepts the underscore form WordPress and POSIX locales use.
 */
export function normalizeLanguage(tag: unknown): string | undefined {
  if (typeof tag !== 'string') return undefined;
  const candidate = tag.trim().replace(/_/g, '-');
  if (!candidate) return undefined;
  try {
    return Intl.getCanonicalLocales(candidate)[0];
  } catch {
    return undefined;
  }
}

function browserDirection(locale: LocaleWithTextInfo): Direction | undefined {
  const direction = (locale.getTextInfo?.() ?? locale.textInfo)?.direction;
  return direction === 'rtl' || direction === 'ltr' ? direction : undefined;
}

/** The writing direction of a language tag; `undefined` when the tag is missing or invalid. */
export function directionForLanguage(lang?: string): Direction | undefined {
  const tag = normalizeLanguage(lang);
  if (!tag) return undefined;
  const locale: LocaleWithTextInfo = new Intl.Locale(tag);
  const known = browserDirection(locale);
  if (known) return known;
  if (locale.script) return RTL_SCRIPTS.has(locale.script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr';
}

/**
 * The language in effect at `element`: the closest non-empty `lang` attribute, looking through shadow
 * roots to their hosts, else the document's `<html lang>`, else `en`. Returned in canonical form.
 */
export function nearestLanguage(element: Element): string {
  let current: Element | null = element;
  while (current) {
    const owner = current.closest('[lang]:not([lang=""])');
    if (owner) return normalizeLanguage(owner.getAttribute('lang')) ?? 'en';
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  // A detached element still belongs to a document.
  return normalizeLanguage(element.ownerDocument.documentElement.getAttribute('lang')) ?? 'en';
}
