/**
 * Language tags and the writing direction they imply.
 */
/**
 * Right-to-left tags, for browsers without `Intl.Locale#getTextInfo()`: a script subtag decides when
 * there is one (`az-Arab`, `ku-Arab` rtl; `ar-Latn` ltr), else the language's usual script does.
 */
const RTL_TAG =
  /^(?:(?:ar|arc|ckb|dv|fa|glk|he|ks|lrc|mzn|nqo|pnb|ps|sd|syr|ug|ur|yi)(?!-[A-Z][a-z]{3})|[a-z]+-(?:Adlm|Arab|Hebr|Mand|Mend|Nkoo|Rohg|Samr|Syrc|Thaa|Yezi))\b/;

type Direction = 'rtl' | 'ltr';

/** What the browser knows (`getTextInfo()` in current engines, the older `textInfo` getter elsewhere). */
interface LocaleWithTextInfo extends Intl.Locale {
  getTextInfo?(): { direction: Direction };
  readonly textInfo?: { direction: Direction };
}

/**
 * A canonical BCP 47 tag (`ar_SA` → `ar-SA`, `iw` → `he`), or `undefined` for anything that is not one.
 * Accepts the underscore form WordPress and POSIX locales use.
 */
export function normalizeLanguage(tag: unknown): string | undefined {
  try {
    // Throws for non-strings (no `trim`) and for what is not a tag, the empty string included.
    return Intl.getCanonicalLocales((tag as string).trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

/** The writing direction of a language tag; `undefined` when the tag is missing or invalid. */
export function directionForLanguage(lang?: string): Direction | undefined {
  const tag = normalizeLanguage(lang);
  if (!tag) return undefined;
  const locale: LocaleWithTextInfo = new Intl.Locale(tag);
  return (locale.getTextInfo?.() ?? locale.textInfo)?.direction ?? (RTL_TAG.test(tag) ? 'rtl' : 'ltr');
}
