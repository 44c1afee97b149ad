/**
 * Citations as a BibTeX file in the biblatex dialect (the one that has `@online` and `urldate`, read by
 * biber and by Zotero, JabRef and Mendeley imports).
 *
 * - Entry types: newspaper and magazine articles `@article` (with `journaltitle`), webpages and blog
 *   posts `@online` (site in `organization`), `@report` (`institution`), `@book` (`publisher`, `location`).
 * - Keys read `bbc2025chinese`: the first author's family name (or an organisation's, or the site's first
 *   word), the year, the first word of the title that is not a function word, folded to ASCII. A key
 *   already taken gets a letter: `…b`, `…c`.
 * - Field values escape LaTeX's special characters; organisations are braced so they are never split
 *   into "family, given". `url` is verbatim in biblatex and only has its braces and backslashes
 *   percent-encoded. Every value is kept on one line (see `one-line.ts`).
 */
import { datePartsToIso, isLiteralName, type Citation, type CitationType, type Name } from '../../core/citation-model.js';
import { oneLine } from './one-line.js';

type EntryType = 'article' | 'online' | 'report' | 'book';

const ENTRY_TYPES: Record<CitationType, EntryType> = {
  'article-newspaper': 'article',
  'article-magazine': 'article',
  webpage: 'online',
  'post-weblog': 'online',
  report: 'report',
  book: 'book',
};

/** The field that names what the entry belongs to, by entry type. */
const CONTAINER_FIELDS: Record<EntryType, string> = {
  article: 'journaltitle',
  online: 'organization',
  report: 'institution',
  book: 'publisher',
};

const LATEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Words skipped when a key takes the first word of a title: articles, prepositions, auxiliaries, pronouns. */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'on', 'in', 'to', 'for', 'with', 'at', 'by', 'from', 'as',
  'is', 'are', 'was', 'were', 'be', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'should',
  'why', 'how', 'what', 'when', 'who', 'where', 'which', 'i', 'we', 'you', 'it', 'this', 'that',
]);

function escapeLatex(text: string): string;
function escapeLatex(text: string | undefined): string | undefined;
function escapeLatex(text: string | undefined): string | undefined {
  return text?.replace(/[\\{}&%$#_~^]/g, (character) => LATEX_ESCAPES[character]);
}

function authorField(names: readonly Name[]): string {
  return names
    .map((name) => {
      if (isLiteralName(name)) return `{${escapeLatex(name.literal)}}`;
      return name.given ? `${escapeLatex(name.family)}, ${escapeLatex(name.given)}` : escapeLatex(name.family);
    })
    .join(' and ');
}

/** Lower-case ASCII letters and digits only: "Müller" → "muller", Arabic script → "". */
function asciiWord(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** A person's whole family name ("van Gogh" → "vangogh"), else the first word of the organisation, site or publisher. */
function keyName(citation: Citation): string {
  const [author] = citation.authors;
  if (author && !isLiteralName(author)) return asciiWord(author.family);
  const organisation = (author && isLiteralName(author) ? author.literal : undefined) ?? citation.containerTitle ?? citation.publisher;
  return asciiWord(organisation?.split(/\s+/)[0] ?? '');
}

function keyBase(citation: Citation): string {
  const titleWord = (citation.title ?? '')
    .split(/\s+/)
    .map(asciiWord)
    .find((word) => word && !FUNCTION_WORDS.has(word));
  return `${keyName(citation)}${citation.issued?.year ?? ''}${titleWord ?? ''}` || 'ref';
}

/** `base`, or `base` with the first free letter suffix. */
function uniqueKey(base: string, taken: Set<string>): string {
  let key = base;
  for (let index = 1; taken.has(key); index++) key = `${base}${suffixLetters(index)}`;
  taken.add(key);
  return key;
}

/** 1 → "b", 2 → "c", … 25 → "z", 26 → "ba": the first key is implicitly "a". */
function suffixLetters(index: number): string {
  return index.toString(26).replace(/./g, (digit) => String.fromCharCode(97 + parseInt(digit, 26)));
}

/** biblatex reads `url` verbatim: only characters that would unbalance the field are encoded. */
function verbatimUrl(url: string): string {
  return url.replace(/[{}\\]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** What the entry belongs to: the periodical, the site, or the publisher. */
function containerValue(citation: Citation, type: EntryType): string | undefined {
  if (type === 'article') return citation.containerTitle;
  if (type === 'online') return citation.containerTitle ?? citation.publisher;
  return citation.publisher ?? citation.containerTitle;
}

function entry(citation: Citation, key: string): string {
  const type = ENTRY_TYPES[citation.type ?? 'webpage'];
  const standalone = type === 'report' || type === 'book';
  const fields: [string, string | undefined][] = [
    ['author', citation.authors.length ? authorField(citation.authors) : undefined],
    ['title', escapeLatex(citation.title)],
    [CONTAINER_FIELDS[type], escapeLatex(containerValue(citation, type))],
    ['location', standalone ? escapeLatex(citation.publisherPlace) : undefined],
    ['date', citation.issued && datePartsToIso(citation.issued)],
    ['url', citation.url && verbatimUrl(citation.url)],
    ['urldate', citation.accessed && datePartsToIso(citation.accessed)],
    ['language', escapeLatex(citation.language)],
  ];
  const body = fields
    .filter((field): field is [string, string] => !!field[1])
    // One line per field: a line break in a value would let a line-based reader see a new field or `@entry`.
    .map(([name, value]) => `  ${name} = {${oneLine(value)}}`)
    .join(',\n');
  return `@${type}{${key},\n${body}\n}\n`;
}

/** A `.bib` file of `citations`, in order, with unique keys. */
export function toBibTeX(citations: readonly Citation[]): string {
  const taken = new Set<string>();
  return citations.map((citation) => entry(citation, uniqueKey(keyBase(citation), taken))).join('\n');
}
