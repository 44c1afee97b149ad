import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { api } from '../helpers.js';
import { strictPage } from './strict-page.js';

describe('strict CSP with Trusted Types', () => {
  it('the test page really enforces its policy: Trusted Types where the browser has them, else script-src', async () => {
    const { frame, win, doc } = await strictPage();
    // Firefox ESR 140.12 has no Trusted Types (no `trustedTypes`, innerHTML takes strings): there the policy's
    // other directives still hold, and the elements' own Trusted Types policies are not needed.
    if ('trustedTypes' in win) {
      expect(() => {
        doc.body.innerHTML = '<b>not allowed</b>';
      }).to.throw();
      // Violation reports are queued as tasks: the recorder sees this one shortly after.
      await waitUntil(() => win.violations.some((v) => v.includes('require-trusted-types-for')), 'violation recorded');
    } else {
      // (With Trusted Types, setting an inline script's text would itself throw.)
      const inline = doc.createElement('script');
      inline.textContent = 'window.ranInline = true';
      doc.body.append(inline);
      await waitUntil(() => win.violations.some((v) => v.startsWith('script-src')), 'inline script refused');
      expect((win as unknown as { ranInline?: boolean }).ranInline).to.equal(undefined);
    }
    frame.remove();
  });

  it('renders a WordPress post card (HTML fields reduced to text) with no violation', async () => {
    const { frame, win, doc } = await strictPage();
    const card = doc.createElement('post-card') as HTMLElement & { state: string };
    card.setAttribute('src', api('wp-json/wp/v2/posts/42?_embed'));
    card.setAttribute('loading', 'eager');
    doc.body.append(card);
    await waitUntil(() => card.state === 'ready' || card.state === 'error', 'card settled', { timeout: 8000 });
    expect(card.state).to.equal('ready');
    expect(card.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.contain('Chinese open-source AI');
    await aTimeout(200); // let any queued violation report arrive
    expect(win.violations).to.deep.equal([]);
    frame.remove();
  });
});
