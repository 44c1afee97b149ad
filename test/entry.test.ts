import { expect } from '@open-wc/testing';
import * as postEmbeds from '../src/index.js';

// What `import 'post-embeds'` (and the CDN bundle built from the same entry) promises a page.
describe('the package entry', () => {
  it('registers the four tags with their element classes', () => {
    expect(customElements.get('post-card')).to.equal(postEmbeds.PostCardElement);
    expect(customElements.get('related-posts')).to.equal(postEmbeds.RelatedPostsElement);
    expect(customElements.get('source-citation')).to.equal(postEmbeds.SourceCitationElement);
    expect(customElements.get('oembed-preview')).to.equal(postEmbeds.OEmbedPreviewElement);
    expect(document.createElement('post-card')).to.be.instanceOf(postEmbeds.PostEmbedsElement);
  });

  it('exports the documented runtime API', () => {
    for (const name of ['configure', 'clearResourceCache', 'setLocale', 'getLocale', 'loadPostEmbedsLocale', 'citationText']) {
      expect(postEmbeds, name).to.have.property(name).that.is.a('function');
    }
    expect(new postEmbeds.PostEmbedsError('timeout', 'slow')).to.be.instanceOf(Error).and.include({ code: 'timeout' });
    expect(postEmbeds.supportedLocales).to.have.members(['en', 'ar', 'he', 'fa', 'fr', 'es', 'de', 'zh-Hans']);
  });
});
