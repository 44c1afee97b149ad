/**
 * A page's metadata, as the proxy's `/meta` endpoint reads it, to a `Citation`; and the merge that lets
 * it fill what a citing page left out.
 *
 * The `/meta` JSON (`PageMetadata` in `src/server/metadata.ts`; every field may be missing): `{ url,
 * canonicalUrl, title, description, siteName, author, authors: string[], published, modified, language,
 * dir, type, section, image: { url, width, height, alt } }`, read here as untrusted JSON all the same.
 *
 * - `siteName` is the container; `published` the issue date, its calendar date as written.
 * - `type` (Open Graph, or schema.org like `NewsArticle`) naming an article makes an `article-newspaper`;
 *   anything else a `webpage`. Guessing magazines or blogs from a site's name would be wrong too often.
 * - Author strings become names: organisations (a newsroom, an agency, the site itself, an acronym)
 *   stay whole as `literal`; people are split into given and family names. Profile URLs, which many
 *   sites put in `article:author`, are dropped.
 */
import type { Citation, CitationType, Name } from '../citation-model.js';
import { datePartsFromIso } from '../citation-model.js';
import { normalizeLanguage } from '../../shared/direction.js';
import { PostEmbedsError } from '../../shared/errors.js';
import { safeHttpUrl } from '../../shared/url.js';
import { isRecord, plainText, texts } from '../../shared/fields.js';

/** Words that only organisations carry in their names. */
const ORGANISATION_WORDS =
  /\b(?:news|press|agency|agence|reuters|staff|team|desk|editors?|editorial|newsroom|bureau|service|network|media|group|inc|ltd|llc|plc|gmbh|corp|corporation|company|university|institute|association|society|foundation|council|committee|department|ministry|organi[sz]ation|office|centre|center|times|post|journal|magazine|daily|tribune|herald|gazette|radio|television|broadcasting)\b/i;

/** Lower-case words that join the words of an organisation's name ("Centers for Disease Control and Prevention"). */
const JOINING_WORDS = /\s(?:of|for|and|the|on|in|at)\s|&/i;

/** An acronym: two capitals or more ("BBC", "AFP", "UN"). */
const ACRONYM = /\b\p{Lu}{2,}\b/u;

/** Lower-case particles that belong to the family name ("Ludwig van Beethoven", "Charles de Gaulle"). */
const PARTICLE = /^(?:van|von|der|den|de|del|della|di|da|du|des|la|le|ter|ten|al|el|bin|ibn)$/;

function looksLikeOrganisation(name: string, siteName: string | undefined): boolean {
  return (
    !/\s/.test(name) ||
    /\d/.test(name) ||
    ORGANISATION_WORDS.test(name) ||
    JOINING_WORDS.test(name) ||
    ACRONYM.test(name) ||
    name.localeCompare(siteName ?? '', undefined, { sensitivity: 'base' }) === 0
  );
}

/** "Zoe Kleinman" → Kleinman, Zoe; "Kleinman, Zoe" likewise; "BBC News" → literal. */
export function nameFromText(text: string, siteName?: string): Name | undefined {
  const name = text.replace(/^by\s+/i, '').replace(/\s+/g, ' ').trim();
  if (!name || /^(?:[a-z][a-z\d+.-]*:|www\.)/i.test(name)) return undefined;
  const inverted = /^([^,]+),\s*([^,]+)$/.exec(name);
  if (inverted && !looksLikeOrganisation(`${inverted[2]} ${inverted[1]}`, siteName)) {
    return { family: inverted[1].trim(), given: inverted[2].trim() };
  }
  if (looksLikeOrganisation(name, siteName)) return { literal: name };
  const words = name.split(' ');
  let familyStart = words.length - 1;
  while (familyStart > 1 && PARTICLE.test(words[familyStart - 1])) familyStart--;
  return { family: words.slice(familyStart).join(' '), given: words.slice(0, familyStart).join(' ') };
}

function readType(value: unknown): CitationType {
  return /article/i.test(plainText(value) ?? '') ? 'article-newspaper' : 'webpage';
}

/** The citation the proxy's metadata of `href` describes. Throws `unsupported` for a body that is not an object. */
export function metaToCitation(meta: unknown, href: string): Citation {
  if (!isRecord(meta)) {
    throw new PostEmbedsError('unsupported', 'The page metadata is not a JSON object.', { url: href });
  }
  const siteName = plainText(meta.siteName);
  // `author` is the list joined with commas for display: split names come from `authors`.
  const authorTexts = texts(meta.authors) ?? [plainText(meta.author)];
  const authors = authorTexts
    .map((text) => text && nameFromText(text, siteName))
    .filter((name): name is Name => !!name);
  const url = safeHttpUrl(meta.canonicalUrl, href) ?? safeHttpUrl(meta.url, href) ?? safeHttpUrl(href);
  return {
    id: url ?? href,
    type: readType(meta.type),
    title: plainText(meta.title),
    containerTitle: siteName,
    section: plainText(meta.section),
    authors,
    issued: datePartsFromIso(plainText(meta.published) ?? ''),
    url,
    language: normalizeLanguage(meta.language),
  };
}

/**
 * `base` with its missing fields taken from `filler`: what the page states always wins, and metadata
 * only fills the gaps (an empty author list counts as missing).
 */
export function mergeCitation(base: Citation, filler: Partial<Citation>): Citation {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(filler)) {
    const current = merged[key];
    if (current === undefined || (Array.isArray(current) && current.length === 0)) merged[key] = value;
  }
  return merged as unknown as Citation;
}
