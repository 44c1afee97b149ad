/**
 * The shipped catalog: every locale module translates every message id of the source, as the XLIFF files
 * state it, with the source's placeholders each used once.
 */
import { expect } from '@open-wc/testing';
import type { LocaleModule } from '@lit/localize';
import { targetLocales } from '../../src/generated/locale-codes.js';
import { loadPostEmbedsLocale } from '../../src/core/localization.js';

interface Unit {
  id: string;
  /** How many placeholders the English source has. */
  placeholders: number;
  /** The translation with its placeholders written `{0}`, `{1}`…; undefined when the unit has none. */
  target: string | undefined;
}

/** One XLIFF file's units; placeholders (`<x id="0" …/>`) become `{0}`. */
async function readXliff(locale: string): Promise<Unit[]> {
  const response = await fetch(new URL(`../../xliff/${locale}.xlf`, import.meta.url));
  const xliff = new DOMParser().parseFromString(await response.text(), 'application/xml');
  const flatten = (node: Element) =>
    [...node.childNodes].map((child) => (child instanceof Element ? `{${child.getAttribute('id')}}` : child.textContent)).join('');
  return [...xliff.getElementsByTagName('trans-unit')].map((unit) => {
    const target = unit.getElementsByTagName('target')[0];
    return {
      id: unit.getAttribute('id')!,
      placeholders: unit.getElementsByTagName('source')[0].getElementsByTagName('x').length,
      target: target ? flatten(target) : undefined,
    };
  });
}

/** A module's template in the same form: a plain string, or a `str` template's parts around `{index}`. */
function flattenTemplate(template: LocaleModule['templates'][string]): { text: string; order: number[] } {
  if (typeof template === 'string') return { text: template, order: [] };
  const { strings, values } = template as unknown as { strings: readonly string[]; values: number[] };
  return { text: strings.reduce((text, part, i) => `${text}{${values[i - 1]}}${part}`), order: values };
}

// Each locale's script, so a unit left in English (lit-localize's fallback for a missing target) shows up.
const SCRIPTS: Partial<Record<string, RegExp>> = {
  ar: /\p{Script=Arabic}/u,
  fa: /\p{Script=Arabic}/u,
  he: /\p{Script=Hebrew}/u,
  'zh-Hans': /\p{Script=Han}/u,
};

describe('translation catalog', () => {
  // The source side of any XLIFF file: the English units as `lit-localize extract` last saw them.
  let sourceUnits: Unit[];
  before(async () => {
    sourceUnits = await readXliff(targetLocales[0]);
  });

  it('lists the same source units in every XLIFF file', async () => {
    expect(sourceUnits.length).to.be.greaterThan(20);
    for (const locale of targetLocales) {
      const units = await readXliff(locale);
      expect(units.map(({ id, placeholders }) => ({ id, placeholders })), locale).to.deep.equal(
        sourceUnits.map(({ id, placeholders }) => ({ id, placeholders })),
      );
    }
  });

  for (const locale of targetLocales) {
    it(`${locale}: a translation for every id, in the module as in the XLIFF, placeholders balanced`, async () => {
      const units = await readXliff(locale);
      const { templates } = await loadPostEmbedsLocale(locale);
      expect(Object.keys(templates).sort(), 'module ids').to.deep.equal(sourceUnits.map((unit) => unit.id).sort());

      for (const unit of units) {
        const { text, order } = flattenTemplate(templates[unit.id]);
        expect(unit.target, `${unit.id} has a <target>`).to.be.a('string').and.not.equal('');
        expect(text, `${unit.id}: module built from the XLIFF`).to.equal(unit.target);
        expect(text, unit.id).not.to.contain('undefined').and.not.match(/\$\{|<x\b/);
        expect([...order].sort(), `${unit.id}: each placeholder once`).to.deep.equal([...Array(unit.placeholders).keys()]);
        expect(text.match(/\{\d+\}/g) ?? [], `${unit.id}: no stray placeholder`).to.have.length(unit.placeholders);
        const script = SCRIPTS[locale];
        if (script) expect(text, `${unit.id} is written in ${locale}'s script`).to.match(script);
      }
    });
  }
});
