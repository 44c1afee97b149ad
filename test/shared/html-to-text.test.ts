/**
 * The two implementations of `HtmlToText` (src/shared/html-to-text.ts) give the same text: the browser's
 * (core/html-to-text.ts, an inert DOMParser document) and the one without a DOM
 * (shared/html-to-text-without-dom.ts, htmlparser2), over hand-written cases and every HTML field of the
 * real corpus (test/fixtures/real/). The few malformed inputs where the HTML5 tree builder and a streaming
 * tokenizer part ways are listed apart, each with the text of each implementation.
 */
import { expect } from '@open-wc/testing';
import { htmlToText } from '../../src/core/html-to-text.js';
import { htmlToTextWithoutDom } from '../../src/shared/html-to-text-without-dom.js';
import { recordedText } from '../real/support.js';

type Item = Record<string, unknown>;

/** Inputs on which both must agree. */
const CASES: string[] = [
  // test/core/text.test.ts, htmlToText.
  'It&#8217;s &#8220;open&#8221;',
  'Q&amp;amp;A',
  'Read more &hellip;',
  '&lt;b&gt;bold&lt;/b&gt;',
  '<p>10&nbsp;km</p><p>&nbsp;</p><p>next</p>',
  '<p>Hello <b>bold</b> <a href="https://example.com">link</a><script>alert(1)</script>' +
    '<style>p{color:red}</style><noscript>enable JS</noscript>!</p>',
  '<h2>Title</h2>\n<p>One\n  two\tthree</p><ul><li>a</li><li>b</li></ul>line<br>break',
  '<table><tr><td>a</td><td>b</td></tr><tr><th>c</th></tr></table>',
  '  plain\n\ttext  ',
  '5 > 3',
  '',
  'a < b & c',
  '<b>x</b>',
  '<h2 class="wp-block-heading" style="font-size:1.4rem">Heading</h2>' +
    '<style>p { color: red }</style><p STYLE = "color:blue">Write style="x" in prose; 1 &lt; 2</p>',
  // Lists, line breaks, paragraphs.
  '<ul><li>one<ul><li>one.a</li><li>one.b<ol><li>deep</li></ol></li></ul></li><li>two</li></ul>after',
  '<dl><dt>term</dt><dd>definition</dd></dl>',
  'a<br>b<br><br><br>c<br/><br />d',
  'a</br>b',
  '<p>one<p>two<p>three',
  '<p>outer <p>inner</p> tail</p>',
  '<p>a<div>b</div>c</p>',
  'a</p>b',
  '<li>a<li>b<li>c',
  '<p>unclosed <b>bold <i>italic',
  '<div><span>a</span><span>b</span></div><div>c</div>',
  '<blockquote><p>quoted</p><footer>— who</footer></blockquote>',
  '<figure><img src="x.png" alt="not text"><figcaption>caption</figcaption></figure>',
  '<pre>  code\n    indented\n</pre>',
  '<hr>between<hr>',
  'in<span>line</span> <em>words</em>',
  // Character references.
  '&amp;lt;',
  '&amp;amp;lt;',
  '&#x1F600; &#128512;',
  'a&#0;b',
  '&#x80;&#x99;',
  '&#xD800;&#x110000;',
  '&amp &copy &lt x',
  '&notit; &notin;',
  '&unknown; &;',
  '&#13;a&#x0C;b',
  'a\u0000b',
  '<p>a\u0000</p>\u0000<p>\u0000b</p>',
  // Tables.
  '<table><caption>Cap</caption><thead><tr><th>h1</th><th>h2</th></tr></thead><tbody><tr><td>a</td><td>b</td></tr></tbody></table>',
  '<table><td>a</td><td>b</td></table>',
  '<table><tr><td>a<table><tr><td>nested</td></tr></table></td><td>b</td></tr></table>',
  // Content that is never text.
  '<template><p>inside</p><template>deeper</template></template>after',
  '<p>a<template>b</template>c</p>',
  '<script>document.write("<p>x</p>")</script>after',
  '<script>var s = "</p><p>";</script>after',
  '<style>a > b { content: "</p>" }</style>after',
  'x<noscript><p>enable JS</p></noscript>y',
  // Comments, CDATA, processing instructions.
  'a<!-- comment -->b',
  'a<!-- <p>not a paragraph</p> -->b',
  'a<!---->b<!-->c',
  'a<!--x--!>b',
  'a<![CDATA[x]]>b',
  'a<?php echo 1 ?>b',
  // Tags.
  '<a title="a > b" href="x">link</a> after',
  "<a title='<p>' data-x=\"</p>\">link</a>",
  '<P CLASS="x">UPPER</P><BR><DIV>case</DIV>',
  '<p/>self<br/>closed',
  '<custom-element>custom</custom-element><x-y>tag</x-y>',
  'a<b',
  'a <3 b',
  '</>a',
  '<  p>not a tag',
  '<textarea>&lt;p&gt; <b>raw</b></textarea>',
  '<xmp><b>raw</b></xmp>',
  '<select><option>one</option><option>two</option></select>',
  '<svg><text>drawn</text></svg> <math><mi>x</mi></math>',
  // Right to left, and spaces that are not HTML's whitespace.
  '<p>مرحبا&nbsp;بالعالم</p><p dir="rtl">النص&nbsp;العربي <b>هنا</b></p>',
  '<p>\u00A0\u2003</p><p>a\u3000b</p>',
  '\t\n\f\r x \t\n\f\r',
];

/** Malformed markup where the HTML5 tree builder moves or keeps what a tokenizer cannot: each side's text. */
const DIVERGENT: Array<{ html: string; browser: string; withoutDom: string; why: string }> = [
  {
    html: '<table>text<td>cell</td></table>',
    browser: 'text\ncell',
    withoutDom: 'text cell',
    why: 'the tree builder moves text out of a table (foster parenting) and wraps the cell in an implied <tr>',
  },
  {
    html: 'a<td>b</td>c',
    browser: 'abc',
    withoutDom: 'a b c',
    why: 'outside a table the tree builder ignores <td> tags',
  },
  {
    html: 'a<![CDATA[x>y]]>b',
    browser: 'ay]]>b',
    withoutDom: 'ab',
    why: 'in HTML content <![CDATA[ opens a bogus comment that ends at the first >',
  },
  {
    html: '<noscript><p>x</p></noscript>y',
    browser: 'x\ny',
    withoutDom: 'y',
    why: 'before any body content, the tree builder closes the <noscript> of the head at <p>: x lands in the body',
  },
  {
    html: '<title>t</title>x',
    browser: 'x',
    withoutDom: 'tx',
    why: 'before any body content, the tree builder puts <title> in the head',
  },
];

/** The HTML fields of the real corpus, each a label and its HTML. */
async function realFields(): Promise<Array<[string, string]>> {
  const fields: Array<[string, string]> = [];
  const add = (label: string, value: unknown) => {
    if (typeof value == 'string') fields.push([label, value]);
  };
  // WordPress REST API: title, excerpt and content, each `{ rendered }`.
  const wordpress = [
    ...['post-60', 'page-211', 'page-with-subpage', 'posts-from-category-7', 'posts-from-category-7-page-2'].map((name) => `demo.worona.org.${name}`),
    'wordpress.org.wp-pages',
    'design-lab.tuqulore.com.posts',
    ...[1244, 1306, 1339, 1379, 1412, 1469, 1501, 1526, 1595, 1649].map((id) => `design-lab.tuqulore.com.posts-${id}`),
  ];
  for (const name of wordpress) {
    for (const post of [JSON.parse(await recordedText('wordpress', `${name}.json`))].flat() as Item[]) {
      for (const key of ['title', 'excerpt', 'content']) add(`wordpress/${name}.json ${String(post.id)} ${key}`, (post[key] as Item | undefined)?.rendered);
    }
  }
  // JSON Feed: `content_html` (ScriptingNews is RSS in JSON, allthis-partial is cut off: neither has items).
  const feeds = [
    ...['3960', 'DaringFireball', 'allthis', 'authors', 'curt', 'inessential', 'jsonfeed-extension', 'pxlnv', 'rose'],
    ...['HyperCriticalBlog', 'JsonFeedBlog', 'MaybePizzaBlog', 'TheRecordPodcast', 'TimeTablePodcast', 'jsonfeed_elastic_1.1'],
  ];
  for (const name of feeds) {
    const feed = JSON.parse(await recordedText('jsonfeed', `${name}.json`));
    for (const item of feed.items as Item[]) add(`jsonfeed/${name}.json ${String(item.id)} content_html`, item.content_html);
  }
  // Ghost Content API: `html` of posts or pages; files, or a cassette's Ghost answer (`<file>.yaml@1`).
  const ghost = [
    'localhost.content_posts.json',
    'demo.ghost.io.posts.json',
    'demo.ghost.io.pages.json',
    ...['2023-10-22', '2024-03-26', '2025-01-19'].map((date) => `front-matter.ghost.io.posts.${date}.yaml@1`),
  ];
  for (const name of ghost) {
    const body = JSON.parse(await recordedText('ghost', name));
    for (const post of (body.posts ?? body.pages) as Item[]) add(`ghost/${name} ${String(post.id)} html`, post.html);
  }
  return fields;
}

describe('HtmlToText: the browser implementation and the one without a DOM agree', () => {
  for (const html of CASES) {
    it(JSON.stringify(html), () => {
      expect(htmlToTextWithoutDom(html)).to.equal(htmlToText(html));
    });
  }

  it('on every HTML field of the real corpus (WordPress, JSON Feed, Ghost)', async function () {
    this.timeout(60000);
    const fields = await realFields();
    // 129 WordPress fields, 339 JSON Feed `content_html`, 156 Ghost `html`: none may go missing unnoticed.
    expect(fields.length).to.equal(624);
    for (const [label, html] of fields) expect(htmlToTextWithoutDom(html), label).to.equal(htmlToText(html));
  });
});

describe('HtmlToText: where malformed markup parts the two', () => {
  for (const { html, browser, withoutDom, why } of DIVERGENT) {
    it(`${JSON.stringify(html)}: ${why}`, () => {
      expect(htmlToText(html)).to.equal(browser);
      expect(htmlToTextWithoutDom(html)).to.equal(withoutDom);
    });
  }
});
