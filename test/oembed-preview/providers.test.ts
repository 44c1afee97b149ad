import { expect } from '@open-wc/testing';
import { findProviderEndpoint } from '../../src/oembed-preview/providers/match.js';

describe('findProviderEndpoint', () => {
  it('finds YouTube for watch, short and youtu.be URLs', async () => {
    for (const url of [
      'https://www.youtube.com/watch?v=M7lc1UVf-VE',
      'https://m.youtube.com/watch?v=M7lc1UVf-VE&t=42',
      'https://youtu.be/M7lc1UVf-VE',
      'https://www.youtube.com/shorts/abc123',
      'HTTPS://WWW.YOUTUBE.COM/watch?v=M7lc1UVf-VE',
    ]) {
      expect(await findProviderEndpoint(url), url).to.equal('https://www.youtube.com/oembed');
    }
  });

  it('finds other providers, with wildcards in the host and inside the path', async () => {
    expect(await findProviderEndpoint('https://vimeo.com/76979871')).to.equal('https://vimeo.com/api/oembed.json');
    expect(await findProviderEndpoint('https://www.flickr.com/photos/bees/2341623661/')).to.equal('https://www.flickr.com/services/oembed/');
    expect(await findProviderEndpoint('https://www.canva.com/design/DAF1234/view')).to.equal('https://www.canva.com/_oembed');
  });

  it('fills in the format of endpoints that carry it in the path', async () => {
    expect(await findProviderEndpoint('https://audioboom.com/posts/8254211-episode')).to.equal('https://audioboom.com/publishing/oembed.json');
    expect(await findProviderEndpoint('https://audioboom.com/posts/8254211-episode', 'xml')).to.equal('https://audioboom.com/publishing/oembed.xml');
  });

  it('finds nothing for unknown sites, non-http URLs and look-alike hosts', async () => {
    for (const url of [
      'https://florin.blog/china-ai-open-source-models/',
      'javascript:alert(1)//www.youtube.com/watch?v=x',
      'not a url',
      'https://evil.example#.youtube.com/watch?v=x',
      'https://evil.example/?.youtube.com/watch',
      'https://www.youtube.com.evil.example/watch?v=x',
      // An inner path wildcard stands for one segment only.
      'https://www.canva.com/design/a/b/view',
    ]) {
      expect(await findProviderEndpoint(url), url).to.equal(undefined);
    }
  });
});
