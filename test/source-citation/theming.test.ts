import { expect, fixture, html } from '@open-wc/testing';
import type { SourceCitationElement } from '../../src/source-citation/source-citation.js';
import { part, resetCore } from '../helpers.js';
import { BBC_URL, ready } from './support.js';

describe('<source-citation> theming', () => {
  beforeEach(resetCore);

  async function themed(style: string) {
    const wrapper = await fixture<HTMLDivElement>(html`<div style=${style}>
      <source-citation loading="eager" href=${BBC_URL} publisher="BBC News"></source-citation>
    </div>`);
    const el = wrapper.querySelector('source-citation')!;
    await ready(el);
    return el as SourceCitationElement;
  }

  it('follows the shared --pe-* tokens', async () => {
    const el = await themed('--pe-color-accent: rgb(1, 2, 3); --pe-color-surface: rgb(4, 5, 6); --pe-space: 7px; --pe-radius: 9px');
    expect(getComputedStyle(part(el, 'link')!).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(part(el, 'copy')!).color).to.equal('rgb(1, 2, 3)');
    const host = getComputedStyle(el);
    expect(host.backgroundColor).to.equal('rgb(4, 5, 6)');
    expect(host.paddingInlineStart).to.equal('7px');
    expect(host.borderStartStartRadius).to.equal('9px');
  });

  it('its own --source-citation-* properties win over the tokens', async () => {
    const el = await themed(
      '--pe-color-accent: rgb(1, 2, 3); --source-citation-button-color: rgb(10, 20, 30); --source-citation-background: rgb(40, 50, 60); --source-citation-padding: 3px; --source-citation-heading-size: 31px',
    );
    expect(getComputedStyle(part(el, 'copy')!).color).to.equal('rgb(10, 20, 30)');
    expect(getComputedStyle(part(el, 'link')!).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(40, 50, 60)');
    expect(getComputedStyle(el).paddingBlockStart).to.equal('3px');
    expect(getComputedStyle(part(el, 'heading')!).fontSize).to.equal('31px');
  });

  it('every part is styleable from the page with ::part()', async () => {
    const style = document.createElement('style');
    style.textContent = `.parts::part(heading), .parts::part(list), .parts::part(item), .parts::part(citation), .parts::part(link),
      .parts::part(copy), .parts::part(export) { outline: 3px solid rgb(9, 9, 9); }`;
    document.head.append(style);
    const el = await fixture<SourceCitationElement>(html`<source-citation class="parts" loading="eager" href=${BBC_URL} publisher="BBC News"></source-citation>`);
    await ready(el);
    for (const name of ['heading', 'list', 'item', 'citation', 'link', 'copy', 'export']) {
      expect(getComputedStyle(part(el, name)!).outlineColor, name).to.equal('rgb(9, 9, 9)');
    }
    style.remove();
  });
});
