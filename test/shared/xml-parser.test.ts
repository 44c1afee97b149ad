/**
 * The two implementations of `ParseXml` (src/shared/xml.ts) give the same tree: the browser's
 * (core/xml-parser.ts, an inert DOMParser document) and the one without a DOM (shared/xml-parser-without-dom.ts,
 * htmlparser2, which `post-embeds/data` uses in Node), over every real feed of the corpus (test/fixtures/real/feeds/,
 * read as the fetch layer decodes them) and hand-written cases, including the ones both must refuse.
 */
import { expect } from '@open-wc/testing';
import { fetchResource } from '../../src/core/fetch/cache.js';
import { xmlText } from '../../src/core/fetch/read-xml.js';
import type { XmlBody } from '../../src/core/fetch/xml-body.js';
import { parseXml } from '../../src/core/xml-parser.js';
import { parseXml as parseXmlWithoutDom } from '../../src/shared/xml-parser-without-dom.js';
import type { XmlElement } from '../../src/shared/xml.js';
import { api, resetCore } from '../helpers.js';

const FEEDS = [
  'feed-rs/rss_2.0_bbc.xml', 'feed-rs/rss_2.0_cloudflare.xml', 'feed-rs/rss_2.0_dbengines.xml', 'feed-rs/rss_2.0_spiegel.xml', 'feed-rs/rss_2.0_wirecutter.xml',
  'feed-rs/rss_1.0_iso8859.xml', 'feed-rs/rss_0.91_encoding_2.xml', 'feed-rs/atom_example_1.xml', 'feed-rs/atom_example_4.xml', 'feed-rs/atom_mediarss_reddit_1.xml',
  'feed-rs/atom_mediarss_youtube_1.xml', 'feed-rs/atom_entry_1.xml', 'rss-parser/heise.atom', 'rss-parser/feedburner.atom', 'rss-parser/guardian.rss',
  'rss-parser/encoding.rss', 'rss-parser/uolNoticias.rss', 'rss-parser/rss-1.rss', 'rss-parser/itunes-keywords-astext.rss', 'rss-parser/many-links.rss',
];

/** Well-formed documents both must read alike. */
const CASES = [
  '<a xmlns="urn:x" xmlns:p="urn:p"><p:b p:c="1">t<![CDATA[<i>&amp;</i>]]>u</p:b><d xmlns="urn:y"/></a>',
  '\n  <?xml version="1.0"?>\n<a>&#233;&amp;&nbsp;&eacute;&mdash;</a>',
  '<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss><x xml:lang="de"/></rss>',
];

/** Documents both must refuse, with the same error code. */
const REFUSED: Array<[string, string]> = [
  ['<a><b></a>', 'malformed'],
  ['<a>x</a><b/>', 'malformed'],
  ['<a><p:b/></a>', 'malformed'],
  ['just text', 'malformed'],
  ['<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "xx">]><a>&x;</a>', 'unsupported'],
];

/** A tree as plain data, to compare deeply. */
const plain = (element: XmlElement): unknown => ({
  name: element.name,
  ns: element.ns,
  attributes: element.attributes,
  text: element.text,
  children: element.children.map(plain),
});

function codeOf(parse: () => unknown): string | undefined {
  try {
    parse();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
}

describe('XML parsers: the browser’s and the one without a DOM', () => {
  afterEach(resetCore);

  for (const file of FEEDS) {
    it(`${file}: the same tree`, async () => {
      const { body } = await fetchResource(api(`real-feeds/${file}`), { signal: new AbortController().signal });
      const xml = xmlText(body as XmlBody);
      expect(plain(parseXmlWithoutDom(xml))).to.deep.equal(plain(parseXml(xml)));
    });
  }

  CASES.forEach((xml, index) => {
    it(`case ${index}: the same tree`, () => {
      expect(plain(parseXmlWithoutDom(xml))).to.deep.equal(plain(parseXml(xml)));
    });
  });

  for (const [xml, code] of REFUSED) {
    it(`refuses ${JSON.stringify(xml)} alike (${code})`, () => {
      expect(codeOf(() => parseXml(xml)), 'browser').to.equal(code);
      expect(codeOf(() => parseXmlWithoutDom(xml)), 'without a DOM').to.equal(code);
    });
  }
});
