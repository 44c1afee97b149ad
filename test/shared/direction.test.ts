import { expect, fixture, html } from '@open-wc/testing';
import { directionForLanguage, normalizeLanguage } from '../../src/shared/direction.js';
import { nearestLanguage } from '../../src/core/nearest-language.js';

const RTL = ['ar', 'ar-EG', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb', 'syr', 'ku-Arab', 'az-Arab', 'pa-Arab', 'ar_SA'];
const LTR = ['en', 'en-US', 'fr', 'ja', 'zh-Hant', 'az', 'ku', 'tr', 'hi', 'ar-Latn', 'en_GB'];

/** Runs `body` as in a browser without `Intl.Locale#getTextInfo()`/`textInfo`, where the built-in lists decide. */
function withoutBrowserTextInfo(body: () => void): void {
  const prototype = Intl.Locale.prototype;
  const saved = ['getTextInfo', 'textInfo'].map((name) => [name, Object.getOwnPropertyDescriptor(prototype, name)] as const);
  for (const [name, descriptor] of saved) if (descriptor) Object.defineProperty(prototype, name, { value: undefined, configurable: true });
  try {
    body();
  } finally {
    for (const [name, descriptor] of saved) if (descriptor) Object.defineProperty(prototype, name, descriptor);
  }
}

describe('directionForLanguage', () => {
  it('says rtl for right-to-left languages and scripts', () => {
    for (const tag of RTL) expect(directionForLanguage(tag), tag).to.equal('rtl');
  });

  it('says ltr for the others, script subtags included', () => {
    for (const tag of LTR) expect(directionForLanguage(tag), tag).to.equal('ltr');
  });

  it('gives the same answers from its own lists where the browser has no text info', () => {
    withoutBrowserTextInfo(() => {
      for (const tag of RTL) expect(directionForLanguage(tag), tag).to.equal('rtl');
      for (const tag of LTR) expect(directionForLanguage(tag), tag).to.equal('ltr');
    });
  });

  it('says nothing for missing or invalid tags', () => {
    expect(directionForLanguage(undefined)).to.equal(undefined);
    expect(directionForLanguage('')).to.equal(undefined);
    expect(directionForLanguage('not a language!')).to.equal(undefined);
  });
});

describe('normalizeLanguage', () => {
  it('canonicalizes tags, including the underscore form of WordPress locales', () => {
    expect(normalizeLanguage('ar_SA')).to.equal('ar-SA');
    expect(normalizeLanguage('EN-us')).to.equal('en-US');
    expect(normalizeLanguage(' zh-hant-tw ')).to.equal('zh-Hant-TW');
    expect(normalizeLanguage('iw')).to.equal('he');
  });

  it('refuses what is not a language tag', () => {
    for (const value of ['', '   ', 'C.UTF-8', '<script>', 'x', 42, null, undefined, {}]) {
      expect(normalizeLanguage(value), String(value)).to.equal(undefined);
    }
  });
});

describe('nearestLanguage', () => {
  it('finds the closest lang attribute', async () => {
    const root = await fixture<HTMLElement>(html`<div lang="ar"><p lang="fr"><span>x</span></p></div>`);
    expect(nearestLanguage(root.querySelector('span')!)).to.equal('fr');
    expect(nearestLanguage(root)).to.equal('ar');
  });

  it('looks through shadow roots to their hosts', async () => {
    const host = await fixture<HTMLElement>(html`<section lang="he"><div></div></section>`);
    const inner = host.querySelector('div')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<span>x</span>';
    const nested = inner.querySelector('span')!.attachShadow({ mode: 'closed' });
    nested.innerHTML = '<b>deep</b>';
    expect(nearestLanguage(nested.querySelector('b')!)).to.equal('he');
  });

  it('skips empty lang attributes', async () => {
    const root = await fixture<HTMLElement>(html`<div lang="fa"><p lang=""><span>x</span></p></div>`);
    expect(nearestLanguage(root.querySelector('span')!)).to.equal('fa');
  });

  it('falls back to <html lang>, then to en', async () => {
    const html_ = document.documentElement;
    const saved = html_.getAttribute('lang');
    const detached = document.createElement('span');
    try {
      html_.setAttribute('lang', 'de-AT');
      expect(nearestLanguage(detached)).to.equal('de-AT');
      html_.removeAttribute('lang');
      expect(nearestLanguage(detached)).to.equal('en');
    } finally {
      if (saved === null) html_.removeAttribute('lang');
      else html_.setAttribute('lang', saved);
    }
  });
});
