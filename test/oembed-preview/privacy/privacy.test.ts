/**
 * Private by default: previews of several providers through the real proxy ask nothing of any host but the
 * page's (where the proxy is mounted) before a click, counted at the network level by the fake third party
 * itself and by the page's resource timing; a reader's remembered consent loads that provider's players without
 * a click, and only that provider's, until revoked. (privacy-middleware.mjs serves both.)
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/oembed-preview.js';
import type { OEmbedPreviewElement } from '../../../src/oembed-preview/oembed-preview.js';
import { configure } from '../../../src/core/config.js';
import { CONSENT_STORAGE_KEY, hasConsent, type ConsentChangeDetail } from '../../../src/core/consent.js';
// What a consent-management tool calls: the package root's API (src/index.ts exports it).
import { grantConsent, revokeConsent, hasConsent as rootHasConsent } from '../../../src/core/consent-api.js';
import type { OEmbed } from '../../../src/shared/oembed-model.js';
import { part, reach, resetCore } from '../../helpers.js';
import { LOADING } from '../support.js';

const SCOPE = `p${Math.random().toString(36).slice(2, 10)}`;
let unique = 0;

/** A page URL of each provider, unique to this test run (the third party writes the scope into its paths). */
const pages = () => {
  const id = `${SCOPE}-${++unique}`;
  return {
    youtube: `https://www.youtube.com/watch?v=${id}`,
    vimeo: `https://vimeo.com/${id}`,
    dailymotion: `https://www.dailymotion.com/video/${id}`,
  };
};

const PROXY = new URL('/privacy-proxy/oembed', location.href).href;

/** What the browser asked of the third party for this run (network level, counted by the third party). */
async function thirdPartyHits(): Promise<string[]> {
  const response = await fetch(`/privacy-control/hits?scope=${SCOPE}`, { cache: 'no-store' });
  return ((await response.json()) as { browser: string[] }).browser;
}

/** Resource timing: every URL this page loaded from an origin other than its own. */
const foreignResources = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => new URL(name).origin !== location.origin);

async function previews(urls: string[]): Promise<OEmbedPreviewElement[]> {
  const host = await fixture<HTMLElement>(html`<div style="inline-size: 560px">
    ${urls.map((url) => html`<oembed-preview url=${url} endpoint=${PROXY} loading="eager"></oembed-preview>`)}
  </div>`);
  const elements = [...host.querySelectorAll('oembed-preview')];
  for (const el of elements) await reach(el, 'ready', LOADING.timeout);
  return elements;
}

const thumbnailLoaded = (el: OEmbedPreviewElement) => {
  const img = part<HTMLImageElement>(el, 'thumbnail');
  return !!img && img.complete && img.naturalWidth > 0;
};

describe('<oembed-preview> through the proxy: nothing third-party before a click', () => {
  beforeEach(() => {
    resetCore();
    localStorage.removeItem(CONSENT_STORAGE_KEY);
    performance.clearResourceTimings();
  });

  it('shows three providers’ facades and thumbnails with zero requests to any other host, then the player on click', async () => {
    const { youtube, vimeo, dailymotion } = pages();
    const elements = await previews([youtube, vimeo, dailymotion]);
    // The thumbnails are real images, shown, from the proxy's /image route on the page's origin.
    await waitUntil(() => elements.every(thumbnailLoaded), 'every thumbnail loads', LOADING);
    for (const el of elements) {
      const src = new URL(part<HTMLImageElement>(el, 'thumbnail')!.src);
      expect(src.origin).to.equal(location.origin);
      expect(src.pathname).to.equal('/privacy-proxy/image');
      expect(part(el, 'thumbnail')!.getAttribute('referrerpolicy')).to.equal('no-referrer');
    }
    // Hover and focus warm up, but ask nothing of the provider either.
    part(elements[0], 'play')!.parentElement!.dispatchEvent(new PointerEvent('pointerenter'));
    part<HTMLButtonElement>(elements[1], 'play')!.focus();
    await aTimeout(300);
    expect(await thirdPartyHits()).to.deep.equal([]);
    expect(foreignResources()).to.deep.equal([]);

    part<HTMLButtonElement>(elements[1], 'play')!.click();
    await waitUntil(async () => (await thirdPartyHits()).some((path) => path.endsWith('/vimeo')), 'the Vimeo player loads', LOADING);
    expect((await thirdPartyHits()).filter((path) => !path.endsWith('/vimeo')), 'only the clicked player').to.deep.equal([]);
  });
});

describe('<oembed-preview> consent per provider', () => {
  beforeEach(() => {
    resetCore();
    localStorage.removeItem(CONSENT_STORAGE_KEY);
  });
  afterEach(() => localStorage.removeItem(CONSENT_STORAGE_KEY));

  it('remembers "Always load from YouTube" on play; later YouTube previews load without a click, Vimeo’s do not; revoke restores the facade', async () => {
    const first = pages();
    const [youtube] = await previews([first.youtube]);
    const remember = part<HTMLLabelElement>(youtube, 'remember')!;
    expect(remember.textContent!.replace(/[\u2068\u2069]/g, '').trim()).to.equal('Always load from YouTube');
    const checkbox = remember.querySelector('input')!;
    expect(checkbox.type).to.equal('checkbox');
    expect(checkbox.checked).to.equal(false);
    // Nothing is stored before the reader's choice.
    await aTimeout(100);
    expect(localStorage.getItem(CONSENT_STORAGE_KEY)).to.equal(null);

    const changes: ConsentChangeDetail[] = [];
    const onChange = (event: CustomEvent<ConsentChangeDetail>) => changes.push(event.detail);
    addEventListener('consentchange', onChange);
    checkbox.click();
    part<HTMLButtonElement>(youtube, 'play')!.click();
    await waitUntil(() => hasConsent('YouTube'), 'the consent is stored', LOADING);
    // The player just started says how to take it back, too.
    await waitUntil(() => part(youtube, 'revoke'), 'the played frame offers to revoke', LOADING);
    expect(JSON.parse(localStorage.getItem(CONSENT_STORAGE_KEY)!)).to.deep.equal(['YouTube']);
    expect(changes).to.deep.equal([{ provider: 'YouTube', granted: true }]);

    // "Reload": new previews on a fresh cache read the stored consent.
    resetCore();
    const second = pages();
    const [laterYoutube, vimeo] = await previews([second.youtube, second.vimeo]);
    await waitUntil(() => part(laterYoutube, 'frame'), 'the YouTube player loads without a click', LOADING);
    await waitUntil(async () => (await thirdPartyHits()).some((path) => path.endsWith(`${second.youtube.split('=')[1]}/youtube`)), 'the player is requested', LOADING);
    // Not focused and not asked to play: the reader did not press play here.
    expect(laterYoutube.shadowRoot!.activeElement).to.equal(null);
    expect(part(vimeo, 'frame')).to.equal(null);
    expect(part(vimeo, 'play')).to.not.equal(null);
    const secondId = second.vimeo.split('/').pop()!;
    expect((await thirdPartyHits()).filter((path) => path.includes(`/${secondId}/`) && path.startsWith('/player/') && path.endsWith('/vimeo'))).to.deep.equal([]);

    // The granted frame says how to revoke; revoking brings the facade back and forgets the choice.
    const revoke = part<HTMLButtonElement>(laterYoutube, 'revoke')!;
    expect(revoke.textContent!.replace(/[\u2068\u2069]/g, '').trim()).to.equal('Stop loading YouTube automatically');
    revoke.click();
    await waitUntil(() => part(laterYoutube, 'play'), 'the facade is back', LOADING);
    expect(part(laterYoutube, 'frame')).to.equal(null);
    expect(hasConsent('YouTube')).to.equal(false);
    expect(localStorage.getItem(CONSENT_STORAGE_KEY)).to.equal(null);
    expect(changes).to.deep.equal([
      { provider: 'YouTube', granted: true },
      { provider: 'YouTube', granted: false },
    ]);
    removeEventListener('consentchange', onChange);

    resetCore();
    const [thirdYoutube] = await previews([pages().youtube]);
    await aTimeout(300);
    expect(part(thirdYoutube, 'frame')).to.equal(null);
    expect(part(thirdYoutube, 'play')).to.not.equal(null);
  });

  it('a consent-management tool’s grantConsent() loads that provider’s previews already on the page, near the viewport only', async () => {
    const urls = pages();
    const host = await fixture<HTMLElement>(html`<div style="inline-size: 560px">
      <oembed-preview url=${urls.dailymotion} endpoint=${PROXY} loading="eager"></oembed-preview>
      <div style="block-size: 4000px"></div>
      <oembed-preview url=${pages().dailymotion} endpoint=${PROXY} loading="eager"></oembed-preview>
    </div>`);
    const [near, far] = host.querySelectorAll('oembed-preview');
    await reach(near, 'ready', LOADING.timeout);
    await reach(far, 'ready', LOADING.timeout);
    await grantConsent('Dailymotion');
    expect(await rootHasConsent('Dailymotion')).to.equal(true);
    await waitUntil(() => part(near, 'frame'), 'the preview in view loads its player', LOADING);
    await aTimeout(300);
    expect(part(far, 'frame'), 'far below the viewport: not yet').to.equal(null);
    await revokeConsent('Dailymotion');
    await waitUntil(() => part(near, 'play'), 'revoked: the facade is back', LOADING);
    expect(await rootHasConsent('Dailymotion')).to.equal(false);
  });
});

describe('<oembed-preview> thumbnails without the proxy', () => {
  let thirdParty: string;
  before(async () => {
    thirdParty = ((await (await fetch('/privacy-control/origin')).json()) as { origin: string }).origin;
  });
  beforeEach(() => resetCore());

  const video = (scope: string): OEmbed => ({
    type: 'video',
    title: 'A video',
    providerName: 'Vimeo',
    pageUrl: 'https://vimeo.com/1',
    width: 480,
    height: 270,
    thumbnail: { url: `${thirdParty}/thumb/${scope}/vimeo.png`, width: 128, height: 128 },
    untrustedHtml: `<iframe src="${thirdParty}/player/${scope}/vimeo"></iframe>`,
  });

  it('thumbnails: "none" shows a placeholder with the provider’s name and asks nothing of the provider', async () => {
    configure({ thumbnails: 'none' });
    const el = await fixture<OEmbedPreviewElement>(html`<oembed-preview .data=${video(SCOPE)}></oembed-preview>`);
    await aTimeout(300);
    const placeholder = part(el, 'placeholder')!;
    expect(placeholder.textContent!.trim()).to.equal('Vimeo');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((await thirdPartyHits()).filter((path) => path.startsWith(`/thumb/${SCOPE}/`))).to.deep.equal([]);
  });

  it('by default (provider) the thumbnail comes from the provider, without the page’s address as referrer', async () => {
    const scope = `${SCOPE}-provider`;
    const el = await fixture<OEmbedPreviewElement>(html`<oembed-preview .data=${video(scope)}></oembed-preview>`);
    await waitUntil(() => thumbnailLoaded(el), 'the thumbnail loads', LOADING);
    expect(part(el, 'thumbnail')!.getAttribute('referrerpolicy')).to.equal('no-referrer');
    const response = await fetch(`/privacy-control/hits?scope=${scope}`);
    expect(((await response.json()) as { browser: string[] }).browser).to.deep.equal([`/thumb/${scope}/vimeo.png`]);
  });
});
