/**
 * The RSS and Atom reader on small feeds written for these tests: each feature of the format, one at a time.
 * (Real feeds, with the values other parsers' suites expect, are in test/real/feeds.test.ts.)
 */
import { expect } from '@open-wc/testing';
import { detectFormat, toCollection, toPost } from '../../../src/core/adapters/index.js';
import { xmlBody } from '../../../src/core/fetch/xml-body.js';
import { directionForLanguage } from '../../../src/shared/direction.js';
import { rejected } from '../thrown.js';

const url = 'https://harbour.example/feed/';
const RSS_NS = 'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"';
const rss = (items: string, channel = '') =>
  xmlBody(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" ${RSS_NS}><channel><title>Harbour notes</title><link>https://harbour.example/</link>${channel}${items}</channel></rss>`);
const atom = (entries: string, feed = '') =>
  xmlBody(`<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" ${feed}><title>Harbour notes</title><link href="https://harbour.example/"/>${entries}</feed>`);

describe('RSS and Atom adapter', () => {
  it('reads RSS 2.0, RSS 1.0 and Atom with format auto, and refuses other XML', async () => {
    const item = '<title>Ebb</title><link>https://harbour.example/1</link>';
    expect(detectFormat(rss(''))).to.equal('rss');
    expect((await toPost(rss(`<item>${item}</item>`), { url })).title).to.equal('Ebb');
    const rdf = `<?xml version="1.0"?>\n<!-- made by hand -->\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><item rdf:about="https://harbour.example/1">${item}</item></rdf:RDF>`;
    expect((await toPost(xmlBody(rdf), { url })).title).to.equal('Ebb');
    expect((await toPost(atom(`<entry>${item.replace(/<link>(.*)<\/link>/, '<link href="$1"/>')}</entry>`), { url })).title).to.equal('Ebb');
    expect((await rejected(toPost(xmlBody('<?xml version="1.0"?><opml version="2.0"><body/></opml>'), { url }))).code).to.equal('unsupported');
    // An HTML page that came without an HTML type is refused as any page is.
    expect((await rejected(toPost(xmlBody('<!DOCTYPE html><html><body>Not a feed</body></html>'), { url }))).code).to.equal('not-json');
  });

  it('reads a title in CDATA, with references written twice, and with escaped markup, as plain text', async () => {
    const { posts } = await toCollection(
      rss(`<item><title><![CDATA[Tides & <em>moons</em>]]></title><link>https://harbour.example/a</link></item>
           <item><title>Fishers&amp;#8217; almanac</title><link>https://harbour.example/b</link></item>
           <item><title>The &lt;b&gt;long&lt;/b&gt; pier</title><link>https://harbour.example/c</link></item>`),
      { url },
    );
    expect(posts.map((post) => post.title)).to.deep.equal(['Tides & moons', 'Fishers’ almanac', 'The long pier']);
  });

  it('reads an Atom entry: its alternate link (not self, not enclosure), html title, authors, published and updated', async () => {
    const post = await toPost(
      atom(`<entry><id>tag:harbour.example,2024:1</id><title type="html">Buoys &amp;amp; &lt;i&gt;beacons&lt;/i&gt;</title>
        <link rel="self" href="https://harbour.example/1.atom"/><link rel="enclosure" type="audio/mpeg" href="https://harbour.example/1.mp3"/>
        <link rel="alternate" type="text/html" href="/2024/buoys"/>
        <author><name>Ada Quill</name><uri>https://harbour.example/ada</uri></author><author><name>Bo Tran</name></author>
        <published>2024-03-01T08:00:00+01:00</published><updated>2024-03-02T09:30:00Z</updated>
        <summary>Lights along the channel.</summary><category term="sea" label="Sea"/></entry>`),
      { url },
    );
    expect(post).to.deep.include({
      id: 'tag:harbour.example,2024:1',
      title: 'Buoys & beacons',
      url: 'https://harbour.example/2024/buoys',
      published: '2024-03-01T07:00:00.000Z',
      modified: '2024-03-02T09:30:00.000Z',
      excerpt: 'Lights along the channel.',
      terms: [{ name: 'Sea', taxonomy: 'category' }],
      authors: [{ name: 'Ada Quill', url: 'https://harbour.example/ada' }, { name: 'Bo Tran' }],
    });
  });

  it('reads RSS authors: the e-mail form, dc:creator (one or several), itunes:author, else the feed’s', async () => {
    const { posts } = await toCollection(
      rss(
        `<item><title>a</title><link>https://harbour.example/a</link><author>ada@harbour.example (Ada Quill)</author></item>
         <item><title>b</title><link>https://harbour.example/b</link><dc:creator>Ada Quill and Bo Tran</dc:creator></item>
         <item><title>c</title><link>https://harbour.example/c</link><itunes:author>Harbour Radio</itunes:author></item>
         <item><title>d</title><link>https://harbour.example/d</link></item>`,
        '<itunes:author>The Harbour Desk</itunes:author>',
      ),
      { url },
    );
    expect(posts.map((post) => post.authors.map((author) => author.name))).to.deep.equal([['Ada Quill'], ['Ada Quill', 'Bo Tran'], ['Harbour Radio'], ['The Harbour Desk']]);
  });

  it('reads dates: RFC 822 with a zone name or an offset, dc:date', async () => {
    const { posts } = await toCollection(
      rss(`<item><title>a</title><link>https://harbour.example/a</link><pubDate>Fri, 01 Mar 2024 08:00:00 EST</pubDate></item>
           <item><title>b</title><link>https://harbour.example/b</link><pubDate>Fri, 1 Mar 2024 08:00 +0530</pubDate></item>
           <item><title>c</title><link>https://harbour.example/c</link><dc:date>2024-03-01T08:00:00-08:00</dc:date></item>`),
      { url },
    );
    expect(posts.map((post) => post.published)).to.deep.equal(['2024-03-01T13:00:00.000Z', '2024-03-01T02:30:00.000Z', '2024-03-01T16:00:00.000Z']);
  });

  it('finds the image: media:content, media:thumbnail, an image enclosure, itunes:image, the content’s first <img>', async () => {
    const { posts } = await toCollection(
      rss(`<item><title>a</title><link>https://harbour.example/a</link><media:content url="https://harbour.example/a.mp4" type="video/mp4"/><media:content url="https://harbour.example/a.jpg" medium="image" width="800" height="450"/></item>
           <item><title>b</title><link>https://harbour.example/b</link><media:group><media:thumbnail url="https://harbour.example/b.jpg"/></media:group></item>
           <item><title>c</title><link>https://harbour.example/c</link><enclosure url="https://harbour.example/c.mp3" type="audio/mpeg" length="1"/><enclosure url="https://harbour.example/c.png" type="image/png" length="1"/></item>
           <item><title>d</title><link>https://harbour.example/d</link><itunes:image href="https://harbour.example/d.jpg"/></item>
           <item><title>e</title><link>https://harbour.example/e</link><content:encoded><![CDATA[<p>Low tide.</p><img alt="" src="/e.jpg?w=1&amp;h=2">]]></content:encoded></item>
           <item><title>f</title><link>https://harbour.example/f</link><description>&lt;img src="javascript:alert(1)"&gt;</description></item>`),
      { url },
    );
    expect(posts.map((post) => post.image)).to.deep.equal([
      { url: 'https://harbour.example/a.jpg', width: 800, height: 450 },
      { url: 'https://harbour.example/b.jpg' },
      { url: 'https://harbour.example/c.png' },
      { url: 'https://harbour.example/d.jpg' },
      { url: 'https://harbour.example/e.jpg?w=1&h=2' },
      undefined,
    ]);
  });

  it('makes the excerpt from description, else from content:encoded, as text; reads categories', async () => {
    const { posts } = await toCollection(
      rss(`<item><title>a</title><link>https://harbour.example/a</link><description>&lt;p&gt;Calm &amp;amp; clear.&lt;/p&gt;</description><category>Weather</category><category>Sea</category></item>
           <item><title>b</title><link>https://harbour.example/b</link><content:encoded><![CDATA[<p>Storm <b>warning</b> tonight.</p>]]></content:encoded></item>`),
      { url },
    );
    expect(posts[0]).to.deep.include({ excerpt: 'Calm & clear.', terms: [{ name: 'Weather', taxonomy: 'category' }, { name: 'Sea', taxonomy: 'category' }] });
    expect(posts[1].excerpt).to.equal('Storm warning tonight.');
  });

  it('gives the feed’s language (and so its direction) to the collection and its items; Atom’s xml:lang too', async () => {
    const feed = await toCollection(rss('<item><title>المد</title><link>https://harbour.example/ar/1</link></item>', '<language>ar-EG</language>'), { url });
    expect(feed.language).to.equal('ar-EG');
    expect(feed.posts[0].language).to.equal('ar-EG');
    expect(directionForLanguage(feed.posts[0].language)).to.equal('rtl');
    const entry = await toPost(atom('<entry xml:lang="he"><title>גאות</title><link href="https://harbour.example/he/1"/></entry>', 'xml:lang="en"'), { url });
    expect(entry.language).to.equal('he');
  });

  it('picks the item by guid, by link, else the first; a missing one is not-found', async () => {
    const body = rss(`<item><title>a</title><link>https://harbour.example/a</link><guid isPermaLink="false">harbour-1</guid></item>
                      <item><title>b</title><link>https://harbour.example/b</link><guid isPermaLink="false">harbour-2</guid></item>`);
    expect((await toPost(body, { url })).title).to.equal('a');
    expect((await toPost(body, { url, id: 'harbour-2' })).title).to.equal('b');
    expect((await toPost(body, { url, id: 'https://harbour.example/b' })).title).to.equal('b');
    expect((await rejected(toPost(body, { url, id: 'harbour-9' }))).code).to.equal('not-found');
  });

  it('takes a permalink guid as the link when there is no <link>, and never a guid marked isPermaLink="false"', async () => {
    const { posts } = await toCollection(
      rss(`<item><title>a</title><guid>https://harbour.example/a</guid></item><item><title>b</title><guid isPermaLink="false">https://harbour.example/b</guid></item>`),
      { url },
    );
    expect(posts.map((post) => post.url)).to.deep.equal(['https://harbour.example/a', undefined]);
  });

  it('reads RSS 1.0 (RDF): items beside the channel, dc:creator and dc:date', async () => {
    const post = await toPost(
      xmlBody(`<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://harbour.example/"><title>Harbour notes</title><link>https://harbour.example/</link><dc:language>fa</dc:language></channel>
        <item rdf:about="https://harbour.example/1"><title>Ebb</title><link>https://harbour.example/1</link><dc:creator>Ada Quill</dc:creator><dc:date>2024-03-01</dc:date></item></rdf:RDF>`),
      { url },
    );
    expect(post).to.deep.include({ id: 'https://harbour.example/1', title: 'Ebb', published: '2024-03-01', language: 'fa', authors: [{ name: 'Ada Quill' }] });
  });

  it('refuses what is not a feed, not well-formed, or declares entities, with an error a reader understands', async () => {
    expect((await rejected(toPost(xmlBody('<?xml version="1.0"?><rss version="2.0"><channel><item><title>a</title></channel></rss>'), { url, format: 'rss' }))).code).to.equal('malformed');
    expect((await rejected(toPost(xmlBody('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaa">]><rss><channel/></rss>'), { url, format: 'rss' }))).code).to.equal('unsupported');
    expect((await rejected(toPost(xmlBody('<?xml version="1.0"?><opml version="2.0"/>'), { url, format: 'atom' }))).code).to.equal('unsupported');
    expect((await rejected(toPost(rss(''), { url }))).code).to.equal('not-found');
  });
});
