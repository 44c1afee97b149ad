/** Language tags and the writing direction they imply. */

/** Scripts written right to left (ISO 15924). */
const RTL_SCRIPTS = new Set(['Adlm', 'Arab', 'Hebr', 'Mand', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa', 'Yezi']);

/** A canonical BCP 47 tag (`en_us` → `en-US`), or undefined when the value is not one. */
export function normalizeLanguage(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return Intl.getCanonicalLocales(value.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

/** `rtl` when the language is usually written in a right-to-left script (`ar`, `he`, `ckb`, `ur`…). */
export function directionForLanguage(language: string): 'ltr' | 'rtl' {
  try {
    const script = new Intl.Locale(language).maximize().script;
    return script && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
