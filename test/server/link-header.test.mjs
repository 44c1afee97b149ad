import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseLinkHeader } from '../../dist/server/discovery.js';

describe('parseLinkHeader', () => {
  it('reads links with quoted and bare parameters, in order', () => {
    assert.deepEqual(
      parseLinkHeader(
        '<https://example.com/oembed?url=a&format=json>; rel="alternate"; type="application/json+oembed", ' +
          '<https://example.com/oembed?format=xml>;rel=alternate;type=text/xml+oembed,<https://example.com/next>; rel="next prefetch"',
      ),
      [
        { href: 'https://example.com/oembed?url=a&format=json', rel: ['alternate'], type: 'application/json+oembed' },
        { href: 'https://example.com/oembed?format=xml', rel: ['alternate'], type: 'text/xml+oembed' },
        { href: 'https://example.com/next', rel: ['next', 'prefetch'], type: undefined },
      ],
    );
  });

  it('lower-cases names, rel and type; keeps the first of a repeated parameter; trims spaces', () => {
    assert.deepEqual(parseLinkHeader('<a>  ;  REL = "Alternate"  ; Type=Application/JSON+oEmbed ; rel="next"'), [
      { href: 'a', rel: ['alternate'], type: 'application/json+oembed' },
    ]);
  });

  it('reads commas, semicolons, < and escaped quotes inside quoted values as text', () => {
    assert.deepEqual(parseLinkHeader('<a>; title="x, <y>; \\"z\\""; rel="alternate", <b>; rel=next'), [
      { href: 'a', rel: ['alternate'], type: undefined },
      { href: 'b', rel: ['next'], type: undefined },
    ]);
  });

  it('ignores what it cannot read: no header, no closing >, parameters without values, stray text', () => {
    assert.deepEqual(parseLinkHeader(null), []);
    assert.deepEqual(parseLinkHeader(''), []);
    assert.deepEqual(parseLinkHeader('<'.repeat(20_000)), []);
    assert.deepEqual(parseLinkHeader('<a>; rel; ; =x; type="unterminated'), [{ href: 'a', rel: [], type: 'unterminated' }]);
    assert.deepEqual(parseLinkHeader('junk <a> junk; rel=alternate <b>; rel=next'), [
      { href: 'a', rel: ['alternate'], type: undefined },
      { href: 'b', rel: ['next'], type: undefined },
    ]);
  });
});
