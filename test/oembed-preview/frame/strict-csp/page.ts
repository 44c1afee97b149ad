/**
 * Runs inside page.html (strict CSP with Trusted Types) and posts what happened to the test page:
 * violations in this page, the heights the reporter delivered, what spy.js saw inside the frame, or
 * the error that stopped it.
 */
import { createSandboxedFrame } from '../../../../src/oembed-preview/frame/sandbox.js';
import { listenForFrameHeight } from '../../../../src/oembed-preview/frame/resize.js';
import { parseSingleProviderIframe } from '../../../../src/oembed-preview/frame/provider-iframe.js';
import { parseOEmbedXml } from '../../../../src/core/adapters/oembed.js';

const pageViolations: { directive: string; blockedURI: string; sample: string }[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  pageViolations.push({ directive: event.effectiveDirective, blockedURI: event.blockedURI, sample: event.sample });
});

const report = (result: object) => parent.postMessage({ type: 'test:strict-csp', ...result }, location.origin);

/** Control: the policy really is enforced here (a plain string into an HTML sink must throw). Run last,
 *  after the violations were copied, since it causes a violation of its own. */
function trustedTypesEnforced(): boolean {
  try {
    document.createElement('div').innerHTML = '<b>plain</b>';
    return false;
  } catch {
    return true;
  }
}

/** The embed: spy.js first, an image of known height ('self' data: URL), and an inline script the policy must block. */
const html =
  `<script src="${new URL('./spy.js', import.meta.url).href}"></script>` +
  '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACwAAAAAAQABAAACAkQBADs=" width="40" height="240" alt="">' +
  '<script>document.documentElement.setAttribute("data-inline-ran", "")</script>';

try {
  // The inert parsers (oEmbed XML, the lone-iframe check) go through the post-embeds-inert policy.
  const xmlTitle = parseOEmbedXml(
    '<oembed><version>1.0</version><type>link</type><title>Parsed under Trusted Types</title></oembed>',
    'https://provider.example/oembed?url=https%3A%2F%2Fpage.example%2F',
  ).title;
  const playerSrc = parseSingleProviderIframe(
    '<iframe src="https://www.youtube.com/embed/M7lc1UVf-VE" width="560" height="315"></iframe>',
    'https://www.youtube.com/',
  )?.src;
  const { frame, secret } = createSandboxedFrame(html, { title: 'Strict page embed', lang: 'ar', dir: 'rtl', width: 300, height: 100 });
  const heights: number[] = [];
  const spy = new Promise<unknown>((resolve) => {
    window.addEventListener('message', (event) => {
      if (event.source === frame.contentWindow && (event.data as { type?: string })?.type === 'test:spy') resolve(event.data);
    });
  });
  const tallEnough = new Promise<void>((resolve) => {
    listenForFrameHeight(frame, secret, (height) => {
      heights.push(height);
      if (height >= 240) resolve();
    });
  });
  document.body.append(frame);
  void Promise.all([spy, tallEnough]).then(([spyReport]) => {
    const violations = [...pageViolations];
    report({ pageViolations: violations, heights, spy: spyReport, xmlTitle, playerSrc, trustedTypesEnforced: trustedTypesEnforced() });
  });
} catch (error) {
  report({ error: String(error) });
}
