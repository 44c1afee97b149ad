import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { toCitations } from '../../src/core/adapters/csl.js';
import type { Citation } from '../../src/core/citation-model.js';
import type { SourceCitationElement } from '../../src/source-citation/source-citation.js';
import { part, resetCore } from '../helpers.js';
import { parseBibTeX, parseRIS, unescapeLatex, values } from './readers.js';
import { BBC_URL, FLORIN_EN, all, citeTexts, defined, ready } from './support.js';

const TWO_SOURCES = html`
  <a href=${BBC_URL} data-headline="US companies turn to Chinese open-source AI to cut costs" data-publisher="BBC News"
    data-section="Technology" data-published="2025-12-01" data-type="article-newspaper">BBC News (Technology)</a>
  <a href=${FLORIN_EN} data-headline="Are Chinese open-source AI models ‘winning’ by being cheap and deployable?"
    data-publisher="Florin.blog" data-author="Ada Lovelace" data-published="2025-12-03" data-accessed="2026-03-05"
    data-type="post-weblog">Florin.blog</a>
`;

async function sources(style = 'apa'): Promise<{ el: SourceCitationElement; citations: Citation[] }> {
  const el = await fixture<SourceCitationElement>(html`<source-citation loading="eager" citation-style=${style}>${TWO_SOURCES}</source-citation>`);
  const citations = await ready(el);
  // Wait for the style's own text, not the plain placeholder of a chunk still loading.
  await waitUntil(() => !citeTexts(el)[0]!.startsWith('BBC News (Technology)'), 'styled');
  return { el, citations };
}

const copyButtons = (el: SourceCitationElement) => all<HTMLButtonElement>(el, '[part~="copy"]');
const status = (el: SourceCitationElement) => el.shadowRoot!.querySelector('[role="status"]')!.textContent;

/** Replaces a property of `target` for one test; returns the function that puts it back. */
function replace<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): () => void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { value, configurable: true, writable: true });
  return () => (own ? Object.defineProperty(target, key, own) : delete target[key]);
}

describe('<source-citation> copy', () => {
  let restore: Array<() => void>;
  beforeEach(() => {
    resetCore();
    restore = [];
  });
  afterEach(() => restore.reverse().forEach((undo) => undo()));

  it('copies exactly the plain-text citation through the Clipboard API, and says so', async () => {
    const copied: string[] = [];
    restore.push(replace(navigator.clipboard, 'writeText', async (text: string) => void copied.push(text)));
    const { el } = await sources('chicago');
    const [first, second] = copyButtons(el);
    expect(first.textContent!.trim()).to.equal('Copy');
    expect(first.getAttribute('aria-describedby')).to.equal(part(el, 'citation')!.id);
    second.click();
    await waitUntil(() => status(el) === 'Copied', 'announced');
    expect(copied).to.deep.equal([citeTexts(el)[1]]);
    expect(second.textContent!.trim()).to.equal('Copied');
    expect(first.textContent!.trim()).to.equal('Copy');
  });

  it('falls back to a selected textarea and execCommand when the Clipboard API is missing', async () => {
    const selected: string[] = [];
    const { el } = await sources('mla');
    restore.push(replace(navigator, 'clipboard', undefined as unknown as Clipboard));
    restore.push(
      replace(document, 'execCommand', (command: string) => {
        const area = el.shadowRoot!.querySelector('textarea')!;
        selected.push(`${command}:${area.value.slice(area.selectionStart, area.selectionEnd)}`);
        return true;
      }),
    );
    const [first] = copyButtons(el);
    first.focus();
    first.click();
    await waitUntil(() => status(el) === 'Copied', 'announced');
    expect(selected).to.deep.equal([`copy:${citeTexts(el)[0]}`]);
    expect(el.shadowRoot!.querySelector('textarea'), 'the textarea is gone').to.equal(null);
    expect(el.shadowRoot!.activeElement, 'focus is back on the button').to.equal(first);
  });

  it('falls back when the Clipboard API is denied, and reports a copy that failed', async () => {
    restore.push(replace(navigator.clipboard, 'writeText', () => Promise.reject(new DOMException('Denied', 'NotAllowedError'))));
    const fallback: string[] = [];
    restore.push(
      replace(document, 'execCommand', () => {
        fallback.push(el.shadowRoot!.querySelector('textarea')!.value);
        return false;
      }),
    );
    const { el } = await sources();
    copyButtons(el)[0].click();
    await waitUntil(() => status(el) === 'Copy failed', 'the failure is announced');
    expect(fallback).to.deep.equal([citeTexts(el)[0]]);
    expect(copyButtons(el)[0].textContent!.trim()).to.equal('Copy');
  });
});

describe('<source-citation> export', () => {
  let restore: Array<() => void>;
  let files: Array<{ name: string; blob: Blob }>;

  beforeEach(() => {
    resetCore();
    files = [];
    const blobs = new Map<string, Blob>();
    restore = [
      replace(URL, 'createObjectURL', (blob: Blob) => {
        const url = `blob:test/${blobs.size}`;
        blobs.set(url, blob);
        return url;
      }),
      // The download itself is the browser's job: the test only sees which file would be saved.
      replace(HTMLAnchorElement.prototype, 'click', function (this: HTMLAnchorElement) {
        files.push({ name: this.download, blob: blobs.get(this.href)! });
      }),
    ];
  });
  afterEach(() => restore.reverse().forEach((undo) => undo()));

  async function exported(el: SourceCitationElement, format: string): Promise<{ name: string; type: string; text: string }> {
    el.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="export"] button[data-format="${format}"]`)!.click();
    await waitUntil(() => files.length === 1, `${format} saved`);
    const [{ name, blob }] = files;
    return { name, type: blob.type, text: await blob.text() };
  }

  it('offers BibTeX, RIS and CSL-JSON in a labelled group', async () => {
    const { el } = await sources();
    const group = part(el, 'export')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!.textContent).to.equal('Export');
    expect([...group.querySelectorAll('button')].map((button) => button.textContent)).to.deep.equal(['BibTeX', 'RIS', 'CSL-JSON']);
  });

  it('sources.bib: one biblatex entry per source', async () => {
    const { el, citations } = await sources();
    const { name, type, text } = await exported(el, 'bibtex');
    expect(name).to.equal('sources.bib');
    expect(type).to.match(/^application\/x-bibtex/);
    const entries = parseBibTeX(text);
    expect(entries.map((entry) => entry.type)).to.deep.equal(['article', 'online']);
    expect(entries.map((entry) => unescapeLatex(entry.fields.title))).to.deep.equal(citations.map((citation) => citation.title));
    expect(entries.map((entry) => entry.fields.url)).to.deep.equal([BBC_URL, FLORIN_EN]);
    expect(entries[1].fields.author).to.equal('Lovelace, Ada');
    expect(entries[1].fields.urldate).to.equal('2026-03-05');
  });

  it('sources.ris: one record per source', async () => {
    const { el } = await sources();
    const { name, text } = await exported(el, 'ris');
    expect(name).to.equal('sources.ris');
    const records = parseRIS(text);
    expect(records.map((record) => values(record, 'TY')[0])).to.deep.equal(['NEWS', 'BLOG']);
    expect(records.map((record) => values(record, 'UR')[0])).to.deep.equal([BBC_URL, FLORIN_EN]);
    expect(values(records[0], 'SE')).to.deep.equal(['Technology']);
    expect(values(records[1], 'AU')).to.deep.equal(['Lovelace, Ada']);
  });

  it('sources.json: CSL-JSON that reads back into the same citations', async () => {
    const { el, citations } = await sources();
    const { name, type, text } = await exported(el, 'csl');
    expect(name).to.equal('sources.json');
    expect(type).to.match(/^application\/vnd\.citationstyles\.csl\+json/);
    const withoutLabels = citations.map(({ label: _label, ...citation }) => citation);
    expect(toCitations(JSON.parse(text), location.href).map(defined)).to.deep.equal(withoutLabels.map(defined));
  });
});
