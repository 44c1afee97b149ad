// The implementation of HtmlToText without a DOM (src/shared/html-to-text-without-dom.ts) runs in Node, where
// there is no DOM at all; test/shared/html-to-text.test.ts holds it to the browser's output. Reads the build
// (dist/, from `tsc -p src/server/tsconfig.json` or `tsc -p tsconfig.json`).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { htmlToTextWithoutDom } from '../../dist/shared/html-to-text-without-dom.js';

describe('htmlToTextWithoutDom in Node', () => {
  it('runs where there is no DOM', () => {
    assert.equal(globalThis.document, undefined);
    assert.equal(globalThis.DOMParser, undefined);
    assert.equal(globalThis.window, undefined);
  });

  it('decodes references once, drops tags and what is never text, keeps block elements on lines', () => {
    assert.equal(htmlToTextWithoutDom('It&#8217;s Q&amp;amp;A &#x1F600;'), 'It’s Q&amp;A 😀');
    assert.equal(
      htmlToTextWithoutDom('<h2>Title</h2>\n<p>One\n  two</p><script>x("</p>")</script><ul><li>a<li>b</ul>c<br><br>d'),
      'Title\nOne two\na\nb\nc\nd',
    );
    assert.equal(htmlToTextWithoutDom('<table><tr><td>a</td><td>b</td></tr></table><template>t</template>'), 'a b');
    assert.equal(htmlToTextWithoutDom('<p>10&nbsp;km</p><p>&nbsp;</p>'), '10\u00A0km');
    assert.equal(htmlToTextWithoutDom('a\u0000b&#0;'), 'ab\uFFFD');
    assert.equal(htmlToTextWithoutDom(''), '');
  });

  it('is linear in its input', () => {
    // 200,000 unclosed tags and references that never end: quadratic work would take minutes.
    const started = performance.now();
    const text = htmlToTextWithoutDom('<p>a &amp'.repeat(200_000) + '<a title="'.repeat(10_000));
    assert.equal(text.split('\n').length, 200_000);
    assert.ok(performance.now() - started < 10_000);
  });
});
