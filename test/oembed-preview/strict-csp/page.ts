/**
 * Runs inside page.html (strict CSP with Trusted Types): renders one `<oembed-preview>` of each type, in JSON
 * and XML, activates the video, the rich embed and the WordPress post embed, then posts what happened to
 * the test page: the violations seen in this page, each element's state, and the frames' sizes.
 */
import '../../../src/oembed-preview.js';
import type { OEmbedPreviewElement } from '../../../src/oembed-preview/oembed-preview.js';
import { api } from '../../helpers.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.effectiveDirective}: ${event.blockedURI} ${event.sample} (${event.sourceFile}:${event.lineNumber})`);
});

const PREVIEWS = {
  photo: ['oembed/photo', 'https://photos.example/peat-bog', 'json'],
  video: ['oembed/video', 'https://video.example/watch/open-models-explainer', 'xml'],
  rich: ['oembed/rich', 'https://polls.example/open-models', 'json'],
  link: ['oembed/link', 'https://florin.blog/category/technology/', 'xml'],
  wordpress: ['wp-json/oembed/1.0/embed', 'https://florin.blog/chinese-open-source-ai-models-cheap-deployable/', 'json'],
} as const;

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** Resolves when `check` holds, polling every animation frame (rejects after 5 s). */
function until(check: () => unknown, what: string): Promise<void> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const poll = () => {
      if (check()) resolve();
      else if (performance.now() - start > 5000) reject(new Error(`timed out: ${what}`));
      else requestAnimationFrame(poll);
    };
    poll();
  });
}

const report = (result: object) => parent.postMessage({ type: 'test:oembed-strict-csp', ...result }, location.origin);

async function run(): Promise<void> {
  const elements = Object.fromEntries(
    Object.entries(PREVIEWS).map(([type, [endpoint, url, format]]) => {
      const el = Object.assign(document.createElement('oembed-preview'), { loading: 'eager' as const });
      el.setAttribute('endpoint', api(endpoint));
      el.setAttribute('url', url);
      el.setAttribute('format', format);
      document.body.append(el);
      return [type, el];
    }),
  ) as Record<keyof typeof PREVIEWS, OEmbedPreviewElement>;

  await until(() => Object.values(elements).every((el) => el.state !== 'loading' && el.state !== 'idle'), 'all settled');
  for (const type of ['video', 'rich', 'wordpress'] as const) part(elements[type], 'play')?.click();
  const frame = (type: keyof typeof PREVIEWS) => part(elements[type], 'frame') as HTMLIFrameElement | null;
  await until(() => frame('video') && frame('rich') && frame('wordpress'), 'frames');
  // The WordPress embed page reports its height (its own script, in its own document).
  await until(() => Number(frame('wordpress')!.height) >= 200, 'the WordPress post sized');
  const photo = part(elements.photo, 'photo') as HTMLImageElement;
  await until(() => photo.complete, 'the photo');
  // Let any queued violation report arrive.
  await new Promise((resolve) => setTimeout(resolve, 200));
  report({
    violations,
    states: Object.fromEntries(Object.entries(elements).map(([type, el]) => [type, el.state])),
    photoWidth: photo.naturalWidth,
    wordPressHeight: Number(frame('wordpress')!.height),
    richSandbox: frame('rich')!.getAttribute('sandbox'),
    trustedTypesEnforced: (() => {
      try {
        document.createElement('div').innerHTML = '<b>plain</b>';
        return false;
      } catch {
        return true;
      }
    })(),
  });
}

run().catch((error) => report({ error: String(error), violations }));
