/**
 * Sharp images (issue 10, class 9): the rendition the browser picks from `srcset` with the card's `sizes` is at
 * least as wide as the image box needs, in every layout, at the widths a card is given on phones and desktops.
 * The box crops its image (`object-fit: cover`), so a box taller than the image's shape needs a wider rendition:
 * the width it needs is max(box width, box height × the image's aspect ratio), times the device pixel ratio.
 * Also: no `sizes="auto"`, which keeps a removed card's image alive in Chromium (issue 11, flat memory).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/post-card.js';
import type { PostCardElement } from '../../src/post-card/post-card.js';
import { part, reach, resetCore, wpRoot } from '../helpers.js';

/**
 * A phone, a small laptop and a desktop, each with the card in a column as wide as the page and narrower. A
 * vertical card is at most an article column wide (45rem): a wider hero card on a wide screen gets the 45rem
 * rendition (docs/guides/elements.md says so), the price of stating widths without `sizes="auto"`.
 */
const VIEWPORTS = [
  { width: 360, columns: [328, 280] },
  { width: 800, columns: [760, 480, 320] },
  { width: 1280, columns: [720, 480], horizontal: [1040] },
];

/** The fixture post 42 has a 1600×900 image with WordPress's 300, 768 and 1024 renditions. */
const POST = '42';

let probes = 0;

/** The width a rendition is described with in `srcset` (`… 768w`), by its URL. */
function describedWidth(img: HTMLImageElement, url: string): number {
  for (const candidate of img.srcset.split(/,\s+/)) {
    const [candidateUrl, descriptor] = candidate.trim().split(/\s+/);
    if (new URL(candidateUrl!, location.href).href === url) return Number.parseInt(descriptor!, 10);
  }
  throw new Error(`${url} is not in srcset ${img.srcset}`);
}

describe('post-card image renditions', () => {
  afterEach(resetCore);
  after(() => setViewport({ width: 800, height: 600 }));

  for (const layout of ['vertical', 'horizontal', 'compact'] as const) {
    for (const viewport of VIEWPORTS) {
      it(`${layout}: a rendition wide enough for the box at a ${viewport.width} px viewport (${viewport.columns.join(', ')} px columns)`, async () => {
        await setViewport({ width: viewport.width, height: 800 });
        const found: string[] = [];
        for (const column of [...viewport.columns, ...(layout === 'vertical' ? [] : (viewport.horizontal ?? []))]) {
          const host = await fixture<HTMLElement>(html`<div style="inline-size: ${column}px">
            <post-card endpoint=${wpRoot} post-id=${POST} layout=${layout} loading="eager"></post-card>
          </div>`);
          const el = host.querySelector<PostCardElement>('post-card')!;
          await reach(el, 'ready', 8000);
          // Renditions never requested before: Chromium would reuse a wider one already in its memory cache.
          const image = el.data!.image!;
          const unseen = (url: string) => `${url}?probe=${++probes}`;
          el.data = {
            ...el.data!,
            image: { ...image, url: unseen(image.url), candidates: image.candidates!.map((c) => ({ ...c, url: unseen(c.url) })) },
          };
          await el.updateComplete;
          const img = part<HTMLImageElement>(el, 'image')!;
          expect(img.getAttribute('sizes')).not.to.match(/\bauto\b/);
          await waitUntil(() => img.currentSrc.includes('?probe='), 'the image picks a rendition', { timeout: 5000 });
          const box = img.parentElement!.getBoundingClientRect();
          const aspect = Number(img.getAttribute('width')) / Number(img.getAttribute('height'));
          const needed = Math.max(box.width, box.height * aspect) * devicePixelRatio;
          const picked = describedWidth(img, img.currentSrc);
          if (picked < needed - 1) found.push(`${column} px column: ${picked}w for a ${Math.round(box.width)}×${Math.round(box.height)} box (${Math.round(needed)} px needed)`);
        }
        expect(found).to.deep.equal([]);
      });
    }
  }
});
