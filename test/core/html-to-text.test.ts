import { expect } from '@open-wc/testing';
import { htmlToText, parseInertHtml } from '../../src/core/html-to-text.js';
import { truncateText } from '../../src/shared/text.js';
import { inertHtml } from '../../src/core/trusted-types.js';

describe('htmlToText', () => {
  it('decodes entities exactly once', () => {
    expect(htmlToText('It&#8217;s &#8220;open&#8221;')).to.equal('It’s “open”');
    expect(htmlToText('Q&amp;amp;A')).to.equal('Q&amp;A');
    expect(htmlToText('Read more &hellip;')).to.equal('Read more …');
    expect(htmlToText('&lt;b&gt;bold&lt;/b&gt;')).to.equal('<b>bold</b>');
  });

  it('keeps a non-breaking space between words and drops one that stands alone', () => {
    expect(htmlToText('<p>10&nbsp;km</p><p>&nbsp;</p><p>next</p>')).to.equal('10\u00A0km\nnext');
  });

  it('drops tags and the content of script, style and noscript', () => {
    const html = '<p>Hello <b>bold</b> <a href="https://example.com">link</a><script>alert(1)</script>' +
      '<style>p{color:red}</style><noscript>enable JS</noscript>!</p>';
    expect(htmlToText(html)).to.equal('Hello bold link!');
  });

  it('puts block elements on lines of their own and collapses other whitespace', () => {
    const html = '<h2>Title</h2>\n<p>One\n  two\tthree</p><ul><li>a</li><li>b</li></ul>line<br>break';
    expect(htmlToText(html)).to.equal('Title\nOne two three\na\nb\nline\nbreak');
  });

  it('keeps table cells apart', () => {
    expect(htmlToText('<table><tr><td>a</td><td>b</td></tr><tr><th>c</th></tr></table>')).to.equal('a b\nc');
  });

  it('returns plain strings as they are, whitespace collapsed and trimmed', () => {
    expect(htmlToText('  plain\n\ttext  ')).to.equal('plain text');
    expect(htmlToText('5 > 3')).to.equal('5 > 3');
    expect(htmlToText('')).to.equal('');
  });

  it('reads markup that is not a tag as text', () => {
    expect(htmlToText('a < b & c')).to.equal('a < b & c');
  });

  it('parses into a document without a browsing context, so nothing in it runs or loads', () => {
    const parsed = parseInertHtml('<p id="x">x</p>');
    expect(parsed).not.to.equal(document);
    expect(parsed.defaultView).to.equal(null);
    expect(document.getElementById('x')).to.equal(null);
  });
});

describe('the post-embeds-inert Trusted Types policy', () => {
  const trustedTypes = (window as { trustedTypes?: { isHTML(value: unknown): boolean } }).trustedTypes;

  it('hands DOMParser TrustedHTML where Trusted Types exist, a string elsewhere', () => {
    const value: unknown = inertHtml('<b>x</b>');
    if (trustedTypes) {
      expect(trustedTypes.isHTML(value)).to.equal(true);
      expect(String(value)).to.equal('<b>x</b>');
    } else {
      expect(value).to.equal('<b>x</b>');
    }
    expect(htmlToText('<b>x</b>')).to.equal('x');
  });
});

describe('inline styles in parsed HTML', () => {
  it('are neutralised inside tags only: the text, including prose about style=, is untouched', () => {
    const html =
      '<h2 class="wp-block-heading" style="font-size:1.4rem">Heading</h2>' +
      '<style>p { color: red }</style><p STYLE = "color:blue">Write style="x" in prose; 1 &lt; 2</p>';
    expect(htmlToText(html)).to.equal('Heading\nWrite style="x" in prose; 1 < 2');
    const { body } = parseInertHtml(html);
    expect(body.querySelector('[style], style')).to.equal(null);
    expect(body.querySelector('h2')!.className).to.equal('wp-block-heading');
  });
});

describe('truncateText', () => {
  it('returns text that fits unchanged', () => {
    expect(truncateText('short', 10)).to.equal('short');
    expect(truncateText('exactly10!', 10)).to.equal('exactly10!');
  });

  it('cuts at a word boundary and adds an ellipsis', () => {
    const cut = truncateText('The quick brown fox jumps over the lazy dog', 20);
    expect(cut).to.equal('The quick brown fox…');
    expect(cut.length).to.be.at.most(20);
  });

  it('drops punctuation left dangling before the ellipsis', () => {
    expect(truncateText('Cheap, open, adaptable, and fast to ship', 13)).to.equal('Cheap, open…');
  });

  it('cuts text without spaces (CJK) at the limit', () => {
    expect(truncateText('开源模型越来越受欢迎因为它们便宜', 8)).to.equal('开源模型越来越…');
  });

  it('never splits an emoji', () => {
    const cut = truncateText('ab😀cd', 4);
    expect(cut).to.equal('ab…');
  });
});
