import { expect, oneEvent } from '@open-wc/testing';
import { getLocale, LOCALE_READY_EVENT, setLocale } from '../../src/core/localization.js';
import { errorCard, shownError } from './error-card.js';

const ENGLISH = { sentence: 'The server answered with an error (500).', retry: 'Try again' };
const ARABIC = { sentence: 'ردّ الخادم بخطأ (500).', retry: 'إعادة المحاولة' };

describe('setLocale() and getLocale()', () => {
  afterEach(() => setLocale('en'));

  it('starts in English, then switches a card already showing its error to Arabic', async () => {
    const el = await errorCard();
    expect(getLocale()).to.equal('en');
    expect(shownError(el)).to.deep.equal(ENGLISH);

    await setLocale('ar');
    await el.updateComplete;
    expect(getLocale()).to.equal('ar');
    expect(shownError(el)).to.deep.equal(ARABIC);
  });

  it('renders cards created after the switch in the new locale', async () => {
    await setLocale('ar');
    expect(shownError(await errorCard())).to.deep.equal(ARABIC);
  });

  it('serves a regional tag with its language: fr-CA → fr', async () => {
    await setLocale('fr-CA');
    expect(getLocale()).to.equal('fr');
    expect(shownError(await errorCard())).to.deep.equal({
      sentence: 'Le serveur a répondu par une erreur (500).',
      retry: 'Réessayer',
    });
  });

  it('serves Chinese by script: zh-CN → zh-Hans, while zh-TW (Traditional) gets English', async () => {
    await setLocale('zh-CN');
    expect(getLocale()).to.equal('zh-Hans');
    expect(shownError(await errorCard())).to.deep.equal({ sentence: '服务器返回了错误（500）。', retry: '重试' });

    await setLocale('zh-TW');
    expect(getLocale()).to.equal('en');
  });

  it('falls back to English for a language it does not ship and for a malformed tag', async () => {
    const el = await errorCard();
    await setLocale('de');
    expect(getLocale()).to.equal('de');

    await setLocale('ja-JP');
    await el.updateComplete;
    expect(getLocale()).to.equal('en');
    expect(shownError(el)).to.deep.equal(ENGLISH);

    await setLocale('he');
    await setLocale('not a language tag');
    await el.updateComplete;
    expect(getLocale()).to.equal('en');
    expect(shownError(el)).to.deep.equal(ENGLISH);
  });

  it('keeps the last request when two switches overlap', async () => {
    const el = await errorCard();
    await Promise.all([setLocale('de'), setLocale('es')]);
    await el.updateComplete;
    expect(getLocale()).to.equal('es');
    expect(shownError(el)).to.deep.equal({ sentence: 'El servidor respondió con un error (500).', retry: 'Reintentar' });
  });

  it(`announces the switch on window with a ready ${LOCALE_READY_EVENT} event`, async () => {
    const announced = oneEvent(window, LOCALE_READY_EVENT);
    void setLocale('he-IL');
    const { detail } = (await announced) as CustomEvent<{ status: string; readyLocale: string }>;
    expect(detail).to.deep.equal({ status: 'ready', readyLocale: 'he' });
  });
});
