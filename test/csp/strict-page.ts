import { waitUntil } from '@open-wc/testing';

/**
 * The library under the strictest CSP a site is likely to send: no inline script, Trusted Types required.
 * The page is loaded in an iframe with the policy header; it records every violation it sees. Shared by the
 * CSP tests of every element.
 */
const STRICT_PAGE = new URL('./strict.html', import.meta.url).href;

export interface StrictWindow extends Window {
  violations: string[];
}

export async function strictPage(): Promise<{ frame: HTMLIFrameElement; win: StrictWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '800px';
  frame.style.blockSize = '600px';
  frame.src = STRICT_PAGE;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as StrictWindow;
  await waitUntil(() => win.customElements.get('post-card'), 'elements registered', { timeout: 8000 });
  return { frame, win, doc: frame.contentDocument! };
}

/**
 * Loads a test page that reports by `postMessage({ type: messageType, … })` once it is done (the oEmbed
 * strict-CSP pages set their policy with `<meta http-equiv>`), and resolves with that report.
 */
export async function pageReport<T>(pageUrl: string, messageType: string): Promise<T> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '800px';
  frame.style.blockSize = '600px';
  frame.src = pageUrl;
  const report = new Promise<T>((resolve) => {
    window.addEventListener('message', function onMessage(event) {
      if (event.source !== frame.contentWindow || event.data?.type !== messageType) return;
      window.removeEventListener('message', onMessage);
      resolve(event.data);
    });
  });
  document.body.append(frame);
  try {
    return await report;
  } finally {
    frame.remove();
  }
}
