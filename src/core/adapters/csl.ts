/**
 * CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html), one item or an array
 * of items, to `Citation[]`.
 *
 * - An item is an object with a `type` from CSL's list and a text `title`; anything else (another
 *   format's JSON, a bare value) is `PostEmbedsError('unsupported')`, and an empty array `not-found`.
 * - Types beyond the six the formatter knows map to the nearest: journal and generic articles are
 *   formatted as magazine articles, `post` as a blog post, `thesis` as a report, the rest as webpages.
 * - Names: `family`/`given`, `literal` for organisations; particles ("van", "de") join the family name.
 *   A name with only `given` is a mononym and stays whole.
 * - Dates: `date-parts` (numbers or numeric strings, the first date of a range), else `raw` and
 *   `literal` read as ISO 8601 or, failing that, for a four-digit year.
 * - `title` and `container-title` may carry CSL's rich-text tags (`<i>`, `<sup>`…): they are reduced to
 *   text by the inert parser. Every other field is text as given. Values of the wrong type are ignored.
 * - `URL` must be http(s) (relative ones resolve against the response URL); without one, a `DOI`
 *   becomes its https://doi.org/ link.
 */
import { datePartsFromIso, toDateParts, type Citation, type CitationType, type DateParts, type Name } from '../citation-model.js';
import { normalizeLanguage } from '../../shared/direction.js';
import { PostEmbedsError } from '../../shared/errors.js';
import { safeHttpUrl } from '../../shared/url.js';
import { isRecord, plainText, records, type JsonRecord } from '../../shared/fields.js';
import { htmlText } from '../html-to-text.js';

/** Every item type of CSL 1.0.2, with the formatter type it maps to. */
const CSL_TYPES: Record<string, CitationType> = {
  'article-newspaper': 'article-newspaper',
  'article-magazine': 'article-magazine',
  'post-weblog': 'post-weblog',
  webpage: 'webpage',
  report: 'report',
  book: 'book',
  article: 'article-magazine',
  'article-journal': 'article-magazine',
  post: 'post-weblog',
  thesis: 'report',
  ...Object.fromEntries(
    [
      'bill', 'broadcast', 'chapter', 'classic', 'collection', 'dataset', 'document', 'entry', 'entry-dictionary',
      'entry-encyclopedia', 'event', 'figure', 'graphic', 'hearing', 'interview', 'legal_case', 'legislation',
      'manuscript', 'map', 'motion_picture', 'musical_score', 'pamphlet', 'paper-conference', 'patent', 'performance',
      'periodical', 'personal_communication', 'regulation', 'review', 'review-book', 'software', 'song', 'speech',
      'standard', 'treaty',
    ].map((type) => [type, 'webpage' as const]),
  ),
};

function readName(value: JsonRecord): Name | undefined {
  const literal = plainText(value.literal);
  if (literal) return { literal };
  const family = [value['dropping-particle'], value['non-dropping-particle'], value.family]
    .map(plainText)
    .filter(Boolean)
    .join(' ');
  const given = plainText(value.given);
  if (family) return given ? { family, given } : { family };
  return given ? { literal: given } : undefined;
}

/** A date from its text form: ISO 8601, else the first four-digit year ("Spring 2019", "circa 1900"). */
function datePartsFromText(text: string | undefined): DateParts | undefined {
  if (!text) return undefined;
  return datePartsFromIso(text) ?? toDateParts(/(?<!\d)\d{4}(?!\d)/.exec(text)?.[0]);
}

function readDate(value: unknown): DateParts | undefined {
  // Some exporters write the date as a bare string.
  if (!isRecord(value)) return datePartsFromText(plainText(value));
  const parts = Array.isArray(value['date-parts']) ? value['date-parts'][0] : undefined;
  const fromParts = Array.isArray(parts) ? toDateParts(parts[0], parts[1], parts[2]) : undefined;
  return fromParts ?? datePartsFromText(plainText(value.raw)) ?? datePartsFromText(plainText(value.literal));
}

function doiUrl(value: unknown): string | undefined {
  const doi = plainText(value)?.replace(/^(?:doi:|https?:\/\/(?:dx\.)?doi\.org\/)/i, '');
  return doi ? safeHttpUrl(`https://doi.org/${doi}`) : undefined;
}

function readType(value: unknown): CitationType | undefined {
  return typeof value === 'string' && Object.hasOwn(CSL_TYPES, value) ? CSL_TYPES[value] : undefined;
}

function readItem(item: unknown, index: number, responseUrl: string): Citation {
  const type = isRecord(item) ? readType(item.type) : undefined;
  const title = isRecord(item) ? htmlText(item.title) : undefined;
  if (!isRecord(item) || !type || !title) {
    throw new PostEmbedsError('unsupported', `Item ${index + 1} is not a CSL-JSON item (it needs a CSL type and a title).`, {
      url: responseUrl,
    });
  }
  const url = safeHttpUrl(item.URL, responseUrl) ?? doiUrl(item.DOI);
  return {
    id: plainText(item.id) ?? url ?? `item-${index + 1}`,
    type,
    title,
    containerTitle: htmlText(item['container-title']),
    section: plainText(item.section),
    publisher: plainText(item.publisher),
    publisherPlace: plainText(item['publisher-place']),
    authors: records(item.author).map(readName).filter((name): name is Name => name !== undefined),
    issued: readDate(item.issued),
    accessed: readDate(item.accessed),
    url,
    language: normalizeLanguage(item.language),
  };
}

/** The citations of a CSL-JSON body. `responseUrl` resolves relative URLs and names the source in errors. */
export function toCitations(body: unknown, responseUrl: string): Citation[] {
  if (Array.isArray(body) && body.length === 0) {
    throw new PostEmbedsError('not-found', 'The CSL-JSON array holds no items.', { url: responseUrl });
  }
  const items = Array.isArray(body) ? body : [body];
  return items.map((item, index) => readItem(item, index, responseUrl));
}
