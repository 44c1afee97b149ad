/**
 * Small BibTeX and RIS readers, written for the tests only: the export tests and the `<source-citation>`
 * export tests read the files back through them.
 */
import { expect } from '@open-wc/testing';
import type { Name } from '../../src/core/citation-model.js';

export interface BibEntry {
  type: string;
  key: string;
  fields: Record<string, string>;
}

/** Reads `{…}` starting at `text[start]` (an opening brace), honouring nested and escaped braces. */
function readBraced(text: string, start: number): { value: string; end: number } {
  let depth = 0;
  for (let index = start; index < text.length; index++) {
    const character = text[index];
    if (character === '\\') {
      index++;
    } else if (character === '{') {
      depth++;
    } else if (character === '}' && --depth === 0) {
      return { value: text.slice(start + 1, index), end: index + 1 };
    }
  }
  throw new Error(`Unbalanced braces from ${start}`);
}

export function parseBibTeX(text: string): BibEntry[] {
  const entries: BibEntry[] = [];
  const head = /@(\w+)\{([^,\s]+),/g;
  for (let match = head.exec(text); match; match = head.exec(text)) {
    const fields: Record<string, string> = {};
    let index = head.lastIndex;
    const field = /\s*(\w+) = /y;
    for (;;) {
      field.lastIndex = index;
      const name = field.exec(text);
      if (!name) break;
      const { value, end } = readBraced(text, field.lastIndex);
      fields[name[1]] = value;
      index = text[end] === ',' ? end + 1 : end;
    }
    expect(text.slice(index).trimStart()[0], `entry ${match[2]} closes`).to.equal('}');
    entries.push({ type: match[1], key: match[2], fields });
    head.lastIndex = index;
  }
  return entries;
}

export function unescapeLatex(value: string): string {
  return value
    .replace(/\\textbackslash\{\}/g, '\\')
    .replace(/\\textasciitilde\{\}/g, '~')
    .replace(/\\textasciicircum\{\}/g, '^')
    .replace(/\\([{}&%$#_])/g, '$1');
}

/** Splits `author` on " and " outside braces; `{…}` is an organisation, "Family, Given" a person. */
export function readAuthors(value: string): Name[] {
  const names: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < value.length; index++) {
    if (value[index] === '\\') index++;
    else if (value[index] === '{') depth++;
    else if (value[index] === '}') depth--;
    else if (depth === 0 && value.startsWith(' and ', index)) {
      names.push(value.slice(start, index));
      start = index + 5;
    }
  }
  names.push(value.slice(start));
  return names.map((name) => {
    if (name.startsWith('{') && name.endsWith('}')) return { literal: unescapeLatex(name.slice(1, -1)) };
    const comma = name.indexOf(', ');
    return comma < 0
      ? { family: unescapeLatex(name) }
      : { family: unescapeLatex(name.slice(0, comma)), given: unescapeLatex(name.slice(comma + 2)) };
  });
}

export type RisRecord = [tag: string, value: string][];

export function parseRIS(text: string): RisRecord[] {
  expect(text.replace(/\r\n/g, ''), 'every line ends in CRLF').not.to.match(/[\r\n]/);
  const records: RisRecord[] = [];
  let current: RisRecord | undefined;
  for (const line of text.split('\r\n')) {
    if (line === '') continue;
    const match = /^([A-Z][A-Z0-9])  - (.*)$/.exec(line);
    expect(match, `a tagged line: ${JSON.stringify(line)}`).not.to.equal(null);
    const [, tag, value] = match!;
    if (tag === 'TY') current = [];
    expect(current, `${tag} inside a record`).not.to.equal(undefined);
    current!.push([tag, value]);
    if (tag === 'ER') {
      records.push(current!);
      current = undefined;
    }
  }
  expect(current, 'the last record is closed').to.equal(undefined);
  return records;
}

export const values = (record: RisRecord, tag: string) => record.filter(([name]) => name === tag).map(([, value]) => value);
