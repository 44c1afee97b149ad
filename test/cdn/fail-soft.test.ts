import { expect, waitUntil } from '@open-wc/testing';
import { api } from '../helpers.js';
import { cdnPage, type CdnPage } from './cdn-page.js';

/**
 * A self-hosted copy that lacks one on-demand chunk: strings fall back to English with one warning; anything
 * else puts the element in its error state, code `network`, naming the file. Nothing is ever uncaught.
 */
const WAIT = { timeout: 8000 };

type Embed = HTMLElement & { state: string; error: { code: string; message: string; url?: string } | null };

const CITATION = `<source-citation loading="eager" href="https://www.bbc.com/news/articles/c86v52gv726o" publisher="BBC News" section="Technology"></source-citation>`;

async function settled(page: CdnPage, selector: string): Promise<Embed> {
  const el = page.doc.querySelector(selector) as Embed;
  await waitUntil(() => el.state === 'ready' || el.state === 'error', `${selector} settles`, WAIT);
  return el;
}

const shadowText = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.trim();

/** The element is in its error state for the missing `chunk`, as its reader sees it and as `.error` names it. */
function expectMissingChunk(page: CdnPage, el: Embed, chunk: string): void {
  expect(el.state).to.equal('error');
  expect(el.error!.code).to.equal('network');
  expect(el.error!.message).to.match(new RegExp(`/chunks/${chunk}-[\\w-]{8}\\.min\\.js`));
  expect(shadowText(el, '[part="error"] span')).to.equal('The content could not be loaded. Check your connection.');
  expect(el.shadowRoot!.querySelector('[part="retry"]')).to.exist;
  expect(page.win.recorded.uncaught).to.deep.equal([]);
}

describe('chunks that fail soft', () => {
  it('locale: an Arabic page without the Arabic chunk shows English strings, with one warning', async () => {
    const page = await cdnPage({ lang: 'ar', dir: 'rtl', without: ['ar'], body: CITATION });
    const el = await settled(page, 'source-citation');
    await waitUntil(() => page.win.recorded.warnings.length > 0, 'a warning', WAIT);
    expect(el.state).to.equal('ready');
    expect(shadowText(el, '[part="heading"]')).to.equal('Sources');
    expect(page.win.recorded.warnings).to.have.length(1);
    expect(page.win.recorded.warnings[0]).to.contain('"ar"').and.match(/chunks\/ar-[\w-]{8}\.min\.js/);
    expect(page.win.recorded.uncaught).to.deep.equal([]);
    page.frame.remove();
  });

  it('locale: with the chunk served, the same page is in Arabic (the test above can fail)', async () => {
    const page = await cdnPage({ lang: 'ar', dir: 'rtl', body: CITATION });
    const el = await settled(page, 'source-citation');
    await waitUntil(() => shadowText(el, '[part="heading"]') !== 'Sources', 'the Arabic heading', WAIT);
    expect(shadowText(el, '[part="heading"]')).to.equal('المصادر');
    expect(page.win.recorded).to.deep.equal({ uncaught: [], warnings: [] });
    page.frame.remove();
  });

  it('reader: a JSON Feed card without the JSON Feed reader is in the error state, naming the file', async () => {
    const page = await cdnPage({ without: ['jsonfeed'], body: `<post-card loading="eager" src="${api('feed.json')}"></post-card>` });
    expectMissingChunk(page, await settled(page, 'post-card'), 'jsonfeed');
    page.frame.remove();
  });

  it('citation style: an APA block without the styles chunk is in the error state, naming the file', async () => {
    const page = await cdnPage({ without: ['format'], body: CITATION.replace('<source-citation', '<source-citation citation-style="apa"') });
    expectMissingChunk(page, await settled(page, 'source-citation'), 'format');
    page.frame.remove();
  });

  it('citation style: plain needs no chunk (every on-demand chunk missing)', async () => {
    const without = ['format', 'metadata', 'csl', 'download', 'json-ld', 'citation-model', 'ar', 'fr'];
    const body = `<source-citation loading="eager">
      <a href="https://www.bbc.com/news/articles/c86v52gv726o" data-publisher="BBC News" data-section="Technology">BBC News</a>
    </source-citation>`;
    const page = await cdnPage({ scripts: ['autoloader.min.js'], without, body });
    const el = await settled(page, 'source-citation');
    expect(el.state).to.equal('ready');
    expect(shadowText(el, '[part~="citation"]')).to.equal('BBC News: https://www.bbc.com/news/articles/c86v52gv726o');
    expect(page.chunks().sort()).to.deep.equal(['shared', 'source-citation']);
    expect(page.win.recorded).to.deep.equal({ uncaught: [], warnings: [] });
    page.frame.remove();
  });

  it('citation style: plain sources with details (author, dates) render without the details chunk, with one warning', async () => {
    const body = `<source-citation loading="eager">
      <a href="https://example.com/a" data-publisher="Example" data-author="Jane Doe" data-published="2026-01-02">A</a>
    </source-citation>`;
    const page = await cdnPage({ without: ['metadata'], body });
    const el = await settled(page, 'source-citation');
    expect(el.state).to.equal('ready');
    expect(shadowText(el, '[part~="citation"]')).to.equal('A: https://example.com/a');
    expect(page.win.recorded.warnings).to.have.length(1);
    expect(page.win.recorded.warnings[0]).to.match(/chunks\/metadata-[\w-]{8}\.min\.js/);
    expect(page.win.recorded.uncaught).to.deep.equal([]);
    page.frame.remove();
  });

  it('export: a click on an export without its chunk puts the block in the error state, naming the file', async () => {
    const page = await cdnPage({ without: ['download'], body: CITATION });
    const el = await settled(page, 'source-citation');
    expect(el.state).to.equal('ready');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="export"] button[data-format="bibtex"]')!.click();
    await waitUntil(() => el.state === 'error', 'the error state', WAIT);
    expectMissingChunk(page, el, 'download');
    page.frame.remove();
  });

  it('frame: a click on play without the frame chunk puts the preview in the error state, naming the file', async () => {
    const body = `<oembed-preview loading="eager" url="https://polls.example/open-models" endpoint="${api('oembed/rich')}"></oembed-preview>`;
    const page = await cdnPage({ without: ['embed-frame'], body });
    const el = await settled(page, 'oembed-preview');
    expect(el.state).to.equal('ready');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="play"]')!.click();
    await waitUntil(() => el.state === 'error', 'the error state', WAIT);
    expectMissingChunk(page, el, 'embed-frame');
    page.frame.remove();
  });
});
