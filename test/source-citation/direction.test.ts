import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setLocale } from '../../src/core/localization.js';
import type { SourceCitationElement } from '../../src/source-citation/source-citation.js';
import { api, part, partText, reach, resetCore, resetRequestLog } from '../helpers.js';
import { BBC_URL, FLORIN_AR, all, citeTexts, formatted, ready } from './support.js';

const SOURCES = html`
  <a href=${BBC_URL} data-headline="US companies turn to Chinese open-source AI to cut costs" data-publisher="BBC News"
    data-section="Technology" data-published="2025-12-01" data-type="article-newspaper">BBC News (Technology)</a>
  <a href=${FLORIN_AR} data-headline="هل نماذج الذكاء الاصطناعي الصينية مفتوحة المصدر “تفوز” لكونها رخيصة وسهلة النشر؟"
    data-publisher="Florin.blog" data-author="Admin" data-published="2025-12-04" data-type="post-weblog">Florin.blog</a>
`;

async function inPage(lang: string, dir: string, style: string, heading?: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} dir=${dir}>
    <source-citation loading="eager" citation-style=${style} heading=${heading ?? ''}>${SOURCES}</source-citation>
  </div>`);
  const el = wrapper.querySelector('source-citation')!;
  const citations = await ready(el);
  await waitUntil(() => citeTexts(el)[0] === formatted(citations, style as 'apa', lang)[0], `${style} in ${lang}`);
  return { el, citations };
}

describe('<source-citation> direction and language', () => {
  beforeEach(async () => {
    resetCore();
    await resetRequestLog();
  });

  it('English page: left to right, English dates and punctuation', async () => {
    const { el, citations } = await inPage('en', 'ltr', 'apa');
    expect(getComputedStyle(part(el, 'list')!).direction).to.equal('ltr');
    expect(citeTexts(el)).to.deep.equal(formatted(citations, 'apa', 'en'));
    expect(citeTexts(el)[0]).to.contain('(2025, December 1)');
  });

  it('Arabic page: right to left from an ancestor, Arabic punctuation and dates, the heading attribute', async () => {
    const { el, citations } = await inPage('ar', 'rtl', 'apa', 'المصادر');
    expect(getComputedStyle(part(el, 'list')!).direction).to.equal('rtl');
    expect(partText(el, 'heading')).to.equal('المصادر');
    expect(citeTexts(el)).to.deep.equal(formatted(citations, 'apa', 'ar'));
    // The Arabic comma, and the month in Arabic: "(2025، 1 ديسمبر)".
    expect(citeTexts(el)[0]).to.match(/\(2025، .*ديسمبر\)/);
    // The copy and export buttons sit on the left in right-to-left text, at the inline end.
    const item = part(el, 'item')!.getBoundingClientRect();
    const copy = part(el, 'copy')!.getBoundingClientRect();
    expect(copy.left - item.left).to.be.lessThan(item.right - copy.right);
  });

  it('Arabic page: Latin titles, names and sites are isolated in <bdi>; the URL is a left-to-right link', async () => {
    const { el } = await inPage('ar', 'rtl', 'chicago');
    const [latin, arabic] = all(el, '[part~="citation"]');
    const isolated = (cite: Element) => [...cite.querySelectorAll('bdi')].map((bdi) => bdi.textContent);
    expect(isolated(latin)).to.include('«US companies turn to Chinese open-source AI to cut costs»');
    expect(isolated(latin)).to.include('BBC News');
    expect(isolated(arabic).some((text) => text!.includes('هل نماذج'))).to.equal(true);
    for (const bdi of el.shadowRoot!.querySelectorAll('bdi')) expect(getComputedStyle(bdi).unicodeBidi).to.equal('isolate');
    for (const link of all(el, '[part~="link"]')) {
      expect(link.getAttribute('dir')).to.equal('ltr');
      expect(getComputedStyle(link).direction).to.equal('ltr');
    }
  });

  it('Arabic UI strings from the shipped locale: heading, copy and export', async () => {
    await setLocale('ar');
    try {
      const { el } = await inPage('ar', 'rtl', 'plain');
      expect(partText(el, 'heading')).to.equal('المصادر');
      expect(partText(el, 'copy')).to.equal('نسخ');
      expect(el.shadowRoot!.getElementById('export-label')!.textContent).to.equal('تصدير');
    } finally {
      await setLocale('en');
    }
  });

  it('a style switch in an Arabic page keeps Arabic punctuation', async () => {
    const { el, citations } = await inPage('ar', 'rtl', 'mla');
    el.setAttribute('citation-style', 'chicago');
    await waitUntil(() => citeTexts(el)[0] === formatted(citations, 'chicago', 'ar')[0], 'Chicago in Arabic');
    expect(citeTexts(el)[0]).to.contain('«');
  });

  describe('accessibility (axe)', () => {
    it('English, ready', async () => {
      const { el } = await inPage('en', 'ltr', 'mla');
      await expect(el).to.be.accessible();
    });

    it('Arabic, ready', async () => {
      const { el } = await inPage('ar', 'rtl', 'apa', 'المصادر');
      await expect(el).to.be.accessible();
    });

    it('error state', async () => {
      const el = await fixture<SourceCitationElement>(html`<source-citation src=${api('feed.json')} loading="eager">
        <a href=${BBC_URL}>BBC News (Technology)</a>
      </source-citation>`);
      await reach(el, 'error');
      await expect(el).to.be.accessible();
    });
  });
});
