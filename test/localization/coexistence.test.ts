/**
 * An app that uses `@lit/localize` itself configures it first, at start-up, and merges post-embeds'
 * translations into its own as the languages guide (docs/guides/rtl-and-languages.md, "Localization") shows. Its `setLocale` then drives our elements
 * too, and ours refuses politely instead of taking `@lit/localize` over.
 */
import { expect } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';
import { loadPostEmbedsLocale, setLocale as setPostEmbedsLocale } from '../../src/core/localization.js';
import { errorCard, shownError } from './error-card.js';

const appTemplates: Record<string, Record<string, string>> = {
  ar: { 'app.welcome': 'أهلًا بك' },
  fr: { 'app.welcome': 'Bienvenue' },
};

const app = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['ar', 'fr'],
  loadLocale: async (locale) => {
    const theirs = await loadPostEmbedsLocale(locale);
    return { templates: { ...theirs.templates, ...appTemplates[locale] } };
  },
});

const appWelcome = () => msg('Welcome', { id: 'app.welcome' });

describe('alongside an app that configured @lit/localize', () => {
  it("follows the app's setLocale('ar'): the app's strings and the card's are Arabic", async () => {
    const el = await errorCard();
    await app.setLocale('ar');
    await el.updateComplete;
    expect(app.getLocale()).to.equal('ar');
    expect(appWelcome()).to.equal('أهلًا بك');
    expect(shownError(el)).to.deep.equal({ sentence: 'ردّ الخادم بخطأ (500).', retry: 'إعادة المحاولة' });
  });

  it("refuses our setLocale() with the documented error, and the app's localization keeps working", async () => {
    const el = await errorCard();
    await app.setLocale('ar');
    await el.updateComplete;
    let refusal: unknown;
    try {
      await setPostEmbedsLocale('fr');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).to.be.an('error');
    expect((refusal as Error).message).to.contain('@lit/localize is configured by the app').and.contain('loadPostEmbedsLocale()');

    expect(app.getLocale()).to.equal('ar');
    expect(appWelcome()).to.equal('أهلًا بك');
    expect(shownError(el).retry).to.equal('إعادة المحاولة');

    await app.setLocale('fr');
    await el.updateComplete;
    expect(appWelcome()).to.equal('Bienvenue');
    expect(shownError(el)).to.deep.equal({ sentence: 'Le serveur a répondu par une erreur (500).', retry: 'Réessayer' });
  });

  it('loadPostEmbedsLocale() serves a tag with its closest shipped locale, and nothing for English', async () => {
    expect((await loadPostEmbedsLocale('fr-CA')).templates['pe.retry']).to.equal('Réessayer');
    expect((await loadPostEmbedsLocale('zh-CN')).templates['pe.retry']).to.equal('重试');
    expect((await loadPostEmbedsLocale('en-GB')).templates).to.deep.equal({});
    expect((await loadPostEmbedsLocale('ja')).templates).to.deep.equal({});
  });
});
