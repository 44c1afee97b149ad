/**
 * Structured data for search engines (`jsonld`): schema.org JSON-LD in the light DOM of `<oembed-preview>`
 * (VideoObject) and `<post-card>` (BlogPosting), built from the model, under the strict CSP page
 * (`script-src 'self'`, `require-trusted-types-for 'script'`) with no violation, and no string of the data able
 * to leave the script.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import type { OEmbedPreviewElement } from '../../src/oembed-preview/oembed-preview.js';
import type { PostCardElement } from '../../src/post-card/post-card.js';
import type { Post } from '../../src/core/model.js';
import type { OEmbed } from '../../src/shared/oembed-model.js';
import { strictPage } from '../csp/strict-page.js';

const HOSTILE = 'A </script><script>parent.hacked = 1</script><!-- title';

const VIDEO: OEmbed = {
  type: 'video',
  title: HOSTILE,
  authorName: 'YouTube Developers',
  authorUrl: 'https://www.youtube.com/@GoogleDevelopers',
  providerName: 'YouTube',
  providerUrl: 'https://www.youtube.com/',
  pageUrl: 'https://www.youtube.com/watch?v=M7lc1UVf-VE',
  width: 480,
  height: 270,
  thumbnail: { url: 'https://i.ytimg.com/vi/M7lc1UVf-VE/hqdefault.jpg', width: 480, height: 360 },
  untrustedHtml:
    '<iframe width="480" height="270" src="https://www.youtube.com/embed/M7lc1UVf-VE?feature=oembed" frameborder="0" allowfullscreen title="x"></iframe>',
};

const POST: Post = {
  id: '42',
  title: 'Open models, cheaply deployed',
  url: 'https://blog.example/open-models',
  excerpt: 'Why cost decides.',
  published: '2025-12-01T09:00:00Z',
  authors: [{ name: 'Florin', url: 'https://blog.example/author/florin' }],
  terms: [{ name: 'AI', taxonomy: 'category' }],
  // The page's own (its img-src allows nothing else).
  image: { url: new URL('/api/uploads/2025/12/open-models-network-480x270.svg', location.href).href },
  language: 'en',
};

const jsonLdOf = async (el: Element) => {
  await waitUntil(() => el.querySelector('script[type="application/ld+json"]'), 'JSON-LD written', { timeout: 5000 });
  expect(el.querySelectorAll('script')).to.have.length(1);
  return JSON.parse(el.querySelector('script')!.textContent!);
};

describe('jsonld under a strict CSP with Trusted Types', () => {
  it('<oembed-preview jsonld> writes a VideoObject behind the facade, and <post-card jsonld> a BlogPosting, with no violation', async () => {
    const { frame, win, doc } = await strictPage();
    // The page's img-src allows only itself: it declines third parties' thumbnails.
    const meta = doc.createElement('meta');
    meta.name = 'post-embeds:thumbnails';
    meta.content = 'none';
    doc.head.append(meta);
    const preview = doc.createElement('oembed-preview') as OEmbedPreviewElement;
    preview.setAttribute('jsonld', '');
    preview.setAttribute('upload-date', '2014-03-13');
    preview.data = VIDEO;
    const card = doc.createElement('post-card') as PostCardElement;
    card.setAttribute('jsonld', '');
    card.data = POST;
    doc.body.append(preview, card);

    const video = await jsonLdOf(preview);
    expect(video).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'VideoObject',
      name: HOSTILE,
      url: 'https://www.youtube.com/watch?v=M7lc1UVf-VE',
      thumbnailUrl: 'https://i.ytimg.com/vi/M7lc1UVf-VE/hqdefault.jpg',
      author: { '@type': 'Person', name: 'YouTube Developers', url: 'https://www.youtube.com/@GoogleDevelopers' },
      provider: { '@type': 'Organization', name: 'YouTube', url: 'https://www.youtube.com/' },
      embedUrl: 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?feature=oembed',
      uploadDate: '2014-03-13',
    });
    // The facade is still what the reader sees: nothing of the player loaded.
    expect(preview.shadowRoot!.querySelector('[part~="play"]')).to.not.equal(null);
    expect(preview.shadowRoot!.querySelector('iframe')).to.equal(null);

    const post = await jsonLdOf(card);
    expect(post).to.include({ '@type': 'BlogPosting', headline: POST.title, url: POST.url, datePublished: POST.published });
    expect(post.author).to.deep.equal([{ '@type': 'Person', name: 'Florin', url: 'https://blog.example/author/florin' }]);

    // Removing the attribute removes the script.
    card.removeAttribute('jsonld');
    await waitUntil(() => !card.querySelector('script'), 'JSON-LD removed');

    await aTimeout(200); // let any queued violation report arrive
    expect((win as unknown as { hacked?: number }).hacked).to.equal(undefined);
    expect(win.violations).to.deep.equal([]);
    frame.remove();
  });

  it('writes nothing without the attribute', async () => {
    const { frame, doc } = await strictPage();
    const preview = doc.createElement('oembed-preview') as OEmbedPreviewElement;
    preview.data = { ...VIDEO, thumbnail: undefined };
    doc.body.append(preview);
    await preview.updateComplete;
    await aTimeout(200);
    expect(preview.querySelector('script')).to.equal(null);
    frame.remove();
  });
});
