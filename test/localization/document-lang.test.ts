/**
 * A page that states its language, as a server-rendered `<html lang="de">` does, before post-embeds loads:
 * the element switches to German by itself once it connects, without any call to `setLocale()`.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type * as ErrorCardModule from './error-card.js';

document.documentElement.lang = 'de';

describe('<html lang> of a shipped locale', () => {
  // Loaded only now, after the page's language is set (a static import would run before the line above).
  let cards: typeof ErrorCardModule;
  let getLocale: () => string;
  before(async () => {
    cards = await import('./error-card.js');
    ({ getLocale } = await import('../../src/core/localization.js'));
  });

  it('switches post-embeds to German once an element connects', async () => {
    const el = await cards.errorCard();
    await waitUntil(() => cards.shownError(el).retry === 'Erneut versuchen', 'the card never turned German', { timeout: 5000 });
    expect(cards.shownError(el).sentence).to.equal('Der Server hat mit einem Fehler geantwortet (500).');
    expect(getLocale()).to.equal('de');
  });
});
