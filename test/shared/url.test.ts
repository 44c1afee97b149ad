import { expect } from '@open-wc/testing';
import { safeHttpUrl } from '../../src/shared/url.js';

const base = 'https://florin.blog/wp-json/wp/v2/posts/128?_embed';

describe('safeHttpUrl', () => {
  it('accepts absolute http and https URLs', () => {
    expect(safeHttpUrl('https://florin.blog/a?b=1#c')).to.equal('https://florin.blog/a?b=1#c');
    expect(safeHttpUrl('http://example.org/x')).to.equal('http://example.org/x');
    expect(safeHttpUrl('HTTPS://Example.ORG')).to.equal('https://example.org/');
  });

  it('resolves relative URLs against the response URL', () => {
    expect(safeHttpUrl('/wp-content/uploads/a.jpg', base)).to.equal('https://florin.blog/wp-content/uploads/a.jpg');
    expect(safeHttpUrl('avatar.png', base)).to.equal('https://florin.blog/wp-json/wp/v2/posts/avatar.png');
    expect(safeHttpUrl('//cdn.example.com/x.jpg', base)).to.equal('https://cdn.example.com/x.jpg');
  });

  it('trims surrounding whitespace', () => {
    expect(safeHttpUrl('  https://florin.blog/  ')).to.equal('https://florin.blog/');
  });

  it('refuses script-running and local schemes', () => {
    for (const value of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'data:image/svg+xml,<svg onload=alert(1)>',
      'vbscript:msgbox(1)',
      'blob:https://florin.blog/0b5c8f3e-1d3f-4a8e-9f00-6f1f6f1f6f1f',
      'file:///etc/passwd',
      'about:blank',
      'mailto:someone@example.com',
    ]) {
      expect(safeHttpUrl(value, base), value).to.equal(undefined);
    }
  });

  it('refuses control-character tricks the URL parser would silently repair', () => {
    for (const value of ['java\tscript:alert(1)', 'java\nscript:alert(1)', '\u0000javascript:alert(1)', 'https://exa\u0007mple.com/']) {
      expect(safeHttpUrl(value, base), JSON.stringify(value)).to.equal(undefined);
    }
  });

  it('refuses empty strings, which would otherwise resolve to the response URL itself', () => {
    expect(safeHttpUrl('', base)).to.equal(undefined);
    expect(safeHttpUrl('   ', base)).to.equal(undefined);
  });

  it('refuses garbage and relative URLs without a base', () => {
    expect(safeHttpUrl('http://[not a host')).to.equal(undefined);
    expect(safeHttpUrl('/relative/without/base')).to.equal(undefined);
    expect(safeHttpUrl('/x', 'not a base')).to.equal(undefined);
  });

  it('refuses non-strings', () => {
    for (const value of [undefined, null, 42, true, {}, ['https://florin.blog/'], { href: 'https://florin.blog/' }]) {
      expect(safeHttpUrl(value, base)).to.equal(undefined);
    }
  });
});
