import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import type { SourceCitationElement } from '../../src/source-citation/source-citation.js';
import { strictPage } from '../csp/strict-page.js';
import { api } from '../helpers.js';
import { BBC_URL } from './support.js';

describe('<source-citation> under a strict CSP with Trusted Types', () => {
  it('loads a style chunk and the metadata adapter, writes JSON-LD, copies and exports with no violation', async () => {
    const { frame, win, doc } = await strictPage();
    const el = doc.createElement('source-citation') as SourceCitationElement;
    el.setAttribute('loading', 'eager');
    el.setAttribute('citation-style', 'chicago');
    el.setAttribute('endpoint', api(''));
    el.setAttribute('jsonld', '');
    const link = doc.createElement('a');
    link.href = BBC_URL;
    link.textContent = 'BBC News (Technology)';
    el.append(link);
    doc.body.append(el);
    await waitUntil(() => el.state === 'ready' || el.state === 'error', 'settled', { timeout: 8000 });
    expect(el.state).to.equal('ready');
    const cite = () => el.shadowRoot!.querySelector('[part~="citation"]')!.textContent!;
    await waitUntil(() => cite().startsWith('BBC News. “US companies'), 'Chicago, filled from the metadata');

    await waitUntil(() => el.querySelector('script[type="application/ld+json"]'), 'JSON-LD written');
    const script = el.querySelector('script[type="application/ld+json"]')!;
    expect(JSON.parse(script.textContent!).citation[0].name).to.equal('US companies turn to Chinese open-source AI to cut costs');

    // The copy fallback (a textarea and execCommand), as a page without the Clipboard API takes it.
    Object.defineProperty(win.navigator, 'clipboard', { value: undefined, configurable: true });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="copy"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[role="status"]')!.textContent !== '', 'copy answered');

    // An export: Blob, object URL and <a download> (the click itself is kept from downloading).
    const saved: string[] = [];
    (win as unknown as { HTMLAnchorElement: typeof HTMLAnchorElement }).HTMLAnchorElement.prototype.click = function () {
      saved.push(this.download);
    };
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-format="ris"]')!.click();
    await waitUntil(() => saved.length === 1, 'exported');
    expect(saved).to.deep.equal(['sources.ris']);

    await aTimeout(200); // let any queued violation report arrive
    expect(win.violations).to.deep.equal([]);
    frame.remove();
  });
});
