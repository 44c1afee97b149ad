import { expect } from '@open-wc/testing';
import { decodeCharacterReferences } from '../../src/shared/text.js';
import { parseOEmbedJson } from '../../src/core/adapters/oembed.js';

describe('oEmbed text fields: character references', () => {
  it('decodes numeric references, decimal and hex', () => {
    expect(decodeCharacterReferences('Are models &#8216;winning&#8217;? &#x201C;Yes&#X201d;')).to.equal('Are models ‘winning’? “Yes”');
    expect(decodeCharacterReferences('&#128512;')).to.equal('😀');
  });

  it('decodes the named references WordPress sends, and no others', () => {
    expect(decodeCharacterReferences('&amp;&lt;&gt;&quot;&apos;&nbsp;&hellip;&ndash;&mdash;&lsquo;&rsquo;&ldquo;&rdquo;')).to.equal(
      '&<>"\'\u00A0…–—‘’“”',
    );
    expect(decodeCharacterReferences('&copy; &eacute; &AMP; &amp')).to.equal('&copy; &eacute; &AMP; &amp');
  });

  it('decodes once: an escaped reference stays a reference', () => {
    expect(decodeCharacterReferences('&amp;lt;b&amp;gt;')).to.equal('&lt;b&gt;');
  });

  it('turns invalid code points into U+FFFD', () => {
    expect(decodeCharacterReferences('a&#0;b&#xD800;c&#1114112;d')).to.equal('a\uFFFDb\uFFFDc\uFFFDd');
  });

  it('never parses markup: a decoded tag is text', () => {
    const model = parseOEmbedJson(
      { version: '1.0', type: 'link', title: '&lt;b&gt;Bold&lt;/b&gt; &amp; <i>raw</i>', author_name: ' &nbsp;&#8212; ' },
      'https://provider.example/oembed',
    );
    expect(model.title).to.equal('<b>Bold</b> & <i>raw</i>');
    expect(model.authorName).to.equal('—');
  });
});
