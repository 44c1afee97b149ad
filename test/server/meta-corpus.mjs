/**
 * Agreement of `/meta` with metascraper's integration suite (test/fixtures/real/metascraper/, SOURCES.md): each
 * page's HTML read as the proxy reads it (its head reader, then `metadataFromPage`), field by field against the
 * values metascraper's snapshot expects. A field counts where the snapshot expects a value.
 *
 * `node test/server/meta-corpus.mjs [dist]` prints the table; `dist` (default `dist/`) may be another build,
 * e.g. main's, to compare.
 */
import { readdir, readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

const DIR = new URL('../fixtures/real/metascraper/', import.meta.url);
export const FIELDS = ['title', 'lang', 'description', 'image', 'publisher', 'date', 'author'];

/** A JavaScript string literal as AVA's snapshot report writes it (single quotes, backslash escapes). */
function unquote(literal) {
  const quote = literal[0];
  return literal
    .slice(1, -1)
    .replace(/\\(u\{[\da-f]+\}|u[\da-f]{4}|x[\da-f]{2}|.)/gi, (_, escape) => {
      if (/^u\{/i.test(escape)) return String.fromCodePoint(parseInt(escape.slice(2, -1), 16));
      if (/^[ux]/i.test(escape) && escape.length > 1) return String.fromCodePoint(parseInt(escape.slice(1), 16));
      return { n: '\n', t: '\t', r: '\r', [quote]: quote }[escape] ?? escape;
    });
}

/** The snapshot's expected values (`key: 'value'` lines; `null` where metascraper finds nothing). */
export function expectedValues(report) {
  const values = {};
  for (const [, key, value] of report.matchAll(/^ {6}(\w+): (null|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`),?$/gm)) {
    values[key] = value === 'null' ? null : unquote(value);
  }
  return values;
}

/** The URL the suite passes to metascraper for the page. */
function pageUrl(testSource) {
  return /const url =\s*'([^']+)'/.exec(testSource)[1];
}

/** Text as compared: metascraper curls quotes and apostrophes, and writes `…` where a page wrote `...`. */
const comparable = (text) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\.\.\./g, '…')
    .trim();
const sameText = (actual, expected) => comparable(actual) === comparable(expected);
const names = (text) => comparable(text).split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean);
const same = {
  /** metascraper cuts long descriptions with `…`: the page's own text then begins with the cut one. */
  description: (actual, expected) =>
    sameText(actual, expected) || (expected.endsWith('…') && comparable(actual).startsWith(comparable(expected).slice(0, -1).trim())),
  lang: (actual, expected) => actual.split('-')[0].toLowerCase() === expected.toLowerCase(),
  /** metascraper's `date` is the modification date where the page gives one, else the publication date. */
  // A page that gives only a day (`2016-09-29`) agrees with the same day (metascraper writes it at noon UTC).
  date: (actual, expected) =>
    actual.some((date) => Date.parse(date) === Date.parse(expected) || (date.length === 10 && expected.startsWith(date))),
  /** The same people: metascraper joins several with "and", `/meta` with commas. */
  author: (actual, expected) => sameText(actual, expected) || names(actual).join('|') === names(expected).join('|'),
  image: (actual, expected) => actual === expected || actual === new URL(expected).href,
};

/** What `/meta` says for each compared field. */
function actualValues(metadata) {
  return {
    title: metadata.title,
    lang: metadata.language,
    description: metadata.description,
    image: metadata.image?.url,
    publisher: metadata.siteName,
    date: [metadata.modified, metadata.published].filter(Boolean),
    author: metadata.author,
  };
}

export async function measure(dist = new URL('../../dist/', import.meta.url)) {
  const { readHtmlHead } = await import(new URL('server/html-head.js', dist));
  const { metadataFromPage } = await import(new URL('server/metadata.js', dist));
  const totals = Object.fromEntries(FIELDS.map((field) => [field, { agree: 0, of: 0, misses: [] }]));
  for (const name of (await readdir(DIR)).sort()) {
    const folder = new URL(`${name}/`, DIR);
    const html = gunzipSync(await readFile(new URL('input.html.gz', folder)));
    const expected = expectedValues(await readFile(new URL('index.js.md', folder), 'utf8'));
    const url = new URL(pageUrl(await readFile(new URL('index.js.txt', folder), 'utf8')));
    // The suite's recorder saved each page as UTF-8 text, whatever its `<meta charset>` says (pikabu's says
    // windows-1251): the header tells the reader so, as metascraper is handed the text itself.
    const response = new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
    const head = await readHtmlHead(response, 4 * 1024 * 1024);
    const actual = actualValues(metadataFromPage({ url, headers: new Headers(), links: head.links, head }));
    for (const field of FIELDS) {
      const want = expected[field];
      if (want === null || want === undefined) continue;
      const total = totals[field];
      total.of++;
      const got = actual[field];
      if (got !== undefined && (same[field] ?? sameText)(got, want)) total.agree++;
      else total.misses.push({ page: name, expected: want, actual: got });
    }
  }
  return totals;
}

export function table(totals) {
  let agree = 0;
  let of = 0;
  const rows = FIELDS.map((field) => {
    agree += totals[field].agree;
    of += totals[field].of;
    return `| ${field} | ${totals[field].agree}/${totals[field].of} |`;
  });
  return ['| field | agreement |', '| --- | --- |', ...rows, `| all | ${agree}/${of} (${((100 * agree) / of).toFixed(1)}%) |`].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dist = process.argv[2] ? pathToFileURL(`${process.argv[2].replace(/\/?$/, '/')}`) : undefined;
  const totals = await measure(dist);
  console.log(table(totals));
  if (process.env.MISSES) for (const field of FIELDS) for (const miss of totals[field].misses) console.log(field, JSON.stringify(miss));
}
