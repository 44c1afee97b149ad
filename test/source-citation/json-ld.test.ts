import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SourceCitationElement } from '../../src/source-citation/source-citation.js';
import { api, resetCore } from '../helpers.js';
import { BBC_URL, FLORIN_EN, ready } from './support.js';

const jsonLdScripts = (el: Element) => [...el.querySelectorAll<HTMLScriptElement>(':scope > script[type="application/ld+json"]')];

async function jsonLdOf(el: SourceCitationElement): Promise<{ script: HTMLScriptElement; json: Record<string, unknown> }> {
  await waitUntil(() => jsonLdScripts(el).length === 1, 'JSON-LD written');
  const [script] = jsonLdScripts(el);
  return { script, json: JSON.parse(script.textContent!) };
}

describe('<source-citation jsonld>', () => {
  beforeEach(resetCore);

  it('describes the sources as schema.org citations in a light-DOM script', async () => {
    const el = await fixture<SourceCitationElement>(html`<source-citation jsonld loading="eager">
      <a href=${BBC_URL} data-headline="US companies turn to Chinese open-source AI to cut costs" data-publisher="BBC News"
        data-section="Technology" data-published="2025-12-01" data-type="article-newspaper">BBC News (Technology)</a>
      <a href=${FLORIN_EN} data-author="Ada Lovelace; Florin.blog" data-publisher="Florin.blog" data-published="2025-12">Florin.blog</a>
    </source-citation>`);
    await ready(el);
    const { json } = await jsonLdOf(el);
    expect(json).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'CreativeWork',
      url: location.href.replace(/#.*/, ''),
      citation: [
        {
          '@type': 'NewsArticle',
          name: 'US companies turn to Chinese open-source AI to cut costs',
          url: BBC_URL,
          publisher: { '@type': 'Organization', name: 'BBC News' },
          isPartOf: { '@type': 'CreativeWork', name: 'BBC News' },
          articleSection: 'Technology',
          datePublished: '2025-12-01',
        },
        {
          '@type': 'WebPage',
          name: 'Florin.blog',
          url: FLORIN_EN,
          author: [
            { '@type': 'Person', name: 'Ada Lovelace', givenName: 'Ada', familyName: 'Lovelace' },
            { '@type': 'Organization', name: 'Florin.blog' },
          ],
          publisher: { '@type': 'Organization', name: 'Florin.blog' },
          isPartOf: { '@type': 'CreativeWork', name: 'Florin.blog' },
          datePublished: '2025-12',
        },
      ],
    });
    // The element's own script is not taken for a source.
    expect(el.data).to.have.length(2);
  });

  it('escapes "<" so no string can close the script, and reads back to the same text', async () => {
    const headline = '</script><script>alert(1)</script><!-- x';
    const el = await fixture<SourceCitationElement>(html`<source-citation jsonld loading="eager" href=${BBC_URL} headline=${headline}></source-citation>`);
    await ready(el);
    const { script, json } = await jsonLdOf(el);
    expect(script.textContent).to.not.contain('<');
    expect(script.textContent).to.contain('\\u003c/script>');
    expect((json.citation as Array<{ name: string }>)[0].name).to.equal(headline);
    expect(el.querySelectorAll('script')).to.have.length(1);
  });

  it('follows the sources, and goes away with the attribute', async () => {
    const el = await fixture<SourceCitationElement>(html`<source-citation jsonld loading="eager" href=${BBC_URL} headline="First"></source-citation>`);
    await ready(el);
    await jsonLdOf(el);
    el.setAttribute('headline', 'Second');
    await waitUntil(() => jsonLdScripts(el)[0]?.textContent!.includes('Second'), 'updated');
    expect(jsonLdScripts(el)).to.have.length(1);
    el.jsonld = false;
    await waitUntil(() => jsonLdScripts(el).length === 0, 'removed');
  });

  it('writes nothing without the attribute, nor in the error state', async () => {
    const plain = await fixture<SourceCitationElement>(html`<source-citation loading="eager" href=${BBC_URL}></source-citation>`);
    const failing = await fixture<SourceCitationElement>(html`<source-citation jsonld loading="eager" src=${api('feed.json')}></source-citation>`);
    await ready(plain);
    await waitUntil(() => failing.state === 'error');
    await aTimeout(50);
    expect(jsonLdScripts(plain)).to.have.length(0);
    expect(jsonLdScripts(failing)).to.have.length(0);
  });
});
