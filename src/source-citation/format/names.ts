/**
 * Personal and organisational names in the forms the styles print them. Organisations (`literal`)
 * are never split, inverted or abbreviated.
 */
import { isLiteralName, type Name } from '../../core/citation-model.js';

/** "Mary Ann" → "M. A.", "Jean-Paul" → "J.-P.", "J.R.R." → "J. R. R.". */
function initials(given: string): string {
  return given
    .split(/[\s.]+/u)
    .filter(Boolean)
    .map((word) =>
      word
        .split('-')
        .filter(Boolean)
        .map((part) => `${[...part][0].toLocaleUpperCase()}.`)
        .join('-'),
    )
    .join(' ');
}

/** A person with a given name: the styles invert it, and put a comma after it before "and"/"&". */
export function hasGivenName(name: Name): boolean {
  return !isLiteralName(name) && !!name.given;
}

/** APA: "Carey, B.", with the locale's comma. */
export function familyInitials(name: Name, comma: string): string {
  if (isLiteralName(name)) return name.literal;
  return name.given ? `${name.family}${comma} ${initials(name.given)}` : name.family;
}

/** MLA and Chicago, first author: "Carey, Benedict", with the locale's comma. */
export function familyFirst(name: Name, comma: string): string {
  if (isLiteralName(name)) return name.literal;
  return name.given ? `${name.family}${comma} ${name.given}` : name.family;
}

/** MLA and Chicago, later authors: "Benedict Carey". */
export function givenFirst(name: Name): string {
  if (isLiteralName(name)) return name.literal;
  return name.given ? `${name.given} ${name.family}` : name.family;
}
